import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AccessPolicy } from '../policy/access-policy.js';

/**
 * Decides before the body is read that the caller owns the trace (`:id`), so that a refused upload
 * is refused at once instead of after streaming gigabytes. The decision itself is the policy's.
 */
@Injectable()
export class TraceOwnerGuard implements CanActivate {
  constructor(private readonly policy: AccessPolicy) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const id = req.params.id;
    if (!req.actor || typeof id !== 'string') return false;
    await this.policy.ownTrace(req.actor, id);
    return true;
  }
}
