import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import type { RunningService } from './running-service.js';

/**
 * PostgreSQL compiled to WebAssembly (PGlite), persisted in `dataDir` and exposed on a loopback
 * port through the PostgreSQL wire protocol, so the application reaches it with the ordinary
 * `pg` driver exactly as it reaches a real server.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  { port = 0 }: { port?: number } = {},
): Promise<RunningService & { url: string }> {
  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir });
  // maxConnections must cover the pg pool size (see database options): the default of 1 breaks a pool.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 20 });
  await server.start();
  return {
    url: `postgres://postgres:postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
