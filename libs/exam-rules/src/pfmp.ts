/**
 * PFMP duration, counted in days then weeks (the rule is documented in docs/pfmp-weeks.md):
 * - a PFMP day is a weekday (Monday–Friday) between the first and the last day of a period;
 *   public holidays that fall on a weekday count as PFMP days (the intern does not choose them);
 * - the days of absence declared for a period are taken off that period;
 * - a day covered by two periods counts once (two organisations in one week make one week);
 * - weeks = days / 5; the minimum is met when days ≥ 5 × minimum weeks.
 */
import type { CandidateStatusCode } from '@dossier-sno/referential';

export interface PfmpPeriodDates {
  /** `YYYY-MM-DD`, first day. */
  startsOn: string;
  /** `YYYY-MM-DD`, last day (inclusive). */
  endsOn: string;
  /** Days of absence within the period. */
  absenceDays: number;
}

export const DAYS_PER_WEEK = 5;

const DAY_MS = 86_400_000;
const toDay = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** The weekdays of a period, as day numbers (days since 1970-01-01, UTC). */
function weekdays(period: PfmpPeriodDates): number[] {
  const days: number[] = [];
  for (let d = toDay(period.startsOn); d <= toDay(period.endsOn); d++) {
    const weekday = (d + 4) % 7; // 1970-01-01 was a Thursday (4); 0 = Sunday
    if (weekday >= 1 && weekday <= 5) days.push(d);
  }
  return days;
}

/** PFMP days of one period: its weekdays minus its absences (never below 0). */
export function pfmpDays(period: PfmpPeriodDates): number {
  return Math.max(0, weekdays(period).length - Math.max(0, period.absenceDays));
}

/** Total PFMP days and weeks of several periods, overlapping days counted once. */
export function pfmpTotal(periods: readonly PfmpPeriodDates[]): { days: number; weeks: number } {
  const covered = new Set(periods.flatMap(weekdays));
  const absences = periods.reduce((sum, p) => sum + Math.max(0, p.absenceDays), 0);
  const days = Math.max(0, covered.size - absences);
  return { days, weeks: Math.floor((days / DAYS_PER_WEEK) * 10) / 10 };
}

/**
 * The minimum PFMP duration in weeks (annexe V): 12; 8 for a candidate positionné by rector
 * decision *from the voie scolaire* (the lowered minimum applies to them only, art. D. 337-146).
 */
export function minimumPfmpWeeks(status: CandidateStatusCode, positionne: boolean): number {
  const scolaire =
    status === 'scolaire_public_ou_prive_sous_contrat' || status === 'scolaire_prive_hors_contrat';
  return positionne && scolaire ? 8 : 12;
}

/** Which proof each period needs (annexe V): attestation, or work certificates. */
export function pfmpProofKind(
  status: CandidateStatusCode,
): 'attestation' | 'certificat_de_travail' | 'certificats_de_travail' {
  if (status === 'apprenti_cfa_habilite_ccf' || status === 'apprenti_cfa_non_habilite_ccf')
    return 'certificat_de_travail';
  if (status === 'experience_professionnelle_1_an') return 'certificats_de_travail';
  return 'attestation';
}
