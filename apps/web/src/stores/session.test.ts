import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { adminUser, sessionApi } from '../test/session-fixtures';
import { stubFetch } from '../test/support';
import { useSessionStore } from './session';

describe('session store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('login stores the user and the CSRF token of the response header', async () => {
    const fetch = stubFetch(
      sessionApi(null, (request) =>
        new URL(request.url).pathname === '/api/auth/login'
          ? new Response(JSON.stringify(adminUser), {
              status: 200,
              headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': 'csrf-from-login' },
            })
          : null,
      ),
    );
    const session = useSessionStore();

    const outcome = await session.login('admin@demo.dossier-sno.fr', 'demo-dossier-sno');

    expect(outcome).toEqual({ ok: true });
    expect(session.user).toEqual(adminUser);
    expect(session.authenticated).toBe(true);
    expect(session.hasRole('admin')).toBe(true);
    expect(session.hasRole('candidate')).toBe(false);
    expect(session.csrfToken).toBe('csrf-from-login');
    const request = fetch.mock.calls[0]![0];
    expect(request.method).toBe('POST');
    expect(new URL(request.url).pathname).toBe('/api/auth/login');
    expect(await request.json()).toEqual({
      email: 'admin@demo.dossier-sno.fr',
      password: 'demo-dossier-sno',
    });
  });

  it("login reports the refusal's code and Retry-After on 429, and stays anonymous", async () => {
    stubFetch(
      () =>
        new Response(
          JSON.stringify({
            statusCode: 429,
            code: 'TOO_MANY_LOGIN_FAILURES',
            params: { count: 1 },
            message: 'Trop d’échecs de connexion : réessayez dans 1 minute.',
          }),
          { status: 429, headers: { 'Content-Type': 'application/json', 'Retry-After': '60' } },
        ),
    );
    const session = useSessionStore();

    const outcome = await session.login('a@b.fr', 'wrong-password');

    expect(outcome).toMatchObject({
      ok: false,
      failure: {
        status: 429,
        code: 'TOO_MANY_LOGIN_FAILURES',
        params: { count: 1 },
        retryAfter: 60,
      },
    });
    expect(session.user).toBeNull();
    expect(session.csrfToken).toBeNull();
  });

  it('logout posts /api/auth/logout with the token and clears the session', async () => {
    const fetch = stubFetch(
      sessionApi(adminUser, (request) =>
        new URL(request.url).pathname === '/api/auth/logout'
          ? new Response(null, { status: 204 })
          : null,
      ),
    );
    const session = useSessionStore();
    await session.init();
    expect(session.user).toEqual(adminUser);
    expect(session.csrfToken).toBe('csrf-from-get');

    await session.logout();

    const logout = fetch.mock.calls.at(-1)![0];
    expect(new URL(logout.url).pathname).toBe('/api/auth/logout');
    expect(logout.headers.get('X-CSRF-Token')).toBe('csrf-from-get');
    expect(session.user).toBeNull();
    expect(session.csrfToken).toBeNull();
    expect(session.authenticated).toBe(false);
  });

  it('is anonymous when GET /api/auth/me answers 401, and asks only once', async () => {
    const fetch = stubFetch(sessionApi(null));
    const session = useSessionStore();

    await Promise.all([session.init(), session.init()]);
    await session.init();

    expect(fetch).toHaveBeenCalledTimes(1);
    expect(session.status).toBe('ready');
    expect(session.user).toBeNull();
    expect(session.csrfToken).toBeNull();
  });

  it('is anonymous when the server does not answer', async () => {
    stubFetch(() => Promise.reject(new TypeError('fetch failed')));
    const session = useSessionStore();

    await session.init();

    expect(session.status).toBe('ready');
    expect(session.user).toBeNull();
  });

  it('after a reload, reads the user with GET /me and the token with GET /csrf', async () => {
    const fetch = stubFetch(sessionApi(adminUser));
    const session = useSessionStore();

    await session.init();

    expect(fetch.mock.calls.map(([r]) => new URL(r.url).pathname)).toEqual([
      '/api/auth/me',
      '/api/auth/csrf',
    ]);
    expect(session.user?.displayName).toBe('Alice Admin');
    expect(session.csrfToken).toBe('csrf-from-get');
  });
});
