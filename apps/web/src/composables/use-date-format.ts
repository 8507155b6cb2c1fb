import { useI18n } from 'vue-i18n';

/** Dates as the interface language writes them (« 3 mars 2027 à 10:00 »). */
export function useDateFormat() {
  const { locale } = useI18n();
  return function formatDate(iso: string, time = true): string {
    return new Intl.DateTimeFormat(locale.value, {
      dateStyle: 'long',
      ...(time ? { timeStyle: 'short' } : {}),
    }).format(new Date(iso));
  };
}
