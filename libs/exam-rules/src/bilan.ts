import type { BilanGapReason, ErrorParams } from '@dossier-sno/i18n';
/**
 * The tutor's PFMP bilan (référentiel, « Modalités d'organisation des PFMP »: the nature of the
 * activities carried out, the mastery reached of the targeted competences and of the transversal
 * competences). The référentiel names no scale; the product uses the 4 levels below
 * (docs/pfmp-bilan.md). Pure: the API checks completeness with it, the web shows the same labels.
 */
import { competenceCodes, referential, type Referential } from '@dossier-sno/referential';

export const MASTERY_LEVELS = [1, 2, 3, 4] as const;
export type MasteryLevel = (typeof MASTERY_LEVELS)[number];

export interface MasteryStep {
  level: MasteryLevel;
  /** Short French label, shown beside each radio button. */
  label: string;
  /** What the tutor observed, in French, to choose between neighbouring levels. */
  description: string;
}

/** The 4-level mastery scale, lowest first. */
export const MASTERY_SCALE: readonly MasteryStep[] = Object.freeze([
  {
    level: 1,
    label: 'Non maîtrisé',
    description: "La compétence n'a pas été mise en œuvre, ou seulement avec une aide constante.",
  },
  {
    level: 2,
    label: 'Partiellement maîtrisé',
    description: 'La compétence est mise en œuvre avec une aide fréquente ou de façon incomplète.',
  },
  {
    level: 3,
    label: 'Maîtrisé',
    description: 'La compétence est mise en œuvre en autonomie dans les situations courantes.',
  },
  {
    level: 4,
    label: 'Bien maîtrisé',
    description:
      "La compétence est mise en œuvre en autonomie, y compris dans des situations nouvelles, et l'élève sait justifier ses choix.",
  },
]);

export function isMasteryLevel(value: unknown): value is MasteryLevel {
  return (MASTERY_LEVELS as readonly unknown[]).includes(value);
}

/** The label of a level, e.g. « Maîtrisé ». */
export function masteryLabel(level: MasteryLevel): string {
  return MASTERY_SCALE.find((s) => s.level === level)!.label;
}

export interface LevelEntry {
  code: string;
  /** null while the tutor has not chosen yet (a draft). */
  level: MasteryLevel | null;
}

/**
 * The level entries of a stored value, whatever shape an older version (or a hand edit) left: only
 * `{ code: string, level: 1–4 | null }` items are kept, anything else reads as no entry.
 */
export function levelEntriesOf(value: unknown): LevelEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const entry = item as { code?: unknown; level?: unknown } | null;
    if (typeof entry?.code !== 'string') return [];
    return [{ code: entry.code, level: isMasteryLevel(entry.level) ? entry.level : null }];
  });
}

export interface PfmpBilanContent {
  /** The activities carried out during the period. */
  activities: string;
  /** The targeted competences (C1.1…C3.3) with the level reached. */
  competences: readonly LevelEntry[];
  /** The 4 transversal competences (T1–T4) with the level reached. */
  transversal: readonly LevelEntry[];
  comment: string;
}

/** The PFMP bilans feed the certification of block 2: its competences are targeted by default. */
export const DEFAULT_TARGETED_COMPETENCES: readonly string[] = Object.freeze(
  competenceCodes.filter((c) => c.startsWith('C2.')),
);

/** An empty draft: block 2 competences and the transversal competences, no level chosen. */
export function emptyBilan(ref: Referential = referential): PfmpBilanContent {
  return {
    activities: '',
    competences: DEFAULT_TARGETED_COMPETENCES.map((code) => ({ code, level: null })),
    transversal: ref.transversal.map((t) => ({ code: t.code, level: null })),
    comment: '',
  };
}

/** One thing a bilan still needs: a key of the shared messages and its values. */
export interface BilanGap {
  reason: BilanGapReason;
  params: ErrorParams;
}

/**
 * What a bilan still needs before it can be completed (empty when it can): activities described,
 * at least one targeted competence, and a level for each targeted and transversal competence.
 */
export function bilanGaps(content: PfmpBilanContent, ref: Referential = referential): BilanGap[] {
  const gaps: BilanGap[] = [];
  if (content.activities.trim().length === 0) gaps.push({ reason: 'activities', params: {} });
  if (content.competences.length === 0) gaps.push({ reason: 'competences', params: {} });
  const unrated = content.competences.filter((c) => c.level === null).map((c) => c.code);
  if (unrated.length)
    gaps.push({ reason: 'unrated', params: { codes: unrated, count: unrated.length } });
  const transversal = ref.transversal
    .filter((t) => !content.transversal.some((e) => e.code === t.code && e.level !== null))
    .map((t) => t.code);
  if (transversal.length) {
    gaps.push({ reason: 'transversal', params: { codes: transversal, count: transversal.length } });
  }
  return gaps;
}
