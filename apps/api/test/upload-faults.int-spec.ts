import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readlink, rm } from 'node:fs/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateMultipartUploadCommand, S3Client } from '@aws-sdk/client-s3';
import { DataSource } from 'typeorm';
import { startEmbeddedS3 } from '../src/embedded/embedded-s3.js';
import { ObjectStorage } from '../src/storage/object-storage.service.js';
import { ORPHAN_GRACE_MS, OrphanSweeper } from '../src/storage/orphan-sweeper.service.js';
import { makePng } from './support/fixtures.js';
import { signInOverHttp } from './support/network.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, type World } from './support/world.js';

const MiB = 1024 * 1024;

/** How many files of this process are open under `dir` (the in-process S3 server's parts). */
async function filesOpenUnder(dir: string): Promise<number> {
  const fds = await readdir('/proc/self/fd');
  const targets = await Promise.all(
    fds.map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')),
  );
  return targets.filter((target) => target.startsWith(dir)).length;
}

/**
 * Nothing is lost, nothing is left behind: an oversized upload, a client that disconnects midway
 * and an S3 server that stops midway each leave no row and no object. Real S3 server (s3rver over
 * HTTP, stopped and restarted by the test), real database, real HTTP connections.
 */
describe('uploads that fail leave nothing behind', () => {
  let platform: TestPlatform;
  let world: World;
  let s3: Awaited<ReturnType<typeof startEmbeddedS3>>;
  let s3Dir: string;
  let s3Port: number;
  let base: string;
  let cookie: string;
  let csrf: string;
  let traceId: string;
  let s3Client: S3Client;

  /** Rows, objects, open multipart uploads (ListObjects never shows those) and files held open. */
  const state = async () => ({
    rows: (
      (await platform.app.get(DataSource).query('SELECT count(*)::int AS n FROM trace_file')) as {
        n: number;
      }[]
    )[0]!.n,
    objects: (await platform.app.get(ObjectStorage).list('traces/')).length,
    openUploads: (await platform.app.get(ObjectStorage).openUploads('traces/')).length,
    openFiles: await filesOpenUnder(s3Dir),
  });
  const settled = async (expected: Awaited<ReturnType<typeof state>>) => {
    for (let i = 0; i < 100 && JSON.stringify(await state()) !== JSON.stringify(expected); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    return state();
  };

  /** Sends a multipart upload of `total` bytes (a PNG then noise), calling `midway` after `pause` bytes. */
  function upload(
    total: number,
    pause: number,
    midway: (req: ReturnType<typeof httpRequest>) => Promise<'stop' | 'go'>,
    /** Called after each chunk of `chunk` bytes: paces the client, or cuts it ('stop'). */
    everyChunk: (
      req: ReturnType<typeof httpRequest>,
      sent: number,
    ) => Promise<'stop' | void> = async () => {},
    chunk = MiB,
  ) {
    const boundary = `----sno${randomBytes(6).toString('hex')}`;
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="video.png"\r\nContent-Type: image/png\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const png = makePng();
    return new Promise<{ status: number; body: string } | 'disconnected'>((resolve, reject) => {
      const req = httpRequest(`${base}/api/traces/${traceId}/files`, {
        method: 'POST',
        headers: {
          cookie,
          'x-csrf-token': csrf,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': head.length + total + tail.length,
        },
      });
      req.on('response', (res: IncomingMessage) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', () => resolve('disconnected'));
      (async () => {
        req.write(head);
        req.write(png);
        let sent = png.length;
        let paused = false;
        while (sent < total) {
          const n = Math.min(chunk, total - sent);
          if (!req.write(randomBytes(n))) await new Promise((r) => req.once('drain', r));
          sent += n;
          if ((await everyChunk(req, sent)) === 'stop') return;
          if (!paused && sent >= pause) {
            paused = true;
            if ((await midway(req)) === 'stop') return;
          }
        }
        req.end(tail);
      })().catch(reject);
    });
  }

  beforeAll(async () => {
    s3Dir = await mkdtemp(join(tmpdir(), 'dossier-sno-faults-'));
    s3 = await startEmbeddedS3(s3Dir);
    s3Port = Number(new URL(s3.endpoint).port);
    s3Client = new S3Client({
      endpoint: s3.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    });
    platform = await startTestPlatform({
      S3_ENDPOINT: s3.endpoint,
      S3_ACCESS_KEY_ID: s3.accessKeyId,
      S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
      MAX_UPLOAD_BYTES: String(250 * MiB),
    });
    await platform.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(platform.app.getHttpServer().address() as AddressInfo).port}`;
    world = await buildWorld(platform);
    ({ cookie, 'x-csrf-token': csrf } = await signInOverHttp(base, world.people.candidate.email));
    const trace = await fetch(`${base}/api/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
      body: JSON.stringify({
        title: 'Enregistrement',
        context: 'pfmp',
        occurredOn: '2026-11-20',
        competences: ['C3.1'],
      }),
    });
    traceId = ((await trace.json()) as { id: string }).id;
  });

  afterAll(async () => {
    s3Client.destroy();
    await platform.close();
    await s3.stop().catch(() => undefined);
    await rm(s3Dir, { recursive: true, force: true });
  });

  it('an upload over MAX_UPLOAD_BYTES answers 413 and leaves nothing', async () => {
    const before = await state();
    const res = await upload(251 * MiB, 0, async () => 'go');
    expect(res).toMatchObject({ status: 413 });
    // Answered only once the multipart upload is aborted.
    expect(await state()).toEqual(before);
  });

  it('a client that disconnects midway (after a first S3 part) leaves nothing', async () => {
    const before = await state();
    const res = await upload(20 * MiB, 12 * MiB, async (req) => {
      await new Promise((r) => setTimeout(r, 300));
      req.destroy();
      return 'stop';
    });
    expect(res).toBe('disconnected');
    // The server notices the cut connection and cleans up asynchronously.
    expect(await settled(before)).toEqual(before);
    expect(platform.app.get(ObjectStorage).uploadsInProgress).toBe(0);
  });

  it('a slow client (2 MB/s) cut after 3 s leaves no open multipart upload, and the API holds nothing', async () => {
    const before = await state();
    let slowSince: number | undefined;
    // 9 MiB at once (a first 8 MiB part goes to S3), then 256 KiB every 125 ms (2 MiB/s), cut after 3 s.
    const res = await upload(
      20 * MiB,
      20 * MiB,
      async () => 'go',
      async (req, sent) => {
        if (sent < 9 * MiB) return;
        slowSince ??= Date.now();
        if (Date.now() - slowSince < 3000) return new Promise<void>((r) => setTimeout(r, 125));
        req.destroy();
        return 'stop';
      },
      256 * 1024,
    );
    expect(res).toBe('disconnected');
    expect(await settled(before)).toEqual(before);
    expect(platform.app.get(ObjectStorage).uploadsInProgress).toBe(0);
  });

  it('the in-process S3 server lets go of a part whose sender goes away', async () => {
    const storage = platform.app.get(ObjectStorage);
    const key = 'traces/part-cut-midway';
    const { UploadId } = await s3Client.send(
      new CreateMultipartUploadCommand({ Bucket: storage.bucket, Key: key }),
    );
    const part = httpRequest(
      `${s3.endpoint}/${storage.bucket}/${key}?partNumber=1&uploadId=${UploadId}`,
      { method: 'PUT', headers: { 'content-length': 8 * MiB } },
    );
    part.on('error', () => undefined);
    part.write(randomBytes(MiB));
    await new Promise((r) => setTimeout(r, 300));
    expect(await filesOpenUnder(s3Dir)).toBe(1);
    part.destroy();
    for (let i = 0; i < 50 && (await filesOpenUnder(s3Dir)) > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await filesOpenUnder(s3Dir)).toBe(0);
    // An id that is not s3rver's own never becomes a path.
    await expect(storage.abortUpload({ key, uploadId: '../../../run' })).rejects.toThrow(
      'NoSuchUpload',
    );
    await storage.abortUpload({ key, uploadId: UploadId! });
    expect(await storage.openUploads(key)).toEqual([]);
  });

  it('an S3 server that stops in the middle of a 200 MB upload gives a 503 JSON error, leaves nothing, and the same upload works once it is back', async () => {
    const before = await state();
    const res = await upload(200 * MiB, 100 * MiB, async () => {
      await s3.stop();
      return 'go';
    });
    expect(res).not.toBe('disconnected');
    if (res === 'disconnected') return;
    expect(res.status).toBe(503);
    expect(JSON.parse(res.body).message).toMatch(/Stockage des fichiers indisponible/);

    s3 = await startEmbeddedS3(s3Dir, { port: s3Port });
    // The abort could not reach the stopped server: the sweeper drops the upload a day later.
    expect(await state()).toEqual({ ...before, openUploads: 1 });
    const swept = await platform.app
      .get(OrphanSweeper)
      .sweep(new Date(Date.now() + ORPHAN_GRACE_MS + 60_000));
    expect(swept.abortedUploads).toHaveLength(1);
    expect(await state()).toEqual(before);
    const again = await upload(200 * MiB, 100 * MiB, async () => 'go');
    expect(again).toMatchObject({ status: 201 });
    expect(await state()).toEqual({
      ...before,
      rows: before.rows + 1,
      objects: before.objects + 1,
    });
  });
});
