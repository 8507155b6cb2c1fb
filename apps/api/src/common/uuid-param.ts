import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from './domain-error.js';

/** The pipe of every `:id`-like path parameter: a UUID, or INVALID_ID. */
export const uuid = new ParseUUIDPipe({ exceptionFactory: () => new DomainError('INVALID_ID') });
