/** The roles a person may hold (several at once). */
export const ROLES = ['candidate', 'tutor', 'teacher', 'examiner', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Staff of an establishment who may see candidates' data under the policy rules. */
export const STAFF_ROLES: readonly Role[] = ['tutor', 'teacher', 'examiner', 'admin'];
