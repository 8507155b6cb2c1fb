/** The languages the platform speaks; French first, and the default wherever nothing is asked. */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

/** The time zone every date is written in: the exams and the schools are in metropolitan France. */
export const TIME_ZONE = 'Europe/Paris';

/** BCP 47 tags for `Intl`: British English writes « 1 March 2027 at 14:30 », as a French reader expects. */
export const INTL_TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The locale an `Accept-Language` header asks for (`en-US,en;q=0.9,fr;q=0.8` → `en`), by quality
 * then order; French when it names none of ours.
 */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const wanted = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split('-')[0], quality, index };
    })
    .filter((w) => Number.isFinite(w.quality) && w.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return wanted.map((w) => w.language).find(isLocale) ?? DEFAULT_LOCALE;
}
