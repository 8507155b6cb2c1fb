import { DomainError } from './domain-error.js';
import type { NextFunction, Request, Response } from 'express';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Upload routes take files; every other body must be JSON. */
const MULTIPART_ROUTES = [
  /^\/api\/traces\/[^/]+\/files\/?$/,
  /^\/api\/pfmp\/[^/]+\/proof\/?$/,
  /^\/api\/cohorts\/[^/]+\/candidates\/import\/?$/,
];

/** Routes used before a session exists: the CSRF token cannot protect them (login CSRF). */
const PRE_SESSION_ROUTES = new Set([
  '/api/auth/login',
  '/api/auth/password-reset',
  '/api/auth/password-reset/confirm',
  '/api/auth/invitations/accept',
]);

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function mediaType(req: Request): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * A form on a foreign site can post urlencoded or multipart bodies without a CORS preflight, but
 * not JSON: requiring JSON bodies, and a same-origin Origin / Sec-Fetch-Site on the routes that
 * run before a session exists, closes login CSRF (docs/decisions.md).
 */
export function requestOriginGuard(publicUrl: string | undefined) {
  const publicOrigin = publicUrl ? new URL(publicUrl).origin : null;
  return (req: Request, _res: Response, next: NextFunction): void => {
    const method = req.method.toUpperCase();
    if (!STATE_CHANGING.has(method)) return next();
    const path = req.path.replace(/\/+$/, '');
    if (hasBody(req)) {
      const type = mediaType(req);
      const multipart = method === 'POST' && MULTIPART_ROUTES.some((r) => r.test(path));
      if (multipart && type !== 'multipart/form-data') {
        return next(new DomainError('MULTIPART_EXPECTED'));
      }
      if (!multipart && type !== 'application/json') {
        return next(new DomainError('JSON_EXPECTED'));
      }
    }
    if (method === 'POST' && PRE_SESSION_ROUTES.has(path)) {
      const site = req.headers['sec-fetch-site'];
      const origin = req.headers.origin;
      const own = publicOrigin ?? `${req.protocol}://${req.get('host') ?? ''}`;
      if (
        site === 'cross-site' ||
        site === 'same-site' ||
        (origin !== undefined && origin !== own)
      ) {
        return next(new DomainError('CROSS_ORIGIN'));
      }
    }
    next();
  };
}
