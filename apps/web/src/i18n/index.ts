import { createI18n } from 'vue-i18n';
import en from './en.json';
import fr from './fr.json';

/** The shape of every message file: French is the reference, English must match it. */
export type MessageSchema = typeof fr;

export const SUPPORTED_LOCALES = ['fr', 'en'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'fr';
/** Where the user's choice of language is remembered. */
export const LOCALE_STORAGE_KEY = 'dossier-sno.locale';

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

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
    messages: { fr, en },
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

declare module 'vue-i18n' {
  // Types the keys of `t()` everywhere from the French messages.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}
