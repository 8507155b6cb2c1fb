import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { guardFraming } from './pg-framing.js';
import { socketPath } from './run-dir.js';
import type { RunningService } from './running-service.js';

/**
 * PostgreSQL compiled to WebAssembly (PGlite), persisted in `dataDir` and exposed through the
 * PostgreSQL wire protocol on a Unix socket in `socketDir`, so the application reaches it with the
 * ordinary `pg` driver exactly as it reaches a real server. PGlite accepts any user and password:
 * the socket directory's mode is what keeps others out.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  socketDir: string,
): Promise<RunningService & { url: string }> {
  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir });
  // pg looks for <host>/.s.PGSQL.<port> when host is a directory (port 5432 by default).
  const path = await socketPath(socketDir, '.s.PGSQL.5432');
  // maxConnections must cover the pg pool size (see database options): the default of 1 breaks a pool.
  const server = new PGLiteSocketServer({ db, path, maxConnections: 20 });
  guardFraming(server);
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    url: `postgres://postgres:postgres@/postgres?host=${encodeURIComponent(socketDir)}`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
