import { Logger } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error.js';
import { sendError } from './error-response.js';

/**
 * A part the API depends on is down (PostgreSQL restarting, S3 unreachable): the request failed
 * through no fault of its own and the same request will work later, so it is a 503 that says so,
 * never a 500 or a hang. The one place that recognises such errors, for Nest handlers and for the
 * Express middleware that runs before them (sessions).
 */
export type Outage = 'database' | 'storage';

/** The refusal that says so. */
export const outageError = (outage: Outage) =>
  new DomainError(outage === 'database' ? 'DATABASE_UNAVAILABLE' : 'STORAGE_UNAVAILABLE');

/** Seconds a client should wait before retrying. */
const RETRY_AFTER = '5';

/** Network failures, whoever the peer. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
]);

/**
 * SQLSTATEs of a server that is going away or not accepting work: class 08 (connection exception),
 * 57P01–57P03 (shutdown, crash, not yet accepting connections), 53300 (too many connections).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;

/** What node-postgres says when the socket closes or a connection cannot be had in time. */
const PG_CONNECTION_MESSAGE =
  /Connection terminated|Connection ended|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error/i;

export function outageOf(error: unknown): Outage | null {
  // Not `instanceof Error`: errors raised by Node's sockets may come from another realm.
  if (typeof error !== 'object' || error === null) return null;
  // Every error from the AWS SDK carries $metadata: S3 itself or the network to it.
  if ('$metadata' in error) {
    const status = (error.$metadata as { httpStatusCode?: number }).httpStatusCode;
    return status === undefined || status >= 500 ? 'storage' : null;
  }
  const cause = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || NETWORK_CODES.has(code))) {
    return 'database';
  }
  const message = (cause as { message?: unknown }).message;
  return typeof message === 'string' && PG_CONNECTION_MESSAGE.test(message) ? 'database' : null;
}

const logger = new Logger('Outage');

export function sendOutage(req: Request, res: Response, outage: Outage, error: Error): void {
  logger.warn(`${outage} unavailable: ${error.message}`);
  if (res.headersSent) {
    // Part of a file was already sent: cut the connection so the client sees it is incomplete.
    res.destroy();
    return;
  }
  res.setHeader('Retry-After', RETRY_AFTER);
  sendError(req, res, outageError(outage));
}

/** Wraps an Express middleware (the session store reads PostgreSQL) so that its outages are 503s too. */
export function outageAware(middleware: RequestHandler): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) =>
    middleware(req, res, (error?: unknown) => {
      const outage = error ? outageOf(error) : null;
      if (outage) sendOutage(req, res, outage, error as Error);
      else next(error);
    });
}
