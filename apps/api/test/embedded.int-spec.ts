import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ObjectStorage } from '../src/storage/object-storage.service.js';
import { startTestPlatform } from './support/test-platform.js';

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
});
