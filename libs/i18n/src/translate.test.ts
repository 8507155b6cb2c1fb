import { describe, expect, it } from 'vitest';
import { hasMessage, MESSAGES, translate } from './translate.js';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('shared messages', () => {
  it('English has exactly the keys of French', () => {
    expect(keys(MESSAGES.en).sort()).toEqual(keys(MESSAGES.fr).sort());
  });

  it('every message compiles and says something in both languages', () => {
    for (const locale of ['fr', 'en'] as const) {
      for (const key of keys(MESSAGES[locale])) {
        const text = translate(locale, key, { count: 2 });
        expect(text, `${locale}:${key}`).not.toBe(key);
        expect(text.trim().length, `${locale}:${key}`).toBeGreaterThan(0);
      }
    }
  });

  it('no message carries the other language after a slash', () => {
    for (const key of keys(MESSAGES.fr)) {
      expect(translate('fr', key), key).not.toMatch(/ \/ [A-Z]/);
    }
  });

  it('translates by locale and knows which keys exist', () => {
    expect(translate('fr', 'errors.NOT_FOUND')).toMatch(/^Introuvable/);
    expect(translate('en', 'errors.NOT_FOUND')).toMatch(/^Not found/);
    expect(hasMessage('fr', 'errors.NOT_FOUND')).toBe(true);
    expect(hasMessage('fr', 'errors.NOPE')).toBe(false);
    expect(hasMessage('fr', 'errors')).toBe(false);
  });
});
