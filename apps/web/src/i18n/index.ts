import {
  DEFAULT_LOCALE as SHARED_DEFAULT,
  isLocale,
  LOCALES,
  type Locale,
  PLURAL_RULES,
} from '@dossier-sno/i18n';
import { createI18n } from 'vue-i18n';
import en from './en.json';
import fr from './fr.json';

/**
 * The web's own messages: French is the reference, English must match it. The sentences it shares
 * with the API (error codes, readiness, notifications) are written by `@dossier-sno/i18n`'s own
 * functions (`errorText`, `readinessText`…), with the same plural rules.
 */
const messages = { fr, en };
export type MessageSchema = typeof fr;

export const SUPPORTED_LOCALES = LOCALES;
export type AppLocale = Locale;
export const DEFAULT_LOCALE: AppLocale = SHARED_DEFAULT;
/** Where the user's choice of language is remembered. */
export const LOCALE_STORAGE_KEY = 'dossier-sno.locale';

export const isAppLocale = isLocale;

/** The remembered locale, or French. */
export function initialLocale(
  storage: Pick<Storage, 'getItem'> | undefined = safeStorage(),
): AppLocale {
  const stored = storage?.getItem(LOCALE_STORAGE_KEY);
  return isAppLocale(stored) ? stored : DEFAULT_LOCALE;
}

/** localStorage, or undefined where it is not available (private modes, tests, SSR). */
export function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function createAppI18n(locale: AppLocale = initialLocale()) {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages,
    pluralRules: PLURAL_RULES,
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

declare module 'vue-i18n' {
  // Types the keys of `t()` everywhere from the French messages.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}
