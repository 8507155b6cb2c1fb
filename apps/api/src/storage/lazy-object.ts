import { Readable } from 'node:stream';
import type { ObjectStream } from './object-storage.service.js';

/**
 * An object's bytes as a stream that asks storage for them only when first read: a ZIP of many
 * files then holds one S3 connection at a time, and memory stays constant whatever the sizes.
 */
export function lazyObject(open: () => Promise<ObjectStream>): Readable {
  let source: Readable | null = null;
  return new Readable({
    // Large buffer: fewer pause/resume turns between storage and the archive.
    highWaterMark: 1024 * 1024,
    read() {
      if (source) {
        source.resume();
        return;
      }
      open().then(
        ({ body }) => {
          source = body;
          body.on('data', (chunk: Buffer) => {
            if (!this.push(chunk)) body.pause();
          });
          body.once('end', () => this.push(null));
          body.once('error', (error) => this.destroy(error));
        },
        (error: Error) => this.destroy(error),
      );
    },
  });
}
