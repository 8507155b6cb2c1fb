import type { EntityManager } from 'typeorm';

/** Arbitrary constant naming this kind among PostgreSQL advisory locks (the e-mail's hash is the other key). */
const ACCOUNT_EMAIL_LOCK = 7_302;

/**
 * Orders, until `manager`'s transaction ends, everything that looks an account up by e-mail and
 * then creates or assigns it: 30 creations of one e-mail at once make one account (the others
 * then find it) instead of 29 unique-index violations answered 500.
 */
export async function lockAccountEmail(manager: EntityManager, email: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext(lower($2)))`, [
    ACCOUNT_EMAIL_LOCK,
    email,
  ]);
}
