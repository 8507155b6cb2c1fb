import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startEmbeddedPostgres } from '../src/embedded/embedded-postgres.js';
import { startEmbeddedS3 } from '../src/embedded/embedded-s3.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

describe('GET /api/health', () => {
  let platform: TestPlatform | undefined;
  const dirs: string[] = [];
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-sno-health-'));
    dirs.push(dir);
    return dir;
  };

  afterEach(async () => {
    await platform?.close();
    platform = undefined;
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  it('reports the database and the storage up', async () => {
    platform = await startTestPlatform();
    const res = await request(platform.http).get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', db: 'up', storage: 'up' });
  });

  // Separate real servers that the tests stop and restart on the same port (or socket) and data.
  it('answers 503 naming the storage while the S3 server is down, then recovers', async () => {
    const dir = await tempDir();
    let s3 = await startEmbeddedS3(dir);
    const port = Number(new URL(s3.endpoint).port);
    try {
      platform = await startTestPlatform({
        S3_ENDPOINT: s3.endpoint,
        S3_ACCESS_KEY_ID: s3.accessKeyId,
        S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
      });
      await request(platform.http).get('/api/health').expect(200);

      await s3.stop();
      const down = await request(platform.http).get('/api/health').expect(503);
      expect(down.body).toEqual({ status: 'error', db: 'up', storage: 'down' });

      s3 = await startEmbeddedS3(dir, { port });
      const up = await request(platform.http).get('/api/health').expect(200);
      expect(up.body).toEqual({ status: 'ok', db: 'up', storage: 'up' });
    } finally {
      await s3.stop().catch(() => undefined);
    }
  });

  it('answers 503 naming the database while PostgreSQL is down, then recovers', async () => {
    const dir = await tempDir();
    let pg = await startEmbeddedPostgres(join(dir, 'pgdata'), dir);
    try {
      platform = await startTestPlatform({ DATABASE_URL: pg.url });
      await request(platform.http).get('/api/health').expect(200);

      await pg.stop();
      const down = await request(platform.http).get('/api/health').expect(503);
      expect(down.body).toEqual({ status: 'error', db: 'down', storage: 'up' });

      pg = await startEmbeddedPostgres(join(dir, 'pgdata'), dir);
      const up = await request(platform.http).get('/api/health').expect(200);
      expect(up.body).toEqual({ status: 'ok', db: 'up', storage: 'up' });
    } finally {
      await pg.stop().catch(() => undefined);
    }
  });
});
