import { pipeline } from 'node:stream/promises';
import { create as contentDisposition } from 'content-disposition';
import type { Request, Response } from 'express';
import type { ObjectStream } from '../storage/object-storage.service.js';
import { isInlineSafe } from './media-types.js';
import { DomainError } from '../common/domain-error.js';
import { sendError } from '../common/error-response.js';

export interface StoredObjectInfo {
  name: string;
  size: number;
  mediaType: string;
}

/**
 * Sends a stored file: as a download (RFC 5987 `filename*`), or inline only for the safe media types
 * and only when asked; `nosniff`, a sandboxing CSP, Content-Length and byte ranges (206/416).
 * `open` fetches the bytes (whole or `bytes=a-b`) once access has been decided by the caller.
 */
export async function sendObject(
  req: Request,
  res: Response,
  file: StoredObjectInfo,
  wantInline: boolean,
  open: (range: string | undefined) => Promise<ObjectStream>,
): Promise<void> {
  const ranges = req.headers.range ? req.range(file.size, { combine: true }) : undefined;
  if (ranges === -1) {
    res.setHeader('Content-Range', `bytes */${file.size}`);
    sendError(req, res, new DomainError('RANGE_NOT_SATISFIABLE', { size: file.size }));
    return;
  }
  const range = Array.isArray(ranges) && ranges.length === 1 ? ranges[0] : undefined;
  const stream = await open(range ? `bytes=${range.start}-${range.end}` : undefined);
  const inline = wantInline && isInlineSafe(file.mediaType);
  res.status(range ? 206 : 200);
  res.setHeader('Content-Type', inline ? file.mediaType : downloadType(file.mediaType));
  res.setHeader('Content-Length', String(stream.contentLength));
  res.setHeader('Accept-Ranges', 'bytes');
  if (range) res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${file.size}`);
  res.setHeader(
    'Content-Disposition',
    contentDisposition(file.name, { type: inline ? 'inline' : 'attachment' }),
  );
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; img-src 'self'; media-src 'self'; sandbox",
  );
  res.setHeader('Cache-Control', 'private, no-store');
  await pipeline(stream.body, res).catch(() => undefined);
}

/** Types a browser could execute or render are sent as opaque bytes when downloaded. */
function downloadType(mediaType: string): string {
  return mediaType === 'text/html' || mediaType === 'image/svg+xml'
    ? 'application/octet-stream'
    : mediaType;
}
