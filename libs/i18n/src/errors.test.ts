import { describe, expect, it } from 'vitest';
import { ERROR_CODES, errorText, fieldErrorText, isErrorCode } from './errors.js';

describe('error messages', () => {
  it('writes dates, lists and counts as each language does', () => {
    expect(
      errorText('fr', 'SUBMISSION_DEADLINE_PASSED', {
        exam: 'E3',
        session: 'Juin 2027',
        deadline: '2027-06-01T18:00:00.000Z',
      }),
    ).toContain('passée depuis le 1er juin 2027 à 20 h');
    expect(
      errorText('fr', 'UNKNOWN_COMPETENCES', { version: '2025', codes: ['C9.9'], count: 1 }),
    ).toBe('Code de compétence inconnu dans le référentiel 2025 : C9.9.');
    expect(
      errorText('fr', 'UNKNOWN_COMPETENCES', {
        version: '2025',
        codes: ['C9.9', 'C1.1.9'],
        count: 2,
      }),
    ).toBe('Codes de compétence inconnus dans le référentiel 2025 : C9.9 et C1.1.9.');
    expect(
      errorText('en', 'UNKNOWN_COMPETENCES', {
        version: '2025',
        codes: ['C9.9', 'C1.1.9'],
        count: 2,
      }),
    ).toBe('Unknown competence codes in référentiel 2025: C9.9 and C1.1.9.');
  });

  it('names the resource of a stale version in the sentence', () => {
    expect(errorText('fr', 'STALE_VERSION', { resource: 'trace', version: 4 })).toMatch(
      /^Quelqu’un a modifié cette trace entre-temps \(version 4\)/,
    );
    expect(errorText('en', 'STALE_VERSION', { resource: 'evaluation', version: 2 })).toMatch(
      /^Someone changed this evaluation meanwhile/,
    );
  });

  it('prefixes a field problem with the field, with the French space before the colon', () => {
    expect(fieldErrorText('fr', 'siret', 'siret')).toBe(
      'siret : 14 chiffres (les espaces sont acceptés).',
    );
    expect(fieldErrorText('en', 'title', 'length', { min: 1, max: 200 })).toBe(
      'title: 1 to 200 characters.',
    );
    expect(fieldErrorText('fr', 'role', 'isIn', { choices: ['tutor', 'examiner'] })).toBe(
      'role : valeurs possibles : tutor ou examiner.',
    );
  });

  it('knows its codes, and nothing else', () => {
    expect(ERROR_CODES.length).toBeGreaterThan(80);
    expect(isErrorCode('NOT_FOUND')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
  });
});
