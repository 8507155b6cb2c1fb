import { type DateWriting, formatDate } from '@dossier-sno/i18n';
import { useI18n } from 'vue-i18n';
import type { AppLocale } from '../i18n';

export type DateFormatOptions = DateWriting;

/**
 * The shared formatter (`@dossier-sno/i18n`) in the interface language: « 1er mars 2027 »,
 * « 12 décembre 2026 à 14 h 30 » (Europe/Paris), « 1 March 2027 at 14:30 ». A calendar day
 * (`YYYY-MM-DD`) never shifts and never has a time.
 */
export function useDateFormat() {
  const { locale } = useI18n();
  return (value: string | Date, options: DateFormatOptions = {}): string =>
    keepTimeTogether(formatDate(value, locale.value as AppLocale, options));
}

/** « 14 h 30 » never breaks across lines: the spaces around « h », « min », « s » are no-break. */
function keepTimeTogether(text: string): string {
  return text.replace(/(\d) (h|min|s)\b/g, '$1\u00a0$2').replace(/\b(h|min) (\d)/g, '$1\u00a0$2');
}

/**
 * « du 1er mars 2027 au 12 mars 2027 », or the one date when the range has no end or ends the
 * day it starts.
 */
export function useDateRange() {
  const { t } = useI18n();
  const format = useDateFormat();
  return (from: string, to?: string | null, options: DateFormatOptions = {}): string =>
    to && to !== from
      ? t('dates.range', { from: format(from, options), to: format(to, options) })
      : format(from, options);
}
