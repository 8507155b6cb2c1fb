import { useI18n } from 'vue-i18n';

/** A date (ISO timestamp or `YYYY-MM-DD`) in words, in the current language. */
export function useDateText() {
  const { locale } = useI18n();
  return (value: string): string =>
    new Intl.DateTimeFormat(locale.value, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(value.length === 10 ? `${value}T00:00:00Z` : value),
    );
}
