import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { SessionUser } from '../api/types';
import { createAppRouter } from '../router';
import { useSessionStore } from '../stores/session';
import { adminUser, candidateUser, sessionApi } from '../test/session-fixtures';
import { appPlugins, jsonResponse, stubFetch } from '../test/support';
import AppNav from './AppNav.vue';

async function mountNav(user: SessionUser | null, path = '/referentiel') {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  const fetch = stubFetch(
    sessionApi(user, (request) =>
      new URL(request.url).pathname === '/api/auth/logout'
        ? new Response(null, { status: 204 })
        : null,
    ),
  );
  const { plugins } = appPlugins('fr');
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(AppNav, { global: { plugins: [...plugins, router] } });
  await flushPromises();
  return { wrapper, router, fetch };
}

const links = (wrapper: Awaited<ReturnType<typeof mountNav>>['wrapper']) =>
  wrapper
    .get('nav')
    .findAll('a')
    .map((a) => a.text());

describe('AppNav', () => {
  it('anonymous: the référentiel and a sign-in link', async () => {
    const { wrapper } = await mountNav(null);
    expect(wrapper.get('nav').attributes('aria-label')).toBe('Navigation principale');
    expect(links(wrapper)).toEqual(['Référentiel']);
    expect(wrapper.get('a[href="/connexion"]').text()).toBe('Se connecter');
    expect(wrapper.find('button').exists()).toBe(false);
  });

  it('offers a jury reading a share link without an account neither navigation nor sign-in', async () => {
    const { wrapper } = await mountNav(null, '/partage?token=abc');
    expect(wrapper.find('nav').exists()).toBe(false);
    expect(wrapper.find('a[href="/connexion"]').exists()).toBe(false);
  });

  it('admin: the admin pages, the name and a logout button that ends the session', async () => {
    const { wrapper, router, fetch } = await mountNav(adminUser);
    expect(links(wrapper)).toEqual([
      'Référentiel',
      'Suivi de cohorte',
      "Sessions d'examen",
      'Utilisateurs',
      'Cohortes',
      "Journal d'audit",
    ]);
    expect(wrapper.text()).toContain('Alice Admin');

    await wrapper.get('button').trigger('click');
    await flushPromises();

    const logout = fetch.mock.calls.at(-1)![0];
    expect(new URL(logout.url).pathname).toBe('/api/auth/logout');
    expect(logout.headers.get('X-CSRF-Token')).toBe('csrf-from-get');
    expect(useSessionStore().user).toBeNull();
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'));
    expect(wrapper.text()).not.toContain('Alice Admin');
  });

  it('candidate: the workspace, no admin pages', async () => {
    const { wrapper } = await mountNav(candidateUser);
    expect(links(wrapper)).toEqual([
      'Référentiel',
      'Mes traces',
      'Couverture',
      'Mes dossiers',
      'PFMP',
    ]);
    expect(wrapper.text()).toContain('Camille Martin');
  });

  it('shows the unread notification count in words for screen readers, not only as a badge', async () => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    stubFetch(
      sessionApi(candidateUser, (request) =>
        new URL(request.url).pathname === '/api/notifications'
          ? jsonResponse({ items: [], total: 3, unreadCount: 3 })
          : null,
      ),
    );
    const { plugins } = appPlugins('fr');
    const router = createAppRouter(createMemoryHistory());
    await router.push('/referentiel');
    await router.isReady();
    const wrapper = mount(AppNav, { global: { plugins: [...plugins, router] } });
    await flushPromises();
    const link = wrapper.get('a[href="/notifications"]');
    expect(link.get('.app-nav__badge').attributes('aria-hidden')).toBe('true');
    expect(link.get('.sr-only').text()).toBe('3 notifications non lues');
    expect(link.text()).toContain('Notifications');
  });
});
