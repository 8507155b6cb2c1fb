import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, initialLocale, LOCALE_STORAGE_KEY } from '.';
import en from './en.json';
import fr from './fr.json';

function entries(messages: object, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? entries(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)] as [string, string]],
  );
}
const keys = (messages: object) => entries(messages).map(([key]) => key);

/**
 * English messages that quote French on purpose: a language named in itself, and référentiel or
 * CSV values the reader has to type or recognise as they are written in the exam regulations.
 */
const FRENCH_ON_PURPOSE = new Set([
  'language.fr',
  'referential.statuses.pfmp',
  'cohorts.import.statusHint',
]);

/**
 * Parameters that never start with a vowel or a mute h (dates start with a digit, codes with a
 * capital consonant), so that « de {date} » or « le {date} » never needs an elision.
 */
const NO_ELISION = new Set([
  'date',
  'code',
  'codes',
  'exam',
  'count',
  'n',
  'version',
  'mark',
  'min',
  'max',
  'status',
  'position',
  'page',
  'pages',
  'seconds',
  'minimum',
  'weeks',
  'total',
  'activity',
  'competence',
  'from',
]);

describe('messages', () => {
  it('English has exactly the keys of French', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });

  it('starts in French unless another supported language was remembered', () => {
    expect(DEFAULT_LOCALE).toBe('fr');
    const storage = (value: string | null) => ({ getItem: () => value });
    expect(initialLocale(storage(null))).toBe('fr');
    expect(initialLocale(storage('en'))).toBe('en');
    expect(initialLocale(storage('de'))).toBe('fr');
    expect(LOCALE_STORAGE_KEY).toBe('dossier-sno.locale');
  });

  it('English is English: no accented letters, guillemets or French particles left', () => {
    const french = /[àâçéèêëîïôûùüÿœæÀÂÇÉÈÊËÎÏÔÛÙÜŒ«»]|\b(?:du|le|la|les|des|de|et|pour|avec)\s/;
    const left = entries(en).filter(
      ([key, text]) => !FRENCH_ON_PURPOSE.has(key) && french.test(text),
    );
    expect(left).toEqual([]);
  });

  it('French writes people once, without « · », « (e) » or « (s) »: plurals are plural forms', () => {
    const left = entries(fr).filter(([, text]) => /·|\((?:e|s|es|ne|rice)\)/.test(text));
    expect(left).toEqual([]);
  });

  it('no participle agrees with a name, whose gender the app does not know', () => {
    const agreeing = /(?:^|[.:;] )\{(?:name|names|person)\}\s+(?:a été|est|ont été|sont)\s/;
    expect(entries(fr).filter(([, text]) => agreeing.test(text))).toEqual([]);
  });

  it('no French particle precedes a name or a title, which may start with a vowel', () => {
    const particle = /(?:^|[\s'’(])(de|que|le|la|du|ce|se|ne|jusque|lorsque|puisque)\s+\{(\w+)\}/gi;
    const elided = entries(fr).flatMap(([key, text]) =>
      [...text.matchAll(particle)]
        .filter((match) => !NO_ELISION.has(match[2]!))
        .map((match) => `${key}: ${match[0].trim()}`),
    );
    expect(elided).toEqual([]);
  });
});
