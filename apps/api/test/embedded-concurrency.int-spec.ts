import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { POOL_SIZE } from '../src/database/database-options.js';
import { startEmbeddedPostgres } from '../src/embedded/embedded-postgres.js';

/**
 * Every connection of the pool shares PGlite's one session. Unpatched, pglite-socket interleaved
 * the Parse/Bind/Execute/Sync batches of concurrent connections, so a statement ran with another
 * request's parameters or failed with "unnamed prepared statement does not exist" (upstream
 * electric-sql/pglite#1046; patches/ and docs/decisions.md, 40).
 */
describe('embedded PostgreSQL under concurrent connections', () => {
  let dataDir: string;
  let service: Awaited<ReturnType<typeof startEmbeddedPostgres>>;
  let pool: pg.Pool;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dossier-sno-pglite-'));
    service = await startEmbeddedPostgres(join(dataDir, 'postgres'), dataDir);
    // A statement lost in the interleaving would otherwise hang the test instead of failing it.
    pool = new pg.Pool({ connectionString: service.url, max: POOL_SIZE, query_timeout: 10_000 });
    await pool.query(`CREATE TABLE counter (key text PRIMARY KEY, hits int NOT NULL)`);
    await pool.query(`CREATE TABLE claim (id serial PRIMARY KEY, request int NOT NULL)`);
  });
  afterAll(async () => {
    await pool.end();
    await service.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs 90 parameterised statements and transactions fired 30 at a time, each with its own parameters', async () => {
    const attempt = async (request: number) => {
      const { rows } = await pool.query<{ hits: number; request: number }>(
        `INSERT INTO counter AS c (key, hits) VALUES ($1, 1)
         ON CONFLICT (key) DO UPDATE SET hits = c.hits + 1
         RETURNING hits, $2::int AS request`,
        ['k', request],
      );
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT 1 FROM counter WHERE key = $1 FOR UPDATE', ['k']);
        const taken = await client.query('SELECT count(*)::int AS n FROM claim');
        if (taken.rows[0].n === 0)
          await client.query('INSERT INTO claim (request) VALUES ($1)', [request]);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      return rows;
    };
    const answers = [];
    for (let round = 0; round < 3; round++) {
      answers.push(
        ...(await Promise.all(Array.from({ length: 30 }, (_, i) => attempt(round * 30 + i)))),
      );
    }
    // Each request got back exactly its own row, and every hit was counted once.
    expect(answers.map((rows) => rows.map((r) => r.request))).toEqual(
      Array.from({ length: 90 }, (_, i) => [i]),
    );
    expect(answers.map((rows) => rows[0]!.hits).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 90 }, (_, i) => i + 1),
    );
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM claim');
    expect(rows).toEqual([{ n: 1 }]);
  });
});
