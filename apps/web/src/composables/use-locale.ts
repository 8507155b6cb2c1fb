import { usePrimeVue } from 'primevue/config';
import { computed, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { type AppLocale, LOCALE_STORAGE_KEY, SUPPORTED_LOCALES, safeStorage } from '../i18n';
import { api } from '../api/client';
import { useSessionStore } from '../stores/session';
import { primeVueLocales } from '../ui/primevue';

/**
 * The interface language: read it, change it (the choice is remembered in localStorage, and by
 * the API for a signed-in person, who then gets the platform's e-mails in it).
 */
export function useLocale() {
  const { locale: i18nLocale } = useI18n({ useScope: 'global' });
  const session = useSessionStore();
  const locale = computed<AppLocale>(() => i18nLocale.value as AppLocale);

  function setLocale(next: AppLocale): void {
    i18nLocale.value = next;
    try {
      safeStorage()?.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // Storage full or refused: the choice lasts for this page only.
    }
    if (session.authenticated) {
      // Best effort: the page has changed language already; only the e-mails would stay as before.
      api.PUT('/api/auth/me/locale', { body: { locale: next } }).catch(() => undefined);
    }
  }

  return { locale, locales: SUPPORTED_LOCALES, setLocale };
}

/**
 * Keeps what lives outside Vue in step with the interface language: `<html lang>` and the
 * labels PrimeVue generates itself (aria labels, dates). Call once, in the root component.
 */
export function useDocumentLocale(): void {
  const { locale } = useLocale();
  const primevue = usePrimeVue();
  watch(
    locale,
    (current) => {
      document.documentElement.lang = current;
      primevue.config.locale = { ...primevue.config.locale, ...primeVueLocales[current] };
    },
    { immediate: true },
  );
}
