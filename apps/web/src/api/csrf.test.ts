import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { useSessionStore } from '../stores/session';
import { jsonResponse, stubFetch } from '../test/support';
import { api } from './client';
import { CSRF_HEADER, csrfMiddleware } from './csrf';

describe('CSRF header', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('the API client sends the session token on POST, PUT, PATCH and DELETE, not on GET', async () => {
    const fetch = stubFetch(() => jsonResponse({}));
    useSessionStore().csrfToken = 'the-token';

    await api.GET('/api/referential');
    await api.POST('/api/auth/logout');
    await api.PATCH('/api/users/{id}', { params: { path: { id: 'u1' } }, body: { version: 1 } });
    await api.PUT('/api/users/{id}/tutors/{tutorId}', {
      params: { path: { id: 'u1', tutorId: 't1' } },
    });
    await api.DELETE('/api/users/{id}/tutors/{tutorId}', {
      params: { path: { id: 'u1', tutorId: 't1' } },
    });

    const sent = fetch.mock.calls.map(([r]) => [r.method, r.headers.get(CSRF_HEADER)]);
    expect(sent).toEqual([
      ['GET', null],
      ['POST', 'the-token'],
      ['PATCH', 'the-token'],
      ['PUT', 'the-token'],
      ['DELETE', 'the-token'],
    ]);
  });

  it('sends no header while no token is known (login)', async () => {
    const fetch = stubFetch(() => jsonResponse({}));

    await api.POST('/api/auth/login', { body: { email: 'a@b.fr', password: 'x' } });

    expect(fetch.mock.calls[0]![0].headers.has(CSRF_HEADER)).toBe(false);
  });

  it('the middleware leaves safe methods untouched', async () => {
    const middleware = csrfMiddleware(() => 'tok');
    const request = new Request('http://localhost/api/referential');
    const options = { request, schemaPath: '', params: {}, id: '1', options: {} } as never;
    expect(await middleware.onRequest!(options)).toBeUndefined();
    expect(request.headers.has(CSRF_HEADER)).toBe(false);
  });
});
