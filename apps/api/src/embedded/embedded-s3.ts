import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import type { RunningService } from './running-service.js';
import { multipartExtras, refuseFormUploads } from './s3rver-extras.js';

/** s3rver only accepts requests signed with these fixed credentials. */
const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/** s3rver is a Koa application; its last middleware is the S3 router. */
type KoaMiddlewares = { middleware: unknown[] };

export interface EmbeddedS3 extends RunningService {
  /** The URL the S3 client signs for; with `socketPath`, requests go through that socket. */
  endpoint: string;
  socketPath?: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * An S3-compatible server in this process, storing objects under `directory`, listening on a
 * Unix socket (`socketPath`: the embedded default) or on a loopback port (tests that need an
 * S3 server reached by URL). The application talks to it with the AWS SDK, as to MinIO or S3.
 */
export async function startEmbeddedS3(
  directory: string,
  listen: { socketPath: string } | { port?: number } = {},
): Promise<EmbeddedS3> {
  await mkdir(directory, { recursive: true });
  const s3rver = new S3rver({ directory, silent: true, vhostBuckets: false });
  const { middleware } = s3rver as unknown as KoaMiddlewares;
  middleware.splice(middleware.length - 1, 0, refuseFormUploads, multipartExtras);
  const server = createServer(s3rver.callback());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    if ('socketPath' in listen) server.listen(listen.socketPath, resolve);
    else server.listen(listen.port ?? 0, '127.0.0.1', resolve);
  });
  const stop = async () => {
    await new Promise((resolve) => server.close(resolve));
  };
  if ('socketPath' in listen) {
    return {
      endpoint: 'http://localhost',
      socketPath: listen.socketPath,
      ...S3RVER_CREDENTIALS,
      stop,
    };
  }
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    ...S3RVER_CREDENTIALS,
    stop,
  };
}
