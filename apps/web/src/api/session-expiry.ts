import type { Middleware } from 'openapi-fetch';

/** Routes whose 401 is an answer about credentials, not a session that ended. */
const NOT_EXPIRY = new Set(['/api/auth/login', '/api/auth/me', '/api/auth/invitations/accept']);

/**
 * Calls `onExpired` when the API answers 401 to a request made with a session (it expired, or the
 * account was deactivated), so the app can send the person back to the login page.
 */
export function sessionExpiryMiddleware(onExpired: () => void): Middleware {
  return {
    onResponse({ request, response }) {
      if (response.status === 401 && !NOT_EXPIRY.has(new URL(request.url).pathname)) onExpired();
      return undefined;
    },
  };
}
