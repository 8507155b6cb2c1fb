import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  mixin,
  type Type,
} from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Request } from 'express';
import { AccessPolicy } from './access-policy.js';
import type { Permission } from './permission.js';
import { DomainError } from '../common/domain-error.js';

/**
 * A guard requiring `permission` on the resource `:id` before an upload's body is read, so a
 * refused upload is refused at once instead of after streaming gigabytes (404 or 403, as the
 * service's own `requireAccess` would answer).
 */
export function AccessGuard(permission: Permission): Type<CanActivate> {
  @Injectable()
  class Access implements CanActivate {
    constructor(@Inject(AccessPolicy) private readonly policy: AccessPolicy) {}

    async canActivate(context: ExecutionContext): Promise<boolean> {
      const req = context.switchToHttp().getRequest<Request>();
      const id = req.params.id;
      if (!req.actor || typeof id !== 'string') return false;
      // Guards run before pipes: `:id` is checked here as ParseUUIDPipe would, not by PostgreSQL.
      if (!isUUID(id)) throw new DomainError('INVALID_ID');
      await this.policy.requireAccess(req.actor, permission, [id]);
      return true;
    }
  }
  return mixin(Access);
}
