import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { inputError } from './input-errors.js';
import { outageOf, sendOutage } from './outage.js';
import { TooManyRequests } from './too-many-requests.js';

/**
 * The one global filter (Nest runs a single catch-all): an outage of PostgreSQL or S3 answers 503
 * (outage.ts), bad input that got past validation its 4xx (input-errors.ts), a rate limit its
 * Retry-After header, everything else Nest's usual handling.
 */
@Catch()
export class ErrorsFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    const outage = outageOf(exception);
    if (outage && host.getType() === 'http') {
      sendOutage(host.switchToHttp().getResponse<Response>(), outage, exception as Error);
      return;
    }
    if (exception instanceof TooManyRequests && host.getType() === 'http') {
      host.switchToHttp().getResponse<Response>().setHeader('Retry-After', exception.retryAfter);
    }
    super.catch(inputError(exception) ?? exception, host);
  }
}
