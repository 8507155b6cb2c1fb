import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { SubmissionsService } from '../src/dossiers/submissions.service.js';
import { startEmbeddedS3, type EmbeddedS3 } from '../src/embedded/embedded-s3.js';
import { backup, restore } from '../src/ops/backup.js';
import { ObjectStorage } from '../src/storage/object-storage.service.js';
import { prepareReadyE3 } from './support/dossier-fixtures.js';
import { binaryParser, makePng, sha256 } from './support/fixtures.js';
import { startPrivatePostgres, type PrivatePostgres } from './support/private-postgres.js';
import { deleteBucket } from './support/run-resources.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, signIn, type World } from './support/world.js';

const CLI = fileURLToPath(new URL('../dist/ops/cli.js', import.meta.url));
const run = promisify(execFile);

/**
 * A backup (pg_dump + every object) restored by the CLI into an empty database and an empty bucket
 * gives back a platform where every submission verifies and files read the same; a restore never
 * merges into data that is already there.
 */
describe('backup and restore', () => {
  let postgres: PrivatePostgres;
  let s3: EmbeddedS3 | undefined;
  let source: TestPlatform;
  let restored: TestPlatform | undefined;
  let world: World;
  let dir: string;
  let submissionId: string;
  const sourceBucket = `backup-source-${Date.now().toString(36)}`;

  const counts = (platform: TestPlatform) =>
    platform.app.get(DataSource).query(
      `SELECT (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM trace)::int AS traces,
                (SELECT count(*) FROM trace_file)::int AS files, (SELECT count(*) FROM submission)::int AS submissions,
                (SELECT count(*) FROM audit_event)::int AS audit`,
    ) as Promise<Record<string, number>[]>;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run pnpm build first`);
    postgres = await startPrivatePostgres();
    dir = await mkdtemp(join(tmpdir(), 'dossier-sno-backup-'));
    // The CLI reaches S3 by URL, never the embedded server's socket: without the run's
    // S3_ENDPOINT, an S3 server of its own on a loopback port.
    s3 = process.env.S3_ENDPOINT ? undefined : await startEmbeddedS3(join(dir, 's3'));
    // A bucket of its own: the run's bucket holds the other tests' files.
    source = await startTestPlatform({
      DATABASE_URL: postgres.url,
      S3_BUCKET: sourceBucket,
      ...(s3 && {
        S3_ENDPOINT: s3.endpoint,
        S3_ACCESS_KEY_ID: s3.accessKeyId,
        S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
      }),
    });
    world = await buildWorld(source);
    const candidate = await prepareReadyE3(source, world.people.candidate.email);
    submissionId = (
      await candidate.send('post', '/api/dossiers/E3/submissions').send({}).expect(201)
    ).body.id as string;
    // A file in no submission, and one deleted afterwards: the backup holds what is there.
    const other = await candidate
      .send('post', '/api/traces')
      .send({ title: 'Brouillon', context: 'centre', occurredOn: '2026-11-03', competences: [] })
      .expect(201);
    await candidate
      .send('post', `/api/traces/${other.body.id}/files`)
      .attach('file', makePng(40), 'brouillon.png')
      .expect(201);
  });

  afterAll(async () => {
    await restored?.close();
    await source?.close();
    await postgres?.destroy();
    await s3?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
    // An S3 server of its own goes with `dir`; on a shared S3_ENDPOINT, remove what was made.
    if (process.env.S3_ENDPOINT) {
      await deleteBucket(sourceBucket);
      await deleteBucket(`${sourceBucket}-restored`);
    }
  });

  it('restores into an empty database and bucket where every submission verifies', async () => {
    const folder = join(dir, 'backup');
    const manifest = await backup(source.endpoints, folder);
    expect(manifest.objects.map((o) => o.key).sort()).toEqual(
      (await source.app.get(ObjectStorage).list()).map((o) => o.key).sort(),
    );
    expect(manifest.objects).toHaveLength(7);

    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query('CREATE DATABASE restored');
    await admin.end();
    const target = {
      DATABASE_URL: postgres.url.replace(/\/postgres$/, '/restored'),
      S3_ENDPOINT: source.endpoints.s3.endpoint,
      S3_REGION: source.endpoints.s3.region,
      S3_ACCESS_KEY_ID: source.endpoints.s3.accessKeyId,
      S3_SECRET_ACCESS_KEY: source.endpoints.s3.secretAccessKey,
      S3_BUCKET: `${source.endpoints.s3.bucket}-restored`,
    };
    const cli = await run(process.execPath, [CLI, 'restore', folder], {
      env: { PATH: process.env.PATH, NODE_ENV: 'test', DATA_DIR: dir, ...target },
    });
    expect(cli.stdout).toContain('Restored the database and 7 objects');
    expect(cli.stdout).toContain('1 of 1 submissions verify');

    restored = await startTestPlatform(target);
    expect(await counts(restored)).toEqual(await counts(source));
    expect(await restored.app.get(SubmissionsService).verifyAll()).toEqual({
      submissions: 1,
      problems: {},
    });
    // The candidate signs in on the restored platform and reads the same bytes.
    const before = await signIn(source, world.people.candidate.email);
    const after = await signIn(restored, world.people.candidate.email);
    const { body: submission } = await after.agent
      .get(`/api/submissions/${submissionId}`)
      .expect(200);
    const file = submission.items[0].files[0] as { id: string };
    const path = `/api/submissions/${submissionId}/files/${file.id}/content`;
    const original = await before.agent.get(path).buffer(true).parse(binaryParser).expect(200);
    const copy = await after.agent.get(path).buffer(true).parse(binaryParser).expect(200);
    expect(sha256(copy.body as Buffer)).toBe(sha256(original.body as Buffer));

    // A restore never merges into data already there.
    await expect(restore(restored.endpoints, folder)).rejects.toThrow(
      'the target database is not empty',
    );
  });

  it('verification finds a submission whose file object is gone', async () => {
    const platform = restored!;
    const [row] = (await platform.app
      .get(DataSource)
      .query('SELECT storage_key FROM submission_file WHERE submission_id = $1 LIMIT 1', [
        submissionId,
      ])) as { storage_key: string }[];
    await platform.app.get(ObjectStorage).delete(row!.storage_key);
    const { problems } = await platform.app.get(SubmissionsService).verifyAll();
    expect(problems[submissionId]).toEqual([expect.stringContaining('no object')]);
  });
});
