/**
 * Backup and restore of a platform running on PostgreSQL (DATABASE_URL) and an S3 bucket
 * (S3_ENDPOINT): `pg_dump` of the database, then a copy of every object, each hashed, then a
 * manifest written last (a folder without manifest.json is not a backup). The database is dumped
 * first: an object a later row names cannot be missing from the copy, and submission files are
 * never deleted, so every submission of the dump finds its files (docs/operations.md).
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import pg from 'pg';
import type { ServiceEndpoints } from '../embedded/service-endpoints.js';
import { ObjectStorage } from '../storage/object-storage.service.js';

const run = promisify(execFile);

export const BACKUP_FORMAT = 'dossier-sno/backup@1';
const DUMP = 'database.dump';
const MANIFEST = 'manifest.json';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  database: { file: string; size: number; sha256: string };
  objects: { key: string; size: number; sha256: string }[];
}

type Endpoints = Pick<ServiceEndpoints, 'databaseUrl' | 's3'>;

export class BackupError extends Error {}

export async function backup(endpoints: Endpoints, folder: string): Promise<BackupManifest> {
  const dir = resolve(folder);
  await mkdir(dir, { recursive: true });
  if ((await readdir(dir)).length) throw new BackupError(`${dir} is not empty`);

  const dumpFile = join(dir, DUMP);
  await run(tool('PG_DUMP', 'pg_dump'), [
    '--format=custom',
    '--no-owner',
    '--no-privileges',
    `--file=${dumpFile}`,
    `--dbname=${endpoints.databaseUrl}`,
  ]);
  const database = { file: DUMP, ...(await hashFile(dumpFile)) };

  const storage = objectStorage(endpoints);
  const objects: BackupManifest['objects'] = [];
  for (const { key } of await storage.list()) {
    const target = objectPath(dir, key);
    await mkdir(dirname(target), { recursive: true });
    const { body } = await storage.get(key);
    const hash = hashing();
    await pipeline(body, hash.stream, createWriteStream(target));
    objects.push({ key, ...hash.result() });
  }

  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    createdAt: new Date().toISOString(),
    database,
    objects,
  };
  await writeFile(join(dir, MANIFEST), JSON.stringify(manifest, null, 2));
  return manifest;
}

/**
 * Restores a backup into an empty database and an empty bucket (refuses anything else: a restore
 * never merges into live data), checking every byte against the backup's manifest.
 */
export async function restore(endpoints: Endpoints, folder: string): Promise<BackupManifest> {
  const dir = resolve(folder);
  const manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) {
    throw new BackupError(`${dir} is not a ${BACKUP_FORMAT} backup`);
  }
  const dumpFile = join(dir, manifest.database.file);
  if ((await hashFile(dumpFile)).sha256 !== manifest.database.sha256) {
    throw new BackupError(`${dumpFile} does not match the manifest`);
  }

  const client = new pg.Client({ connectionString: endpoints.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'",
    );
    if (rows[0]!.n > 0) throw new BackupError('the target database is not empty');
  } finally {
    await client.end();
  }
  const storage = objectStorage(endpoints);
  await storage.ensureBucket();
  if ((await storage.list()).length) throw new BackupError('the target bucket is not empty');

  await run(tool('PG_RESTORE', 'pg_restore'), [
    '--no-owner',
    '--no-privileges',
    '--exit-on-error',
    `--dbname=${endpoints.databaseUrl}`,
    dumpFile,
  ]);
  for (const object of manifest.objects) {
    const source = objectPath(dir, object.key);
    const { sha256 } = await hashFile(source);
    if (sha256 !== object.sha256) throw new BackupError(`${source} does not match the manifest`);
    await storage.put(object.key, createReadStream(source));
  }
  return manifest;
}

/** PG_DUMP / PG_RESTORE name a binary of the server's major version when PATH has another. */
function tool(variable: string, name: string): string {
  return process.env[variable] ?? name;
}

function objectStorage(endpoints: Endpoints): ObjectStorage {
  return new ObjectStorage({
    ...endpoints,
    embedded: { database: false, storage: false },
  });
}

/** Where an object lives in the backup folder; a key cannot climb out of it. */
function objectPath(dir: string, key: string): string {
  const root = join(dir, 'objects');
  const path = resolve(root, key);
  if (!path.startsWith(root + sep)) throw new BackupError(`unsafe object key ${key}`);
  return path;
}

function hashing() {
  const hash = createHash('sha256');
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  return { stream, result: () => ({ size, sha256: hash.digest('hex') }) };
}

async function hashFile(path: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: hash.digest('hex') };
}
