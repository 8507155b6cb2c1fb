import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';

/** A real PNG image (a colour gradient) of about `side`² × 3 bytes before compression. */
export function makePng(side = 64): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([head, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(
    Array.from({ length: side }, (_, y) =>
      Buffer.from([
        0,
        ...Array.from({ length: side }, (_, x) => [(x * 4) % 256, (y * 4) % 256, 128]).flat(),
      ]),
    ),
  );
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** supertest parser that keeps a binary body as a Buffer. */
export function binaryParser(res: unknown, done: (e: Error | null, body: Buffer) => void): void {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}
