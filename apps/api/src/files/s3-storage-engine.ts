import { createHash, randomUUID } from 'node:crypto';
import { PassThrough, type Readable } from 'node:stream';
import type { Request } from 'express';
import type { StorageEngine } from 'multer';
import { DomainError } from '../common/domain-error.js';
import { ScanAborted } from '../scanning/clamd-client.js';
import type { UploadScanner } from '../scanning/upload-scanner.js';
import type { ObjectStorage } from '../storage/object-storage.service.js';
import { safeFileName } from './file-names.js';
import { isAllowed, SNIFF_BYTES, sniffMediaType } from './media-types.js';

/** Buffer between the request and S3 (busboy's default, 16 KiB, means many tiny chunks). */
export const STREAM_BUFFER = 1024 * 1024;

/** What the engine reports for a stored file (multer merges it into `req.file`). */
export interface StoredUpload {
  storageKey: string;
  size: number;
  sha256: string;
  mediaType: string;
}

/**
 * A multer storage engine that streams each file to S3 as it arrives: the first bytes are held
 * just long enough to recognise the type (refused types never reach S3), then everything flows
 * through a SHA-256 and a byte counter into a multipart upload. Memory stays bounded by the S3
 * part size; nothing touches the disk. Any failure aborts the upload and deletes what was written.
 * When virus scanning is on (UploadScanner), the same bytes stream to clamd in parallel and the
 * file is kept only if clamd calls it clean: infected → 422, scanner failing → 503.
 */
export class S3StorageEngine implements StorageEngine {
  constructor(
    private readonly storage: ObjectStorage,
    private readonly prefix: string,
    private readonly scanner: UploadScanner | null = null,
  ) {}

  _handleFile(
    req: Request,
    file: Express.Multer.File,
    callback: (error?: unknown, info?: Partial<Express.Multer.File> & StoredUpload) => void,
  ): void {
    this.store(req, file.stream, file.originalname).then(
      (stored) => callback(null, stored),
      (error: unknown) => callback(error),
    );
  }

  _removeFile(
    _req: Request,
    file: Express.Multer.File & Partial<StoredUpload>,
    callback: (error: Error | null) => void,
  ): void {
    if (!file.storageKey) return callback(null);
    this.storage.delete(file.storageKey).then(
      () => callback(null),
      (error: Error) => callback(error),
    );
  }

  private async store(req: Request, source: Readable, originalName: string): Promise<StoredUpload> {
    // Busboy marks a file cut at the size limit with 'limit': it must fail, not end early.
    let tooLarge = false;
    let sniffed = false;
    // Large buffers: fewer, bigger chunks between the request, the hash and the S3 parts.
    const body = new PassThrough({ highWaterMark: STREAM_BUFFER });
    source.once('limit', () => {
      tooLarge = true;
      // Once S3 is being written, fail that side and not the request's file stream: multer then
      // waits for this upload to settle (its multipart upload aborted) before answering 413.
      if (sniffed) body.destroy(tooLargeError());
      else source.destroy(tooLargeError());
    });

    const { head, ended } = await readHead(source, SNIFF_BYTES);
    sniffed = true;
    const mediaType = await sniffMediaType(head, originalName);
    if (!isAllowed(mediaType)) {
      source.resume(); // let the rest of the request drain; the error answers it
      throw new DomainError('FILE_TYPE_REFUSED', { mediaType }, { mediaType });
    }

    const storageKey = `${this.prefix}${randomUUID()}`;
    const hash = createHash('sha256').update(head);
    let size = head.length;
    // With scanning on, the bytes are teed: each chunk goes to S3 and to clamd at once, and the
    // request is paused while either is behind. So memory stays bounded (one buffer per side)
    // and the scan adds no wait beyond clamd's verdict on the last chunk; the object written
    // meanwhile is deleted if the verdict is not "clean". Buffering the file to scan it first
    // would hold up to MAX_UPLOAD_BYTES in memory or on disk.
    const scan = this.scanner?.start(STREAM_BUFFER) ?? null;
    const sinks = scan ? [body, scan.input] : [body];
    const write = (chunk: Buffer) => {
      let full = false;
      for (const sink of sinks) full = !sink.write(chunk) || full;
      if (full) source.pause();
    };
    const resumeWhenDrained = () => {
      if (sinks.every((sink) => !sink.writableNeedDrain)) source.resume();
    };
    write(head);
    source.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      size += chunk.length;
      write(chunk);
    });
    for (const sink of sinks) sink.on('drain', resumeWhenDrained);
    source.once('error', (error) => {
      body.destroy(error);
      scan?.abort();
    });
    const endAll = () => sinks.forEach((sink) => sink.end());
    if (ended) endAll();
    else {
      source.once('end', endAll);
      if (sinks.every((sink) => !sink.writableNeedDrain)) source.resume();
    }

    // A scan that fails (clamd unreachable) stops the S3 upload at once; an S3 upload that fails
    // stops the scan. Either way both settle.
    let scanFailed = false;
    scan?.verdict.catch((error: unknown) => {
      if (error instanceof ScanAborted) return;
      scanFailed = true;
      body.destroy(error as Error);
    });
    const put = this.storage.put(storageKey, body, { contentType: mediaType });
    put.catch(() => scan?.abort());
    const [stored, verdict] = await Promise.allSettled([
      put,
      scan ? scan.verdict : Promise.resolve({ infected: false as const }),
    ]);

    const clean = verdict.status === 'fulfilled' && !verdict.value.infected;
    if (stored.status === 'rejected' || !clean || tooLarge) {
      await this.storage.delete(storageKey).catch(() => undefined);
    }
    if (tooLarge) throw tooLargeError();
    if (stored.status === 'rejected' && isClientGone(stored.reason)) throw stored.reason;
    if (scanFailed && verdict.status === 'rejected')
      throw this.scanner!.unavailable(verdict.reason);
    if (stored.status === 'rejected') {
      if (stored.reason instanceof DomainError) throw stored.reason;
      throw new DomainError('STORAGE_UNAVAILABLE');
    }
    // Fail closed: a file that was not scanned to the end is not kept.
    if (verdict.status === 'rejected') throw this.scanner!.unavailable(verdict.reason);
    if (verdict.status === 'fulfilled' && verdict.value.infected) {
      throw await this.scanner!.infected(
        req,
        safeFileName(originalName),
        verdict.value.signature,
        size,
      );
    }
    return { storageKey, size, sha256: hash.digest('hex'), mediaType };
  }
}

function tooLargeError() {
  return new DomainError('FILE_TOO_LARGE');
}

function isClientGone(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /Unexpected end of form|aborted|ECONNRESET|premature close/i.test(message);
}

/** Reads the first `max` bytes (fewer if the stream ends), leaving the stream paused after them. */
function readHead(source: Readable, max: number): Promise<{ head: Buffer; ended: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let ended = false;
    const done = (error?: Error) => {
      source.off('data', onData);
      source.off('end', onEnd);
      source.off('error', onError);
      if (error) return reject(error);
      const all = Buffer.concat(chunks);
      if (all.length > max) source.unshift(all.subarray(max));
      resolve({ head: all.subarray(0, max), ended });
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= max) {
        source.pause();
        done();
      }
    };
    const onEnd = () => {
      ended = true;
      done();
    };
    const onError = (error: Error) => done(error);
    source.on('data', onData);
    source.once('end', onEnd);
    source.once('error', onError);
  });
}
