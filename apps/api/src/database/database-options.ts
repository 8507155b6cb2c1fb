import type { DataSourceOptions } from 'typeorm';
import { ReferentialVersion } from '../referential/referential-version.entity.js';
import { Init1764380000000 } from './migrations/1764380000000-init.js';

/** Every entity and migration, listed once for Nest and for the TypeORM CLI alike. */
export const entities = [ReferentialVersion];
export const migrations = [Init1764380000000];

/** Pool size; the embedded PGlite socket server accepts more connections than this. */
export const POOL_SIZE = 10;

export function databaseOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    // Schema changes go through migrations only, run at start by runMigrationsExclusively.
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'all',
    // gen_random_uuid() is built into PostgreSQL ≥ 13 and PGlite; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: {
      max: POOL_SIZE,
      // Fail fast rather than hang when the database is unreachable (health reports it).
      connectionTimeoutMillis: 5_000,
      query_timeout: 30_000,
    },
  };
}
