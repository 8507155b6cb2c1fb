import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { Submission } from '../src/dossiers/submission.entity.js';
import { SubmissionsService } from '../src/dossiers/submissions.service.js';
import { startEmbeddedS3, type EmbeddedS3 } from '../src/embedded/embedded-s3.js';
import { prepareReadyE3 } from './support/dossier-fixtures.js';
import { freePort, signInOverHttp } from './support/network.js';
import { startPrivatePostgres, type PrivatePostgres } from './support/private-postgres.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, type World } from './support/world.js';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/**
 * The API process is killed (SIGKILL, no shutdown) in the middle of a dossier submission: after a
 * restart the submission exists whole, its manifest and every file verifying, or not at all.
 * The built API runs as a child process on a PostgreSQL of the test's own; the test pauses the
 * submission at a chosen point by holding a table lock, then kills the process there.
 */
describe('an API process killed during a submission', () => {
  let postgres: PrivatePostgres;
  let s3: EmbeddedS3 | undefined;
  let platform: TestPlatform;
  let world: World;
  let api: ChildProcess | undefined;
  let apiDir: string;
  let base: string;

  async function startApi(): Promise<void> {
    const port = await freePort();
    const { s3 } = platform.endpoints;
    api = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        PORT: String(port),
        DATA_DIR: apiDir,
        DEMO_SEED: 'false',
        DATABASE_URL: postgres.url,
        S3_ENDPOINT: s3.endpoint,
        S3_REGION: s3.region,
        S3_BUCKET: s3.bucket,
        S3_ACCESS_KEY_ID: s3.accessKeyId,
        S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
      },
      stdio: 'ignore',
    });
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 300; i++) {
      const up = await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the API did not start within 30 s');
  }

  async function kill(): Promise<void> {
    const exited = new Promise((r) => api!.once('exit', r));
    api!.kill('SIGKILL');
    await exited;
    api = undefined;
  }

  /** Asks the child API to submit E3: its status, or 'connection lost'. */
  function submitOnApi(headers: Record<string, string>): Promise<number | string> {
    return fetch(`${base}/api/dossiers/E3/submissions`, {
      method: 'POST',
      headers,
      body: '{}',
    }).then(
      (res) => res.status,
      () => 'connection lost',
    );
  }

  /** Holds `table` until released, and resolves once an insert into it is waiting on that lock. */
  async function pauseInsertsInto(table: string): Promise<pg.Client> {
    const holder = new pg.Client({ connectionString: postgres.url });
    holder.on('error', () => undefined);
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query(`LOCK TABLE ${table} IN EXCLUSIVE MODE`);
    return holder;
  }
  async function waitForInsertInto(holder: pg.Client, table: string): Promise<void> {
    for (let i = 0; i < 200; i++) {
      await holder.query('SELECT pg_stat_clear_snapshot()');
      const { rows } = await holder.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE wait_event_type = 'Lock' AND query ILIKE $1`,
        [`INSERT INTO "${table}"%`],
      );
      if (rows[0]!.n > 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no insert into ${table} waited on the lock`);
  }

  const submissions = () =>
    platform.app
      .get(DataSource)
      .getRepository(Submission)
      .findBy({ candidateId: world.people.candidate.id });

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run pnpm build first`);
    postgres = await startPrivatePostgres();
    apiDir = await mkdtemp(join(tmpdir(), 'dossier-sno-crash-'));
    // The child API reaches S3 by URL, never the embedded server's socket: without the run's
    // S3_ENDPOINT, an S3 server of its own on a loopback port.
    s3 = process.env.S3_ENDPOINT ? undefined : await startEmbeddedS3(join(apiDir, 's3'));
    platform = await startTestPlatform({
      DATABASE_URL: postgres.url,
      ...(s3 && {
        S3_ENDPOINT: s3.endpoint,
        S3_ACCESS_KEY_ID: s3.accessKeyId,
        S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
      }),
    });
    world = await buildWorld(platform);

    await prepareReadyE3(platform, world.people.candidate.email);
  });

  afterAll(async () => {
    if (api) await kill();
    await platform?.close();
    await postgres?.destroy();
    await s3?.stop();
    if (apiDir) await rm(apiDir, { recursive: true, force: true });
  });

  it('killed before the commit: after a restart there is no submission at all', async () => {
    await startApi();
    // The submission's transaction has written its rows and waits to write the notification.
    const headers = await signInOverHttp(base, world.people.candidate.email);
    const holder = await pauseInsertsInto('notification');
    const answer = submitOnApi(headers);
    await waitForInsertInto(holder, 'notification');
    await kill();
    await holder.query('ROLLBACK');
    await holder.end();
    expect(await answer).toBe('connection lost');

    await startApi();
    expect(await submissions()).toEqual([]);
  });

  it('killed after the commit, before answering: after a restart the submission is whole and verifies', async () => {
    if (!api) await startApi();
    // Committed; the API waits to write the audit event that follows, then would answer.
    const headers = await signInOverHttp(base, world.people.candidate.email);
    const holder = await pauseInsertsInto('audit_event');
    const answer = submitOnApi(headers);
    await waitForInsertInto(holder, 'audit_event');
    await kill();
    await holder.query('ROLLBACK');
    await holder.end();
    expect(await answer).toBe('connection lost');

    await startApi();
    const [submission, ...others] = await submissions();
    expect(others).toEqual([]);
    expect(JSON.parse(submission!.manifest).files).toHaveLength(6);
    expect(await platform.app.get(SubmissionsService).verify(submission!)).toEqual([]);
    // And the restarted API serves it.
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
  });
});
