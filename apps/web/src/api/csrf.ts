import type { Middleware } from 'openapi-fetch';

/** The header that carries the session's CSRF token (read from login responses, sent back). */
export const CSRF_HEADER = 'X-CSRF-Token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Adds `X-CSRF-Token` to every state-changing request (POST, PUT, PATCH, DELETE) when a token is
 * known; safe requests go out unchanged.
 */
export function csrfMiddleware(token: () => string | null): Middleware {
  return {
    onRequest({ request }) {
      if (SAFE_METHODS.has(request.method.toUpperCase())) return undefined;
      const value = token();
      if (value) request.headers.set(CSRF_HEADER, value);
      return request;
    },
  };
}
