import { HttpException, HttpStatus } from '@nestjs/common';

/** 429; the errors filter turns `retryAfter` (seconds) into the Retry-After header. */
export class TooManyRequests extends HttpException {
  constructor(
    readonly retryAfter: number,
    message: string,
  ) {
    super(
      { statusCode: 429, error: 'Too Many Requests', message, retryAfter },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
