import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { Role } from '../users/role.js';
import type { Actor } from './actor.js';

export const PUBLIC_ROUTE = 'sno:public';
export const REQUIRED_ROLES = 'sno:roles';

/** Reachable without a session (login, password reset, invitation acceptance, health…). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only people holding one of these roles; others get 403. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** The signed-in person (set by AuthGuard). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<Request>().actor;
  if (!actor) throw new Error('CurrentActor used on a public route');
  return actor;
});

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** The signed-in person, set by AuthGuard on non-public routes. */
      actor?: Actor;
    }
  }
}
