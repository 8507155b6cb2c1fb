import { createPinia, setActivePinia } from 'pinia';
import PrimeVue from 'primevue/config';
import { type Plugin } from 'vue';
import { vi } from 'vitest';
import { type AppLocale, createAppI18n } from '../i18n';
import { primeVueOptions } from '../ui/primevue';

/** A JSON response as the API sends it. */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** Replaces `fetch` (restored after each test by `unstubGlobals`) and records the requests. */
export function stubFetch(handler: (request: Request) => Response | Promise<Response>) {
  const fetch = vi.fn(async (request: Request) => handler(request));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** A promise whose resolution the test controls. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** The app's plugins, fresh for each test: Pinia (made active), vue-i18n, PrimeVue. */
export function appPlugins(locale: AppLocale = 'fr') {
  const pinia = createPinia();
  setActivePinia(pinia);
  const i18n = createAppI18n(locale);
  const plugins: (Plugin | [Plugin, ...unknown[]])[] = [
    pinia,
    i18n,
    [PrimeVue, primeVueOptions(locale)],
  ];
  return { pinia, i18n, plugins };
}

/** jsdom has no `matchMedia`, which some PrimeVue components (Select) listen to. */
export function stubMatchMedia(): void {
  vi.stubGlobal('matchMedia', () => ({
    matches: false,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}
