import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Role } from '../users/role.js';
import { hasRole } from './actor.js';
import { csrf, needsCsrfCheck } from './csrf.js';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from './decorators.js';
import { SessionUsers } from './session-users.service.js';
import { DomainError } from '../common/domain-error.js';

/**
 * Every route requires a signed-in, active person unless marked @Public(); state-changing requests
 * must carry the session's CSRF token; @Roles() restricts by role. Per-resource rules live in
 * policy/access-policy.ts.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessionUsers: SessionUsers,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const req = context.switchToHttp().getRequest<Request>();
    const actor = await this.sessionUsers.actorOf(req);
    if (!actor) {
      throw new DomainError('SIGN_IN_REQUIRED');
    }
    if (needsCsrfCheck(req) && !csrf.isRequestValid(req)) {
      throw new DomainError('CSRF_INVALID');
    }
    req.actor = actor;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !hasRole(actor, ...roles)) {
      throw new DomainError('ROLE_FORBIDDEN');
    }
    return true;
  }
}
