import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import type { RunningService } from './running-service.js';
import { multipartExtras } from './s3rver-multipart.js';

/** s3rver only accepts requests signed with these fixed credentials. */
const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/** s3rver is a Koa application; its last middleware is the S3 router. */
type KoaMiddlewares = { middleware: unknown[] };

/**
 * An S3-compatible server in this process, storing objects under `directory`. The application
 * talks to it over HTTP with the AWS SDK, the same as to MinIO or AWS S3.
 */
export async function startEmbeddedS3(
  directory: string,
  { port = 0 }: { port?: number } = {},
): Promise<RunningService & { endpoint: string; accessKeyId: string; secretAccessKey: string }> {
  await mkdir(directory, { recursive: true });
  const s3rver = new S3rver({ directory, silent: true, vhostBuckets: false });
  const { middleware } = s3rver as unknown as KoaMiddlewares;
  middleware.splice(middleware.length - 1, 0, multipartExtras);
  const server = createServer(s3rver.callback());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    ...S3RVER_CREDENTIALS,
    async stop() {
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
