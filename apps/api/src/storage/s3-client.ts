import { Agent, type AgentOptions } from 'node:http';
import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import type { S3Connection } from '../embedded/service-endpoints.js';

/** An S3 client for `s3`, with the settings every S3-compatible server needs. */
export function createS3Client(s3: S3Connection, overrides: S3ClientConfig = {}): S3Client {
  return new S3Client({
    endpoint: s3.endpoint,
    region: s3.region,
    forcePathStyle: s3.forcePathStyle,
    credentials:
      s3.accessKeyId && s3.secretAccessKey
        ? { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey }
        : undefined,
    // Without these, a streamed PutObject is stored with its aws-chunked framing on
    // S3-compatible servers, silently corrupting the file (see docs/decisions.md).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // The embedded server listens on a Unix socket only (same pool size as the SDK's default agent).
    ...(s3.socketPath && { requestHandler: { httpAgent: socketAgent(s3.socketPath) } }),
    ...overrides,
  });
}

/** Node merges an agent's options into each of its requests, `socketPath` too (not in the types). */
function socketAgent(socketPath: string): Agent {
  return new Agent({ keepAlive: true, maxSockets: 50, socketPath } as AgentOptions);
}
