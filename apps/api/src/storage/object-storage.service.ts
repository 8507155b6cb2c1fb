import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  NoSuchKey,
  NotFound,
  type S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { SERVICE_ENDPOINTS, type ServiceEndpoints } from '../embedded/service-endpoints.js';
import { createS3Client } from './s3-client.js';

export interface StoredObject {
  key: string;
  size: number;
  /** When the object was written, as the server reports it in listings. */
  lastModified?: Date;
}

/** A multipart upload begun and neither completed nor aborted: its parts take space, unlisted. */
export interface OpenUpload {
  key: string;
  uploadId: string;
  initiated: Date | undefined;
}

export interface ObjectStream {
  body: Readable;
  contentLength: number;
  contentRange: string | undefined;
}

/** Part size of multipart uploads: bounds the memory one upload holds (S3 minimum is 5 MiB). */
const PART_SIZE = 8 * 1024 * 1024;

/**
 * Objects in one bucket of any S3-compatible server (AWS S3, MinIO, the embedded s3rver).
 * Bodies are streamed both ways; nothing is buffered whole.
 */
@Injectable()
export class ObjectStorage implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ObjectStorage.name);
  private readonly client: S3Client;
  /**
   * The health probe's own client (own sockets): behind a storm of uploads the main client's
   * sockets are all busy, and a probe queued behind them would call a slow S3 "down".
   */
  private readonly probe: S3Client;
  readonly bucket: string;
  private inProgress = 0;

  constructor(@Inject(SERVICE_ENDPOINTS) endpoints: ServiceEndpoints) {
    const { s3 } = endpoints;
    this.bucket = s3.bucket;
    this.client = createS3Client(s3);
    this.probe = createS3Client(s3, { maxAttempts: 1 });
  }

  /** Uploads begun by `put` and not yet settled (completed, or aborted on S3). */
  get uploadsInProgress(): number {
    return this.inProgress;
  }

  async onModuleInit(): Promise<void> {
    await this.ensureBucket();
  }

  onApplicationShutdown(): void {
    this.client.destroy();
    this.probe.destroy();
  }

  /** Creates the bucket when it does not exist yet (first start, fresh MinIO, embedded default). */
  async ensureBucket(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await this.client.send(new CreateBucketCommand({ Bucket: this.bucket }));
      this.logger.log(`Created bucket ${this.bucket}`);
    }
  }

  /** True when the bucket answers; used by the health check. */
  async isReachable(timeoutMs: number): Promise<boolean> {
    try {
      await this.probe.send(new HeadBucketCommand({ Bucket: this.bucket }), {
        abortSignal: AbortSignal.timeout(timeoutMs),
      });
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Streams `body` to `key` with a multipart upload. A body that fails (the client went away)
   * fails the upload, which then aborts the multipart upload on S3 before settling: no parts stay.
   * (`Upload.abort()` is not a way to stop it: it settles at once, and an uploader still waiting on
   * the body then never reaches the AbortMultipartUpload.)
   */
  async put(
    key: string,
    body: Readable | Buffer,
    options: { contentType?: string } = {},
  ): Promise<void> {
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: body, ContentType: options.contentType },
      partSize: PART_SIZE,
      queueSize: 2,
      leavePartsOnError: false,
    });
    this.inProgress++;
    try {
      await upload.done();
    } finally {
      this.inProgress--;
    }
  }

  /** Reads an object, whole or a byte range (`bytes=0-99`), as a stream. */
  async get(key: string, range?: string): Promise<ObjectStream> {
    const result = await this.client.send(
      new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: range }),
    );
    if (!(result.Body instanceof Readable)) {
      throw new Error(`Unexpected body type for object ${key}`);
    }
    return {
      body: result.Body,
      contentLength: result.ContentLength ?? 0,
      contentRange: result.ContentRange,
    };
  }

  /** Size of an object, or null when there is none under `key`. */
  async stat(key: string): Promise<StoredObject | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { key, size: head.ContentLength ?? 0 };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /** Every object whose key starts with `prefix`, following pagination. */
  async list(prefix = ''): Promise<StoredObject[]> {
    const objects: StoredObject[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const o of page.Contents ?? []) {
        if (o.Key) objects.push({ key: o.Key, size: o.Size ?? 0, lastModified: o.LastModified });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return objects;
  }

  /** Every multipart upload still open under `prefix`, following pagination. */
  async openUploads(prefix = ''): Promise<OpenUpload[]> {
    const uploads: OpenUpload[] = [];
    let keyMarker: string | undefined;
    let uploadIdMarker: string | undefined;
    do {
      const page = await this.client.send(
        new ListMultipartUploadsCommand({
          Bucket: this.bucket,
          Prefix: prefix,
          KeyMarker: keyMarker,
          UploadIdMarker: uploadIdMarker,
        }),
      );
      for (const u of page.Uploads ?? []) {
        if (u.Key && u.UploadId) {
          uploads.push({ key: u.Key, uploadId: u.UploadId, initiated: u.Initiated });
        }
      }
      keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
      uploadIdMarker = page.IsTruncated ? page.NextUploadIdMarker : undefined;
    } while (keyMarker);
    return uploads;
  }

  /** Drops an open multipart upload and its parts. */
  async abortUpload(upload: Pick<OpenUpload, 'key' | 'uploadId'>): Promise<void> {
    await this.client.send(
      new AbortMultipartUploadCommand({
        Bucket: this.bucket,
        Key: upload.key,
        UploadId: upload.uploadId,
      }),
    );
  }
}

function isNotFound(error: unknown): boolean {
  if (error instanceof NoSuchKey || error instanceof NotFound) return true;
  return error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404;
}
