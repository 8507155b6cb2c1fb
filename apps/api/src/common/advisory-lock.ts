import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in a short transaction holding a transaction-scoped advisory lock per key, so a
 * check and the write that follows it cannot interleave with another request's (throttles).
 * Keys are locked in sorted order so two callers never wait on each other (no deadlock). Every
 * query must go through `manager`: the embedded PGlite serialises connections (decisions 23).
 */
export function withAdvisoryLocks<T>(
  db: DataSource,
  keys: string[],
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const sorted = [...new Set(keys)].sort();
  return db.transaction(async (manager) => {
    for (const key of sorted) {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [key]);
    }
    return work(manager);
  });
}
