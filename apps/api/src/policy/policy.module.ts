import { Global, Module } from '@nestjs/common';
import { AccessRepository } from './access.repository.js';
import { AccessPolicy } from './access-policy.js';
import { RelationRules } from './relation-rules.js';

/** The policy layer is needed by every feature module. */
@Global()
@Module({
  providers: [AccessRepository, AccessPolicy, RelationRules],
  exports: [AccessPolicy, RelationRules],
})
export class PolicyModule {}
