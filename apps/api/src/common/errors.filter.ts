import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from './domain-error.js';
import { sendError } from './error-response.js';
import { inputError } from './input-errors.js';
import { outageOf, sendOutage } from './outage.js';

const logger = new Logger('ExceptionsHandler');

/**
 * The one global filter: every refusal leaves as a `DomainError` with its code (error-response.ts).
 * An outage of PostgreSQL or S3 answers 503 (outage.ts), bad input that got past validation its
 * 4xx (input-errors.ts), Nest's own HTTP errors (unknown route, multer) a code of their own, and
 * anything else 500 INTERNAL_ERROR, logged.
 */
@Catch()
export class ErrorsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    const outage = outageOf(exception);
    if (outage) return sendOutage(req, res, outage, exception as Error);
    if (res.headersSent) {
      // Part of the answer (a file) already left: cut it, so the client sees it is incomplete.
      logger.error(exception);
      res.destroy();
      return;
    }
    const known = exception instanceof DomainError ? exception : inputError(exception);
    if (known) {
      if (typeof known.details.retryAfter === 'number') {
        res.setHeader('Retry-After', String(known.details.retryAfter));
      }
      return sendError(req, res, known);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 404) {
        return sendError(req, res, new DomainError('ROUTE_NOT_FOUND', routeOf(req)));
      }
      if (status === 413) return sendError(req, res, new DomainError('FILE_TOO_LARGE'));
      if (status < 500)
        return sendError(req, res, new DomainError('HTTP_ERROR', { status }), status);
    }
    logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : exception);
    sendError(req, res, new DomainError('INTERNAL_ERROR'));
  }
}

function routeOf(req: Request) {
  return { method: req.method, path: req.originalUrl.split('?')[0] ?? '' };
}
