import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, initialLocale, LOCALE_STORAGE_KEY } from '.';
import en from './en.json';
import fr from './fr.json';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

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
});
