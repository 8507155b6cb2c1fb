import type { ErrorParams, FieldError } from '@dossier-sno/i18n';

/**
 * What the API says when it refuses: `{ statusCode, code, message, params, … }` (the code and
 * its parameters are the contract; `message` is the API's own sentence, in the language asked),
 * plus `fields` for a validation refusal (INVALID_INPUT).
 */
export interface ApiFailure {
  status: number;
  /** The error code (`ErrorCode`), when the API gave one. */
  code?: string;
  params?: ErrorParams;
  /** The API's sentence, for a code this version of the app does not know. */
  message?: string;
  /** The fields to correct, for INVALID_INPUT. */
  fields?: FieldError[];
  /** Seconds to wait, from `Retry-After` (429). */
  retryAfter?: number;
  /** The rest of the body (e.g. the per-line `errors` of a CSV import). */
  body?: Record<string, unknown>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An `ApiFailure` from an openapi-fetch `{ error, response }` pair. */
export function apiFailure(response: Response, body: unknown): ApiFailure {
  const retry = Number(response.headers.get('Retry-After'));
  const answer = isObject(body) ? body : {};
  return {
    status: response.status,
    ...(typeof answer.code === 'string' ? { code: answer.code } : {}),
    ...(isObject(answer.params) ? { params: answer.params as ErrorParams } : {}),
    ...(typeof answer.message === 'string' ? { message: answer.message } : {}),
    ...(Array.isArray(answer.fields) ? { fields: answer.fields as FieldError[] } : {}),
    ...(Number.isFinite(retry) && retry > 0 ? { retryAfter: retry } : {}),
    ...(isObject(body) ? { body } : {}),
  };
}

/** The failure used when the server does not answer at all. */
export const networkFailure: ApiFailure = { status: 0 };
