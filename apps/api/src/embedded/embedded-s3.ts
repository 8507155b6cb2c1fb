import { mkdir } from 'node:fs/promises';
import S3rver from 's3rver';
import type { RunningService } from './running-service.js';

/** s3rver only accepts requests signed with these fixed credentials. */
const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/**
 * An S3-compatible server in this process, storing objects under `directory`. The application
 * talks to it over HTTP with the AWS SDK, the same as to MinIO or AWS S3.
 */
export async function startEmbeddedS3(
  directory: string,
  { port = 0 }: { port?: number } = {},
): Promise<RunningService & { endpoint: string; accessKeyId: string; secretAccessKey: string }> {
  await mkdir(directory, { recursive: true });
  const server = new S3rver({ address: '127.0.0.1', port, directory, silent: true });
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    ...S3RVER_CREDENTIALS,
    async stop() {
      await server.close();
    },
  };
}
