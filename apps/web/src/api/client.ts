import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/**
 * The one client of the API: typed from the OpenAPI document (`schema.d.ts`, generated), same
 * origin, session cookie included. Every call the app makes goes through it.
 */
export const api = createClient<paths>({
  // Same origin: an absolute base keeps `Request` happy outside browsers (tests).
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'include',
  // Looked up on each call, so tests (and polyfills) can replace `fetch` after import.
  fetch: (request) => globalThis.fetch(request),
});

/** Asks the API to answer in the interface language (its messages, `Content-Language`). */
export function acceptLanguage(locale: () => string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set('Accept-Language', locale());
      return request;
    },
  };
}
