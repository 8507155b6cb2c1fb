import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import {
  inputError,
  loneSurrogatePath,
  MAX_JSON_DEPTH,
  nestedDeeperThan,
  rejectUnusableJson,
} from './input-errors.js';
import type { DomainError } from './domain-error.js';
import { ERROR_STATUS } from './error-status.js';

const postgres = (code: string) =>
  new QueryFailedError('INSERT …', [], Object.assign(new Error('pg'), { code }));
/** A body-parser error as Nest hands it to filters: wrapped, the original as `cause`. */
const bodyParser = (type: string, status: number) =>
  new HttpException('Unexpected end of JSON input', status, {
    cause: Object.assign(new Error('body-parser'), { type, status, expose: true }),
  });
const messageOf = (e: DomainError | undefined) => e?.message ?? '';
const statusOf = (e: DomainError | undefined) => (e ? ERROR_STATUS[e.code] : undefined);

describe('inputError', () => {
  it.each([
    ['22P02', /UUID/],
    ['22007', /Date ou heure invalide/],
    ['22008', /Date hors limites/],
    ['22003', /Nombre hors limites/],
    ['22001', /Texte trop long/],
    ['22021', /U\+0000/],
    ['54000', /trop longue/],
  ])('answers PostgreSQL %s with a 400 saying what to fix', (code, message) => {
    const error = inputError(postgres(code));
    expect(statusOf(error)).toBe(400);
    expect(messageOf(error)).toMatch(message);
  });

  it.each([
    ['entity.parse.failed', 400, 400, /JSON valide/],
    ['entity.too.large', 413, 413, /1 Mo/],
    ['charset.unsupported', 415, 415, /UTF-8/],
    ['encoding.unsupported', 415, 415, /Content-Encoding/],
    ['request.aborted', 400, 400, /interrompue/],
  ])('answers body-parser %s in French', (type, status, expected, message) => {
    const error = inputError(bodyParser(type, status));
    expect(statusOf(error)).toBe(expected);
    expect(messageOf(error)).toMatch(message);
  });

  it('answers an undecodable path parameter in French', () => {
    const error = inputError(
      new BadRequestException("Failed to decode param '%FF'", {
        cause: new URIError('URI malformed'),
      }),
    );
    expect(statusOf(error)).toBe(400);
    expect(messageOf(error)).toMatch(/Adresse mal encodée/);
  });

  it('leaves everything else to Nest: HTTP exceptions, other SQL errors, programming errors', () => {
    expect(inputError(new NotFoundException())).toBeUndefined();
    expect(inputError(postgres('23505'))).toBeUndefined(); // a unique violation is the service's to answer
    expect(inputError(postgres('08006'))).toBeUndefined(); // connection failure: not bad input
    expect(inputError(new TypeError('x is undefined'))).toBeUndefined();
    expect(inputError(null)).toBeUndefined();
  });
});

describe('JSON depth', () => {
  const nest = (depth: number): unknown => (depth === 0 ? 1 : { a: nest(depth - 1) });

  it('counts objects and arrays, not scalars', () => {
    expect(nestedDeeperThan(nest(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
    expect(nestedDeeperThan(nest(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
    expect(nestedDeeperThan([[['x']]], 3)).toBe(false);
    expect(nestedDeeperThan([[[[]]]], 3)).toBe(true);
    expect(nestedDeeperThan('text', 0)).toBe(false);
  });

  it('answers 400 to a body nested 50 000 levels, without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(50_000)}${']'.repeat(50_000)}`) as unknown;
    const passed: unknown[] = [];
    const next = (error?: unknown) => void passed.push(error);
    rejectUnusableJson({ body: deep } as never, {} as never, next);
    expect((passed[0] as DomainError).code).toBe('BODY_TOO_DEEP');
    rejectUnusableJson(
      { body: { title: 'ok', items: [{ traceId: 'x' }] } } as never,
      {} as never,
      next,
    );
    expect(passed[1]).toBeUndefined();
  });
});

describe('lone surrogates', () => {
  it('finds one in any string or key and says where, never in a whole pair', () => {
    expect(loneSurrogatePath({ tutor: { email: 'a\ud800@b.fr' } })).toBe('tutor.email');
    expect(loneSurrogatePath({ items: [{ comment: 'ok' }, { comment: '\udfff' }] })).toBe(
      'items[1].comment',
    );
    expect(loneSurrogatePath({ ['k\ud800']: 1 })).toBe('k\ud800');
    expect(loneSurrogatePath('\ud800')).toBe('');
    expect(loneSurrogatePath({ title: 'Émoji 😀 et \uFFFE' })).toBeUndefined();
  });

  it('answers 400 naming the field', () => {
    const passed: unknown[] = [];
    rejectUnusableJson(
      { body: { email: '\ud800' } } as never,
      {} as never,
      (e?: unknown) => void passed.push(e),
    );
    expect((passed[0] as DomainError).code).toBe('LONE_SURROGATE');
    expect((passed[0] as DomainError).message).toMatch(/^email : caractère invalide/);
  });
});
