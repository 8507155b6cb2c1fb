import { createHash, randomBytes } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ObjectStorage } from '../src/storage/object-storage.service.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const MiB = 1024 * 1024;

/** A deterministic-size random stream produced chunk by chunk, never held whole. */
function randomStream(size: number, hash: ReturnType<typeof createHash>): Readable {
  let left = size;
  return new Readable({
    read() {
      if (left === 0) return this.push(null);
      const chunk = randomBytes(Math.min(left, 256 * 1024));
      left -= chunk.length;
      hash.update(chunk);
      this.push(chunk);
    },
  });
}

async function sha256Of(stream: Readable): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  await pipeline(
    stream,
    new Writable({
      write(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        size += chunk.length;
        done();
      },
    }),
  );
  return { sha256: hash.digest('hex'), size };
}

describe('ObjectStorage on a real S3-compatible server', () => {
  let platform: TestPlatform;
  let storage: ObjectStorage;

  beforeAll(async () => {
    platform = await startTestPlatform();
    storage = platform.app.get(ObjectStorage);
  });
  afterAll(async () => {
    await platform.close();
  });

  it('streams 20 MB in and reads back the very same bytes (sha256)', async () => {
    const written = createHash('sha256');
    const key = `test/roundtrip-${Date.now()}`;
    await storage.put(key, randomStream(20 * MiB, written), {
      contentType: 'application/octet-stream',
    });
    const expected = written.digest('hex');

    expect(await storage.stat(key)).toEqual({ key, size: 20 * MiB });
    const read = await storage.get(key);
    expect(read.contentLength).toBe(20 * MiB);
    expect(await sha256Of(read.body)).toEqual({ sha256: expected, size: 20 * MiB });
  });

  it('serves byte ranges', async () => {
    const key = `test/range-${Date.now()}`;
    const bytes = randomBytes(4096);
    await storage.put(key, Readable.from([bytes]));
    const part = await storage.get(key, 'bytes=100-199');
    expect(part.contentLength).toBe(100);
    expect(part.contentRange).toBe('bytes 100-199/4096');
    const chunks: Buffer[] = [];
    for await (const chunk of part.body) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(bytes.subarray(100, 200))).toBe(true);
  });

  it('lists by prefix and deletes', async () => {
    const prefix = `test/list-${Date.now()}/`;
    await storage.put(`${prefix}a`, Buffer.from('a'));
    await storage.put(`${prefix}b`, Buffer.from('bb'));
    expect((await storage.list(prefix)).map((o) => [o.key, o.size])).toEqual([
      [`${prefix}a`, 1],
      [`${prefix}b`, 2],
    ]);
    await storage.delete(`${prefix}a`);
    expect(await storage.stat(`${prefix}a`)).toBeNull();
    expect((await storage.list(prefix)).map((o) => o.key)).toEqual([`${prefix}b`]);
  });
});
