import { describe, expect, it } from 'vitest';
import { minimumPfmpWeeks, pfmpDays, pfmpProofKind, pfmpTotal } from './pfmp.js';

const period = (startsOn: string, endsOn: string, absenceDays = 0) => ({
  startsOn,
  endsOn,
  absenceDays,
});

describe('PFMP days and weeks', () => {
  it('counts the weekdays of a period: Monday to Friday is 5 days, a weekend adds nothing', () => {
    expect(pfmpDays(period('2026-11-02', '2026-11-06'))).toBe(5);
    expect(pfmpDays(period('2026-11-02', '2026-11-08'))).toBe(5);
    expect(pfmpDays(period('2026-11-07', '2026-11-08'))).toBe(0);
  });

  it('counts a public holiday on a weekday as a PFMP day (11 November 2026 is a Wednesday)', () => {
    expect(pfmpDays(period('2026-11-09', '2026-11-13'))).toBe(5);
    expect(pfmpTotal([period('2026-11-09', '2026-11-13')]).weeks).toBe(1);
  });

  it('takes the declared absences off', () => {
    expect(pfmpDays(period('2026-11-02', '2026-11-13', 2))).toBe(8);
    expect(pfmpTotal([period('2026-11-02', '2026-11-13', 2)])).toEqual({ days: 8, weeks: 1.6 });
    expect(pfmpDays(period('2026-11-02', '2026-11-03', 5))).toBe(0);
  });

  it('adds two periods in one week into one week, and counts an overlapping day once', () => {
    expect(
      pfmpTotal([period('2026-11-02', '2026-11-04'), period('2026-11-05', '2026-11-06')]),
    ).toEqual({ days: 5, weeks: 1 });
    expect(
      pfmpTotal([period('2026-11-02', '2026-11-04'), period('2026-11-04', '2026-11-06')]),
    ).toEqual({ days: 5, weeks: 1 });
  });

  it('reaches 12 weeks with 60 days and not with 59', () => {
    const twelve = period('2026-01-05', '2026-03-27'); // 12 full weeks
    expect(pfmpTotal([twelve])).toEqual({ days: 60, weeks: 12 });
    expect(pfmpTotal([{ ...twelve, absenceDays: 1 }])).toEqual({ days: 59, weeks: 11.8 });
  });
});

describe('minimum and proof by status (annexe V)', () => {
  it('is 12 weeks, 8 for a positionné candidate of the voie scolaire only', () => {
    expect(minimumPfmpWeeks('scolaire_public_ou_prive_sous_contrat', false)).toBe(12);
    expect(minimumPfmpWeeks('scolaire_public_ou_prive_sous_contrat', true)).toBe(8);
    expect(minimumPfmpWeeks('scolaire_prive_hors_contrat', true)).toBe(8);
    expect(minimumPfmpWeeks('formation_continue_etablissement_public', true)).toBe(12);
    expect(minimumPfmpWeeks('apprenti_cfa_habilite_ccf', true)).toBe(12);
  });

  it('asks apprentices for a work certificate, experienced candidates for work certificates', () => {
    expect(pfmpProofKind('scolaire_public_ou_prive_sous_contrat')).toBe('attestation');
    expect(pfmpProofKind('apprenti_cfa_non_habilite_ccf')).toBe('certificat_de_travail');
    expect(pfmpProofKind('experience_professionnelle_1_an')).toBe('certificats_de_travail');
  });
});
