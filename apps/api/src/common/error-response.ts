import { STATUS_CODES } from 'node:http';
import { errorText, localeFromAcceptLanguage } from '@dossier-sno/i18n';
import type { Request, Response } from 'express';
import type { DomainError } from './domain-error.js';
import { ERROR_STATUS } from './error-status.js';
import { inLocale } from './validation-errors.js';

/**
 * The one shape of every refusal: `{ statusCode, error, code, message, params, …details }`, the
 * message in the language `Accept-Language` asks for (French by default). Clients show their own
 * sentence for `code` and `params`; `message` serves whoever reads the raw answer.
 */
export function sendError(req: Request, res: Response, error: DomainError, status?: number): void {
  const statusCode = status ?? ERROR_STATUS[error.code];
  const locale = localeFromAcceptLanguage(req.headers['accept-language']);
  const fields = error.details.fields as Parameters<typeof inLocale>[1] | undefined;
  // Field sentences are written in the asked language too.
  const { params, details } = fields
    ? inLocale(locale, fields)
    : { params: error.params, details: error.details };
  // A route that streams a file or a CSV may have set its own headers before refusing.
  res.removeHeader('Content-Disposition');
  res
    .status(statusCode)
    .setHeader('Content-Type', 'application/json; charset=utf-8')
    .setHeader('Content-Language', locale)
    .json({
      statusCode,
      error: STATUS_CODES[statusCode] ?? 'Error',
      code: error.code,
      message: errorText(locale, error.code, params),
      params,
      ...details,
    });
}
