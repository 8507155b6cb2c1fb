import { describe, expect, it } from 'vitest';
import { unreadable } from './readable.js';

describe('unreadable', () => {
  it('finds what a reader would have to decode', () => {
    expect(
      unreadable(
        'Déposé le 2026-12-02T07:18:14.433Z, 7 point(s), 3f1c2b4a-1d2e-4f5a-8b6c-7d8e9fa0b1c2, Introuvable. / Not found. [x] 20480 octets C1.1-1',
      ),
    ).toEqual([
      'ISO timestamp: 2026-12-02T07:',
      'UUID: 3f1c2b4a-1d2e-4f5a-8b6c-7d8e9fa0b1c2',
      'plural left to the reader: (s)',
      'bilingual tail:  / N',
      'checkbox: [x]',
      'raw byte count: 20480 octets',
      'criterion id: C1.1-1',
    ]);
  });

  it('lets a page show a glyph beside its words, never an export', () => {
    expect(unreadable('✓ Prêt', 'page')).toEqual([]);
    expect(unreadable('✓ Prêt')).toEqual(['checkbox: ✓']);
  });

  it('leaves readable French alone', () => {
    expect(
      unreadable('Déposé le 2 décembre 2026 à 8 h 18 : 7 points, 20 ko, C1.1 et C3.2.'),
    ).toEqual([]);
  });
});
