import { join, resolve } from 'node:path';
import type { Environment } from '../config/environment.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { startEmbeddedS3 } from './embedded-s3.js';
import { privateRunDir, socketPath } from './run-dir.js';
import type { RunningService } from './running-service.js';

export interface S3Connection {
  endpoint: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  forcePathStyle: boolean;
  /** The embedded server's Unix socket: requests for `endpoint` go through it. */
  socketPath?: string;
}

/** Where PostgreSQL and S3 are. The rest of the application never knows whether they are embedded. */
export interface ServiceEndpoints {
  databaseUrl: string;
  s3: S3Connection;
  /** Which parts run in this process (for logs only). */
  embedded: { database: boolean; storage: boolean };
}

export const SERVICE_ENDPOINTS = Symbol('SERVICE_ENDPOINTS');

/**
 * Uses DATABASE_URL and S3_ENDPOINT when set; otherwise starts PGlite and s3rver under DATA_DIR
 * (the embedded default of the README's run command), reached only through Unix sockets in
 * DATA_DIR/run (mode 0700): no port is opened, and nobody but this user can connect.
 */
export async function resolveServiceEndpoints(
  env: Environment,
): Promise<ServiceEndpoints & RunningService> {
  const started: RunningService[] = [];
  const stop = async () => {
    for (const service of started.reverse()) await service.stop();
  };
  try {
    const dataDir = resolve(env.DATA_DIR);
    const runDir =
      env.DATABASE_URL && env.S3_ENDPOINT ? undefined : await privateRunDir(join(dataDir, 'run'));
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres(join(dataDir, 'postgres'), runDir!);
      started.push(pg);
      databaseUrl = pg.url;
    }
    let s3: S3Connection = {
      endpoint: env.S3_ENDPOINT,
      region: env.S3_REGION,
      bucket: env.S3_BUCKET,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
    };
    if (!env.S3_ENDPOINT) {
      const server = await startEmbeddedS3(join(dataDir, 's3'), {
        socketPath: await socketPath(runDir!, 's3.sock'),
      });
      started.push(server);
      s3 = {
        ...s3,
        endpoint: server.endpoint,
        accessKeyId: server.accessKeyId,
        secretAccessKey: server.secretAccessKey,
        forcePathStyle: true,
        socketPath: server.socketPath,
      };
    }
    return {
      databaseUrl,
      s3,
      embedded: { database: !env.DATABASE_URL, storage: !env.S3_ENDPOINT },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
