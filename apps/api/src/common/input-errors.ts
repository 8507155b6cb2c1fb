import type { ErrorCode } from '@dossier-sno/i18n';
import { HttpException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { EntityNotFoundError, QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error.js';

/**
 * Bad input that gets past validation and reaches PostgreSQL or the body parser must answer 4xx
 * with a message saying what to fix, never 500. The DTOs stay the first line (they name the field);
 * this is the net under them, for every route at once (issue 7, test/fuzz.int-spec.ts).
 */

/** PostgreSQL SQLSTATEs caused by the value sent, not by the server. */
const POSTGRES_BAD_INPUT: Record<string, ErrorCode> = {
  '22P02': 'INVALID_VALUE_FORMAT',
  '22007': 'INVALID_DATE_TIME',
  '22008': 'DATE_OUT_OF_RANGE',
  '22003': 'NUMBER_OUT_OF_RANGE',
  '22001': 'TEXT_TOO_LONG',
  '22021': 'FORBIDDEN_CHARACTER',
  '54000': 'VALUE_TOO_LONG',
};

/** Errors of the JSON body parser (body-parser `type`). */
const BODY_PARSER: Record<string, ErrorCode> = {
  'entity.parse.failed': 'MALFORMED_JSON',
  'entity.too.large': 'BODY_TOO_LARGE',
  'charset.unsupported': 'UNSUPPORTED_CHARSET',
  'encoding.unsupported': 'UNSUPPORTED_ENCODING',
  'request.aborted': 'REQUEST_ABORTED',
  'request.size.invalid': 'BODY_SIZE_MISMATCH',
};

/**
 * The refusal `error` stands for, or undefined when it is not bad input. Nest wraps body-parser
 * errors and undecodable path parameters in an HttpException whose `cause` is the original.
 */
export function inputError(error: unknown): DomainError | undefined {
  if (error instanceof HttpException) {
    const cause = error.cause;
    if (cause instanceof URIError) return new DomainError('MALFORMED_URL');
    const type = (cause as { type?: unknown } | null | undefined)?.type;
    const code = typeof type === 'string' ? BODY_PARSER[type] : undefined;
    return code ? new DomainError(code) : undefined;
  }
  // A row access was granted on, deleted before it was read (`findOneByOrFail` after requireAccess).
  if (error instanceof EntityNotFoundError) return new DomainError('NOT_FOUND');
  if (error instanceof QueryFailedError) {
    const sqlState = (error.driverError as { code?: unknown } | undefined)?.code;
    const code = typeof sqlState === 'string' ? POSTGRES_BAD_INPUT[sqlState] : undefined;
    return code ? new DomainError(code) : undefined;
  }
  return undefined;
}

/** Deepest nesting of objects and arrays a JSON body may have (the API's own bodies use 3). */
export const MAX_JSON_DEPTH = 32;

/** A UTF-16 surrogate without its pair: JSON can carry one ("\ud800"), UTF-8 and PostgreSQL cannot. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * Middleware after the JSON parser: a body nested deeper than MAX_JSON_DEPTH (class-transformer
 * recurses, and overflowed the stack on 50 000 levels) or holding a lone surrogate in any string or
 * key (the database cannot store it) answers 400 before any route sees it.
 */
export function rejectUnusableJson(req: Request, _res: Response, next: NextFunction): void {
  if (nestedDeeperThan(req.body, MAX_JSON_DEPTH)) {
    return next(new DomainError('BODY_TOO_DEEP', { max: MAX_JSON_DEPTH }));
  }
  const path = loneSurrogatePath(req.body);
  next(
    path === undefined ? undefined : new DomainError('LONE_SURROGATE', { field: path || 'body' }),
  );
}

/** True when `value` nests objects or arrays more than `max` levels (recursion stops there). */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (max === 0) return true;
  return Object.values(value).some((child) => nestedDeeperThan(child, max - 1));
}

/** Where (`tutor.email`, `items[2].comment`) the first lone surrogate of `value` is, if any. */
export function loneSurrogatePath(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const at = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (LONE_SURROGATE.test(key)) return at;
    const found = loneSurrogatePath(child, at);
    if (found !== undefined) return found;
  }
  return undefined;
}
