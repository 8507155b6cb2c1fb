/** The roles a person may hold (several at once), in the order the interface lists them. */
export const ROLES = ['candidate', 'tutor', 'teacher', 'examiner', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Staff of an establishment who may see candidates' data under the policy rules. */
export const STAFF_ROLES: readonly Role[] = ['tutor', 'teacher', 'examiner', 'admin'];

/**
 * A candidate's account holds no other role (docs/decisions.md 37): whoever sits on a commission,
 * teaches, tutors or administers could otherwise reach their own evaluation or another
 * candidate's data. Someone who is both uses two accounts.
 */
export function rolesCombine(roles: readonly Role[]): boolean {
  return !roles.includes('candidate') || roles.length === 1;
}
