import { csrfSync } from 'csrf-sync';
import type { Request } from 'express';

/** The header a client sends the token in (obtain it from GET /api/auth/csrf). */
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Synchroniser-token CSRF protection: the token lives in the server-side session and must come
 * back in the X-CSRF-Token header of every state-changing request made with a session.
 */
export const csrf = csrfSync({
  getTokenFromRequest: (req: Request) => {
    const value = req.headers[CSRF_HEADER];
    return Array.isArray(value) ? value[0] : value;
  },
});

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function needsCsrfCheck(req: Request): boolean {
  return !SAFE_METHODS.has(req.method.toUpperCase());
}
