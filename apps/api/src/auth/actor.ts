import type { Role } from '../users/role.js';

/** The signed-in person making a request, as the policy layer sees them. */
export interface Actor {
  id: string;
  establishmentId: string;
  email: string;
  displayName: string;
  roles: Role[];
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}
