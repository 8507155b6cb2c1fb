import type { Locale } from '@dossier-sno/i18n';
import type { Role } from '../users/role.js';

/** The signed-in person making a request, as the policy layer sees them. */
export interface Actor {
  id: string;
  establishmentId: string;
  email: string;
  displayName: string;
  roles: Role[];
  /**
   * The language of the request (Accept-Language: the web sends its interface language): an
   * account this person creates is written to in it until its owner chooses.
   */
  locale: Locale;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}
