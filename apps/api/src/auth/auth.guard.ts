import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Role } from '../users/role.js';
import { hasRole } from './actor.js';
import { csrf, needsCsrfCheck } from './csrf.js';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from './decorators.js';
import { SessionUsers } from './session-users.service.js';

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
      throw new UnauthorizedException('Connexion requise. / Sign-in required.');
    }
    if (needsCsrfCheck(req) && !csrf.isRequestValid(req)) {
      throw new ForbiddenException(
        'Jeton CSRF absent ou invalide : lisez-le sur GET /api/auth/csrf et renvoyez-le dans l’en-tête X-CSRF-Token. / Missing or invalid CSRF token.',
      );
    }
    req.actor = actor;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !hasRole(actor, ...roles)) {
      throw new ForbiddenException(
        'Votre rôle ne permet pas cette action. / Your role does not allow this.',
      );
    }
    return true;
  }
}
