import { useI18n } from 'vue-i18n';

export interface DateFormatOptions {
  /** Show the time of a timestamp (default). Calendar days never have one. */
  time?: boolean;
  style?: 'long' | 'medium';
  /** With seconds (the audit log orders events to the second). */
  seconds?: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Dates as the interface language writes them (« 4 janvier 2027 à 10:00 »). A calendar day
 * (`YYYY-MM-DD`) is written in UTC so that it never shifts by a day; a timestamp in local time.
 */
export function useDateFormat() {
  const { locale } = useI18n();
  return function formatDate(value: string, options: DateFormatOptions = {}): string {
    const day = DAY.test(value);
    return new Intl.DateTimeFormat(locale.value, {
      dateStyle: options.style ?? 'long',
      ...(day
        ? { timeZone: 'UTC' }
        : options.time === false
          ? {}
          : { timeStyle: options.seconds ? 'medium' : 'short' }),
    }).format(new Date(day ? `${value}T00:00:00Z` : value));
  };
}
