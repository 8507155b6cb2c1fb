import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** The part of s3rver's Koa context these handlers use. */
export interface S3rverContext {
  method: string;
  path: string;
  query: Record<string, string | string[] | undefined>;
  req: IncomingMessage;
  status: number;
  body: unknown;
  etag: string;
  store: {
    getBucket(name: string): Promise<unknown>;
    getResourcePath(bucket: string, key: string | undefined, resource: string): string;
  };
}

type Next = () => Promise<unknown>;

/** s3rver names its upload ids with 16 random bytes in hex; anything else never reaches a path. */
const UPLOAD_ID = /^[0-9a-f]{32}$/;
/** S3's bucket names: nothing else may become a path under s3rver's directory. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const XMLNS = { xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/' };

/**
 * What s3rver 3.7.1 lacks for multipart uploads, on its own on-disk layout
 * (`<bucket>/._S3rver_uploads/<uploadId>/{key,metadata,<part>,<part>.md5}`):
 * AbortMultipartUpload and ListMultipartUploads are not implemented, and its UploadPart never
 * settles when the client goes away (the request's error is not piped on), keeping the part file
 * open forever. So the API aborts and lists uploads the same way on the embedded server as on
 * MinIO or S3. Runs after s3rver's path-style parsing, before its router.
 */
export async function multipartExtras(ctx: S3rverContext, next: Next): Promise<unknown> {
  const [bucket, ...keyParts] = ctx.path.slice(1).split('/').map(decodeURIComponent);
  const key = keyParts.join('/');
  const uploadId = typeof ctx.query.uploadId === 'string' ? ctx.query.uploadId : undefined;
  if (!bucket) return next();
  if (!BUCKET.test(bucket) || bucket.includes('..')) return s3Error(ctx, 400, 'InvalidBucketName');
  if (ctx.method === 'GET' && !key && 'uploads' in ctx.query) {
    if (!(await ctx.store.getBucket(bucket))) return s3Error(ctx, 404, 'NoSuchBucket');
    return listUploads(ctx, bucket);
  }
  if (!key || uploadId === undefined) return next();
  if (ctx.method !== 'DELETE' && ctx.method !== 'PUT') return next();
  const dir = UPLOAD_ID.test(uploadId) ? uploadDir(ctx, bucket, uploadId) : null;
  const storedKey = dir ? await readFile(join(dir, 'key'), 'utf8').catch(() => null) : null;
  if (!dir || storedKey !== key) return s3Error(ctx, 404, 'NoSuchUpload');
  if (ctx.method === 'DELETE') {
    await rm(dir, { recursive: true, force: true });
    ctx.status = 204;
    ctx.body = '';
    return;
  }
  return uploadPart(ctx, dir);
}

/**
 * s3rver's browser-form upload (POST to a bucket) parses the body with busboy 0.3, whose dicer
 * throws outside any handler on a malformed body and takes the whole process down. The API never
 * uses it.
 */
export async function refuseFormUploads(ctx: S3rverContext, next: Next): Promise<unknown> {
  const bucketLevel = ctx.path.split('/').filter(Boolean).length <= 1;
  if (ctx.method === 'POST' && bucketLevel && !('delete' in ctx.query)) {
    return s3Error(ctx, 405, 'MethodNotAllowed');
  }
  return next();
}

function uploadDir(ctx: S3rverContext, bucket: string, uploadId: string): string {
  return join(ctx.store.getResourcePath(bucket, undefined, 'uploads'), uploadId);
}

async function listUploads(ctx: S3rverContext, bucket: string): Promise<void> {
  const root = ctx.store.getResourcePath(bucket, undefined, 'uploads');
  const prefix = typeof ctx.query.prefix === 'string' ? ctx.query.prefix : '';
  const ids = await readdir(root).catch(() => [] as string[]);
  const uploads: { Key: string; UploadId: string; Initiated: string; StorageClass: string }[] = [];
  for (const id of ids.filter((name) => UPLOAD_ID.test(name))) {
    const keyFile = join(root, id, 'key');
    // An upload completed or aborted meanwhile has no key file any more.
    const found = await Promise.all([readFile(keyFile, 'utf8'), stat(keyFile)]).catch(() => null);
    if (!found || !found[0].startsWith(prefix)) continue;
    uploads.push({
      Key: found[0],
      UploadId: id,
      Initiated: found[1].mtime.toISOString(),
      StorageClass: 'STANDARD',
    });
  }
  uploads.sort((a, b) => a.Key.localeCompare(b.Key) || a.UploadId.localeCompare(b.UploadId));
  ctx.body = {
    ListMultipartUploadsResult: {
      '@': XMLNS,
      Bucket: bucket,
      Prefix: prefix,
      MaxUploads: 10000,
      IsTruncated: false,
      Upload: uploads,
    },
  };
}

/** s3rver's own part layout, written with a pipeline so a client that goes away settles it. */
async function uploadPart(ctx: S3rverContext, dir: string): Promise<void> {
  const partNumber = Number(ctx.query.partNumber);
  if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > 10000) {
    return s3Error(ctx, 400, 'InvalidArgument');
  }
  const path = join(dir, String(partNumber));
  const md5 = createHash('md5');
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      md5.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(ctx.req, hashing, createWriteStream(path));
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  const digest = md5.digest('hex');
  await writeFile(`${path}.md5`, digest);
  ctx.etag = digest;
  ctx.status = 200;
  ctx.body = '';
}

function s3Error(ctx: S3rverContext, status: number, code: string): void {
  ctx.status = status;
  ctx.body = { Error: { Code: code, Message: code } };
}
