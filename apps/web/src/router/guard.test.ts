import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { SessionUser } from '../api/types';
import { adminUser, candidateUser, sessionApi } from '../test/session-fixtures';
import { stubFetch } from '../test/support';
import { createAppRouter, safeRedirect } from '.';

async function navigate(user: SessionUser | null, path: string) {
  stubFetch(sessionApi(user));
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  await router.isReady();
  return router.currentRoute.value;
}

describe('router access guard', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  });

  it('sends anonymous people to /connexion with the page they asked for', async () => {
    const route = await navigate(null, '/admin/utilisateurs?q=martin');
    expect(route.path).toBe('/connexion');
    expect(route.query.redirect).toBe('/admin/utilisateurs?q=martin');

    setActivePinia(createPinia());
    expect((await navigate(null, '/compte/mot-de-passe')).name).toBe('login');
  });

  it('shows the forbidden page to signed-in people without the role', async () => {
    const route = await navigate(candidateUser, '/admin/audit');
    expect(route.name).toBe('forbidden');
  });

  it('lets admins into the admin pages and signed-in people into their account', async () => {
    expect((await navigate(adminUser, '/admin/cohortes')).name).toBe('admin-cohorts');
    setActivePinia(createPinia());
    expect((await navigate(candidateUser, '/compte/mot-de-passe')).name).toBe('change-password');
  });

  it('keeps /referentiel public; / is home when signed in, the référentiel otherwise', async () => {
    expect((await navigate(null, '/referentiel')).name).toBe('referential');
    setActivePinia(createPinia());
    expect((await navigate(null, '/')).name).toBe('referential');
    setActivePinia(createPinia());
    expect((await navigate(candidateUser, '/')).name).toBe('home');
  });

  it('only follows redirects inside the app', () => {
    expect(safeRedirect('/admin/audit')).toBe('/admin/audit');
    expect(safeRedirect('//evil.example')).toBe('/');
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect(undefined)).toBe('/');
  });
});
