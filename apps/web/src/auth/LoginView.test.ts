import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createAppRouter } from '../router';
import { useSessionStore } from '../stores/session';
import { adminUser, sessionApi } from '../test/session-fixtures';
import { appPlugins, jsonResponse, stubFetch } from '../test/support';
import LoginView from './LoginView.vue';

async function mountLogin(login: (request: Request) => Response, path = '/connexion') {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  const fetch = stubFetch(
    sessionApi(null, (request) =>
      new URL(request.url).pathname === '/api/auth/login' ? login(request) : null,
    ),
  );
  const { plugins } = appPlugins('fr');
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(LoginView, {
    global: { plugins: [...plugins, router] },
    attachTo: document.body,
  });
  return { wrapper, router, fetch };
}

async function fillAndSubmit(wrapper: Awaited<ReturnType<typeof mountLogin>>['wrapper']) {
  await wrapper.get('#login-email').setValue('admin@demo.dossier-sno.fr');
  await wrapper.get('#login-password').setValue('mauvais-mot-de-passe');
  await wrapper.get('form').trigger('submit');
  await flushPromises();
}

describe('LoginView', () => {
  it('has labelled fields', async () => {
    const { wrapper } = await mountLogin(() => jsonResponse(adminUser));
    expect(wrapper.get('h1').text()).toBe('Connexion');
    expect(wrapper.get('label[for="login-email"]').text()).toBe('Adresse e-mail');
    expect(wrapper.get('label[for="login-password"]').text()).toBe('Mot de passe');
    wrapper.unmount();
  });

  it('shows the API message on 401 in an alert that receives focus', async () => {
    const message = 'Adresse e-mail ou mot de passe incorrect. / Wrong e-mail address or password.';
    const { wrapper, router } = await mountLogin(() =>
      jsonResponse({ statusCode: 401, message, error: 'Unauthorized' }, 401),
    );

    await fillAndSubmit(wrapper);

    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('La connexion a échoué');
    expect(alert.text()).toContain(message);
    expect(document.activeElement).toBe(alert.element);
    expect(router.currentRoute.value.name).toBe('login');
    expect((wrapper.get('#login-password').element as HTMLInputElement).value).toBe('');
    wrapper.unmount();
  });

  it('shows the API message and the wait on 429', async () => {
    const { wrapper } = await mountLogin(
      () =>
        new Response(
          JSON.stringify({ statusCode: 429, message: 'Trop de tentatives. / Too many attempts.' }),
          { status: 429, headers: { 'Content-Type': 'application/json', 'Retry-After': '30' } },
        ),
    );

    await fillAndSubmit(wrapper);

    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('Trop de tentatives. / Too many attempts.');
    expect(alert.text()).toContain('Réessayez dans 30 s.');
    wrapper.unmount();
  });

  it('marks empty fields invalid, describes them and focuses the first one', async () => {
    const { wrapper, fetch } = await mountLogin(() => jsonResponse(adminUser));

    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const email = wrapper.get('#login-email');
    expect(email.attributes('aria-invalid')).toBe('true');
    expect(email.attributes('aria-describedby')).toBe('login-email-error');
    expect(wrapper.get('#login-email-error').text()).toContain('obligatoire');
    expect(document.activeElement).toBe(email.element);
    expect(fetch.mock.calls.some(([r]) => r.url.endsWith('/api/auth/login'))).toBe(false);
    wrapper.unmount();
  });

  it('signs in and goes to the page asked for', async () => {
    const { wrapper, router } = await mountLogin(
      () =>
        new Response(JSON.stringify(adminUser), {
          status: 200,
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': 'tok' },
        }),
      '/connexion?redirect=/admin/cohortes',
    );

    await fillAndSubmit(wrapper);

    expect(useSessionStore().user?.displayName).toBe('Alice Admin');
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/admin/cohortes'));
    wrapper.unmount();
  });
});
