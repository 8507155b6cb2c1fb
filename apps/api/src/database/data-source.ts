/**
 * The DataSource for the TypeORM CLI (migration:generate, migration:run, migration:revert) against
 * an external PostgreSQL. The application itself builds the same options in database.module.ts.
 */
import { DataSource } from 'typeorm';
import { databaseOptions } from './database-options.js';

const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error('DATABASE_URL must be set to run TypeORM CLI commands');
}

export default new DataSource(databaseOptions(url));
