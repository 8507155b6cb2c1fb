import { INTL_TAGS, type Locale } from './locales.js';

/**
 * Which form of a message `n` takes, for the i18n library (vue-i18n, @intlify/core-base): the
 * forms are written `singular | plural`, or `zero | singular | plural`. French counts 0 and 1 as
 * singular (« 0 trace », « 1 trace »), English only 1 (« 0 traces »); Intl knows each language's rule.
 */
export function pluralIndex(locale: Locale) {
  const rules = new Intl.PluralRules(INTL_TAGS[locale]);
  return (choice: number, choicesLength: number): number => {
    const n = Math.abs(choice);
    if (choicesLength === 3) return n === 0 ? 0 : rules.select(n) === 'one' ? 1 : 2;
    return rules.select(n) === 'one' ? 0 : Math.min(1, choicesLength - 1);
  };
}

export const PLURAL_RULES: Record<Locale, (choice: number, choicesLength: number) => number> = {
  fr: pluralIndex('fr'),
  en: pluralIndex('en'),
};
