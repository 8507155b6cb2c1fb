import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ObjectStorage } from '../src/storage/object-storage.service.js';
import { startTestPlatform } from './support/test-platform.js';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/**
 * The README's run command: no DATABASE_URL, no S3_ENDPOINT. The platform must start PGlite and
 * s3rver under DATA_DIR and find its data again after a restart.
 */
describe('embedded default (PGlite + in-process S3 under DATA_DIR)', () => {
  let dataDir: string;
  const embeddedEnv = () => ({
    DATA_DIR: dataDir,
    DATABASE_URL: undefined,
    S3_ENDPOINT: undefined,
  });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dossier-sno-embedded-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps database rows and objects across a restart', async () => {
    const bytes = Buffer.from('trace évidence — persisted bytes');
    const sha = createHash('sha256').update(bytes).digest('hex');

    const first = await startTestPlatform(embeddedEnv());
    expect(first.endpoints.embedded).toEqual({ database: true, storage: true });
    await request(first.http)
      .get('/api/health')
      .expect(200, { status: 'ok', db: 'up', storage: 'up' });
    const db = first.app.get(DataSource);
    await db.query(`INSERT INTO referential_version (id, title) VALUES ('restart-probe', 'probe')`);
    await first.app.get(ObjectStorage).put('probe/restart', Readable.from([bytes]));
    await first.close();

    const second = await startTestPlatform(embeddedEnv());
    try {
      const rows: { title: string }[] = await second.app
        .get(DataSource)
        .query(`SELECT title FROM referential_version WHERE id = 'restart-probe'`);
      expect(rows).toEqual([{ title: 'probe' }]);
      const migrations: unknown[] = await second.app
        .get(DataSource)
        .query('SELECT name FROM migrations');
      expect(migrations).toHaveLength(second.app.get(DataSource).migrations.length);

      const read = await second.app.get(ObjectStorage).get('probe/restart');
      const chunks: Buffer[] = [];
      for await (const chunk of read.body) chunks.push(chunk as Buffer);
      expect(createHash('sha256').update(Buffer.concat(chunks)).digest('hex')).toBe(sha);
    } finally {
      await second.close();
    }
  });

  it('refuses to start with NODE_ENV=production, in one line naming DATABASE_URL and S3_ENDPOINT', async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run pnpm build first`);
    const dir = await mkdtemp(join(tmpdir(), 'dossier-sno-production-'));
    try {
      const exit = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = execFile(
          process.execPath,
          [MAIN],
          {
            env: {
              PATH: process.env.PATH,
              NODE_ENV: 'production',
              SESSION_SECRET: 'a-session-secret-of-32-characters!',
              DATA_DIR: dir,
            },
          },
          (_error, _stdout, stderr) => resolve({ code: child.exitCode, stderr }),
        );
      });
      expect(exit.code).toBe(1);
      expect(exit.stderr).toMatch(/^Invalid configuration: .*set DATABASE_URL and S3_ENDPOINT\n$/);
      // Refused before anything starts: nothing was written.
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
