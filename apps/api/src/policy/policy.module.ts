import { Global, Module } from '@nestjs/common';
import { AccessPolicy } from './access-policy.js';

/** The policy layer is needed by every feature module. */
@Global()
@Module({ providers: [AccessPolicy], exports: [AccessPolicy] })
export class PolicyModule {}
