import { flushPromises, mount } from '@vue/test-utils';
import type { PrimeVueConfiguration } from 'primevue/config';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from './App.vue';
import { type AppLocale, initialLocale, LOCALE_STORAGE_KEY } from './i18n';
import { createAppRouter } from './router';
import { referentialFixture } from './test/referential-fixture';
import { appPlugins, jsonResponse, stubFetch } from './test/support';

async function mountApp(path: string, locale: AppLocale = initialLocale()) {
  stubFetch((request) =>
    new URL(request.url).pathname === '/api/auth/me'
      ? jsonResponse({ statusCode: 401, message: 'Non connecté', error: 'Unauthorized' }, 401)
      : jsonResponse(referentialFixture()),
  );
  const { plugins } = appPlugins(locale);
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(App, {
    global: { plugins: [...plugins, router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, router };
}

/** PrimeVue's own labels, as the running app sees them. */
function primeVueLocale(vm: unknown) {
  return (vm as { $primevue: { config: PrimeVueConfiguration } }).$primevue.config.locale;
}

describe('App', () => {
  beforeEach(() => {
    // The router restores the scroll position on navigation; jsdom has no layout.
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  });

  afterEach(() => {
    localStorage.clear();
    document.body.innerHTML = '';
  });

  it('redirects / to /referentiel, in French, with skip link, header, main and a page title', async () => {
    const { wrapper, router } = await mountApp('/');

    expect(router.currentRoute.value.path).toBe('/referentiel');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toBe('Référentiel MC SNO – Dossier SNO');

    const skip = wrapper.get('a.skip-link');
    expect(skip.text()).toBe('Aller au contenu principal');
    expect(skip.attributes('href')).toBe('#main');
    expect(wrapper.element.ownerDocument.body.querySelector('a')).toBe(skip.element);
    expect(wrapper.get('header').text()).toContain('Dossier SNO');
    const main = wrapper.get('main');
    expect(main.attributes('id')).toBe('main');
    expect(main.get('h1').text()).toBe('Référentiel MC SNO');

    await skip.trigger('click');
    expect(document.activeElement).toBe(main.element);
    wrapper.unmount();
  });

  it('switches to English: visible text, <html lang>, page title, and remembers the choice', async () => {
    const { wrapper } = await mountApp('/referentiel', 'fr');
    const group = wrapper.get('[role="group"]');
    expect(wrapper.get(`#${group.attributes('aria-labelledby')}`).text()).toBe(
      "Langue de l'interface",
    );
    expect(primeVueLocale(wrapper.vm)?.aria?.close).toBe('Fermer');
    const english = group.findAll('button').find((b) => b.text() === 'English');
    expect(english?.get('[lang="en"]').text()).toBe('English');

    await english!.trigger('click');
    await flushPromises();

    expect(wrapper.get('h1').text()).toBe('MC SNO reference framework');
    expect(wrapper.get('a.skip-link').text()).toBe('Skip to main content');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('MC SNO reference framework – Dossier SNO');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(primeVueLocale(wrapper.vm)?.aria?.close).toBe('Close');
    expect(english!.attributes('aria-pressed')).toBe('true');
    // The référentiel's own content stays French, and says so.
    const firstCompetence = wrapper.get('h3 [lang="fr"]');
    expect(firstCompetence.text()).toBe(referentialFixture().blocks[0]!.competences[0]!.title);
    wrapper.unmount();

    // A new visit starts in the remembered language.
    expect(initialLocale()).toBe('en');
    const again = await mountApp('/referentiel');
    expect(again.wrapper.get('h1').text()).toBe('MC SNO reference framework');
    expect(document.documentElement.lang).toBe('en');
    again.wrapper.unmount();
  });

  it('shows a not-found page for unknown addresses', async () => {
    const { wrapper } = await mountApp('/nulle-part');

    expect(wrapper.get('h1').text()).toBe('Page introuvable');
    expect(document.title).toBe('Page introuvable – Dossier SNO');
    expect(wrapper.get('main').get('a[href="/referentiel"]').text()).toBe(
      'Consulter le référentiel',
    );
    wrapper.unmount();
  });
});
