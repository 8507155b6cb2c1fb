import { describe, expect, it } from 'vitest';
import { PLURAL_RULES } from './plural.js';

describe('plural rules', () => {
  it('French: 0 and 1 take the singular, 2 the plural', () => {
    expect([0, 1, 2, 10].map((n) => PLURAL_RULES.fr(n, 2))).toEqual([0, 0, 1, 1]);
  });
  it('English: only 1 takes the singular', () => {
    expect([0, 1, 2].map((n) => PLURAL_RULES.en(n, 2))).toEqual([1, 0, 1]);
  });
  it('three forms: zero, singular, plural', () => {
    expect([0, 1, 5].map((n) => PLURAL_RULES.fr(n, 3))).toEqual([0, 1, 2]);
    expect([0, 1, 5].map((n) => PLURAL_RULES.en(n, 3))).toEqual([0, 1, 2]);
  });
});
