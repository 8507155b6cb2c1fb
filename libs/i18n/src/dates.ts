import { INTL_TAGS, type Locale, TIME_ZONE } from './locales.js';

/**
 * Dates as people write them: « 12 décembre 2026 », « 1er mars 2027 », « 14 h 30 » in French,
 * « 1 March 2027 », « 14:30 » in English; always in Europe/Paris. A calendar day (`YYYY-MM-DD`)
 * is a day, never shifted by a time zone.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface DateWriting {
  /** Add the time of a timestamp (default true; a calendar day never has one). */
  time?: boolean;
  /** Add the seconds (the audit log orders events to the second). */
  seconds?: boolean;
  /** `short` writes the month as a number: 12/12/2026. */
  style?: 'long' | 'short';
}

function partsOf(value: string | Date, locale: Locale, options: DateWriting) {
  const day = typeof value === 'string' && DAY.test(value);
  const date = day ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  return formatterOf(locale, day, !day && options.time !== false, options).formatToParts(date);
}

/** Intl formatters cost more to build than to use (an audit CSV writes thousands of dates). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(
  locale: Locale,
  day: boolean,
  withTime: boolean,
  options: DateWriting,
): Intl.DateTimeFormat {
  const key = `${locale}|${day}|${withTime}|${options.seconds === true}|${options.style ?? 'long'}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_TAGS[locale], {
      timeZone: day ? 'UTC' : TIME_ZONE,
      ...(options.style === 'short'
        ? { day: '2-digit', month: '2-digit', year: 'numeric' }
        : { day: 'numeric', month: 'long', year: 'numeric' }),
      ...(withTime
        ? { hour: '2-digit', minute: '2-digit', ...(options.seconds ? { second: '2-digit' } : {}) }
        : {}),
      hourCycle: 'h23',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** `2027-03-01` → « 1er mars 2027 »; a timestamp → « 1er mars 2027 à 14 h 30 ». */
export function formatDate(
  value: string | Date,
  locale: Locale,
  options: DateWriting = {},
): string {
  const parts = partsOf(value, locale, options);
  if (locale !== 'fr') return parts.map((p) => p.value).join('');
  const long = options.style !== 'short';
  let out = '';
  for (const [i, part] of parts.entries()) {
    const next = parts[i + 1];
    if (part.type === 'day' && long && part.value === '1') out += '1er';
    else if (part.type === 'literal' && parts[i - 1]?.type === 'hour' && next?.type === 'minute')
      out += ' h ';
    else if (part.type === 'hour') out += String(Number(part.value));
    else if (part.type === 'literal' && parts[i - 1]?.type === 'minute' && next?.type === 'second')
      out += ' min ';
    else if (part.type === 'second') out += `${part.value} s`;
    else out += part.value;
  }
  // « 14 h 00 » is written « 14 h ».
  return options.seconds ? out : out.replace(/ h 00$/, ' h');
}
