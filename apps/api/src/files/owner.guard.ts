import {
  BadRequestException,
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  mixin,
  type Type,
} from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Request } from 'express';
import type { Actor } from '../auth/actor.js';
import { AccessPolicy } from '../policy/access-policy.js';
import { INVALID_ID } from '../common/uuid-param.js';

/**
 * A guard deciding, before an upload's body is read, that the caller owns the resource `:id`, so a
 * refused upload is refused at once instead of after streaming gigabytes. The decision itself is
 * the policy's (`check` calls it; it throws 404 or 403).
 */
export function OwnerGuard(
  check: (policy: AccessPolicy, actor: Actor, id: string) => Promise<unknown>,
): Type<CanActivate> {
  @Injectable()
  class Owner implements CanActivate {
    constructor(@Inject(AccessPolicy) private readonly policy: AccessPolicy) {}

    async canActivate(context: ExecutionContext): Promise<boolean> {
      const req = context.switchToHttp().getRequest<Request>();
      const id = req.params.id;
      if (!req.actor || typeof id !== 'string') return false;
      // Guards run before pipes: `:id` is checked here as ParseUUIDPipe would, not by PostgreSQL.
      if (!isUUID(id)) throw new BadRequestException(INVALID_ID);
      await check(this.policy, req.actor, id);
      return true;
    }
  }
  return mixin(Owner);
}
