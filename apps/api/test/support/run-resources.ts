/**
 * What one test run provisions and later removes: a fresh database on DATABASE_URL's server,
 * a fresh bucket on S3_ENDPOINT, a fresh DATA_DIR. Without DATABASE_URL / S3_ENDPOINT the
 * platform starts embedded PGlite / s3rver in that DATA_DIR, as the README's run command does.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DeleteBucketCommand,
  DeleteObjectsCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import pg from 'pg';

const STATE = 'DOSSIER_SNO_TEST_RUN';

interface RunState {
  dataDir: string;
  adminDatabaseUrl?: string;
  database?: string;
  bucket?: string;
}

export async function provisionRun(): Promise<void> {
  const id = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const state: RunState = { dataDir: await mkdtemp(join(tmpdir(), 'dossier-sno-test-')) };
  process.env.DATA_DIR = state.dataDir;
  process.env.NODE_ENV = 'test';

  if (process.env.DATABASE_URL) {
    state.adminDatabaseUrl = process.env.DATABASE_URL;
    state.database = `dossier_sno_test_${id}`;
    await withClient(state.adminDatabaseUrl, (c) => c.query(`CREATE DATABASE ${state.database}`));
    const url = new URL(state.adminDatabaseUrl);
    url.pathname = `/${state.database}`;
    process.env.DATABASE_URL = url.toString();
  }
  if (process.env.S3_ENDPOINT) {
    state.bucket = `dossier-sno-test-${id}`;
    process.env.S3_BUCKET = state.bucket;
  }
  process.env[STATE] = JSON.stringify(state);
}

export async function releaseRun(): Promise<void> {
  const raw = process.env[STATE];
  if (!raw) return;
  const state = JSON.parse(raw) as RunState;
  if (state.adminDatabaseUrl && state.database) {
    await withClient(state.adminDatabaseUrl, (c) =>
      c.query(`DROP DATABASE IF EXISTS ${state.database} WITH (FORCE)`),
    );
  }
  if (state.bucket) await deleteBucket(state.bucket);
  await rm(state.dataDir, { recursive: true, force: true });
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function deleteBucket(bucket: string): Promise<void> {
  const client = new S3Client({
    endpoint: process.env.S3_ENDPOINT,
    region: process.env.S3_REGION ?? 'us-east-1',
    forcePathStyle: true,
    credentials: {
      accessKeyId: process.env.S3_ACCESS_KEY_ID ?? '',
      secretAccessKey: process.env.S3_SECRET_ACCESS_KEY ?? '',
    },
  });
  try {
    let token: string | undefined;
    do {
      const page = await client.send(
        new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }),
      );
      const keys = (page.Contents ?? []).flatMap((o) => (o.Key ? [{ Key: o.Key }] : []));
      if (keys.length) {
        await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys } }));
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    await client.send(new DeleteBucketCommand({ Bucket: bucket }));
  } catch {
    // The bucket may never have been created if the run failed early.
  } finally {
    client.destroy();
  }
}
