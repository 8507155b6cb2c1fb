/**
 * The *grille d'aide à l'évaluation* of an exam (annexe V): for each competence of the exam's block,
 * its *critères d'évaluation* (annexe III), each given a level and a comment by the commission.
 *
 * Level scale (the four positions of the national CCF grids, from lowest to highest):
 * - `tres_insuffisant`: the criterion is not met;
 * - `insuffisant`: partly met, with major gaps;
 * - `satisfaisant`: met;
 * - `tres_satisfaisant`: met with mastery (autonomy, justified choices).
 * A criterion without a level is "not assessed yet". The levels inform the proposed mark; the mark
 * is not computed from them (the commission proposes it, in half points).
 */
import type { CompetenceCode, ExamCode, Referential } from '@dossier-sno/referential';

export const EVALUATION_LEVELS = [
  'tres_insuffisant',
  'insuffisant',
  'satisfaisant',
  'tres_satisfaisant',
] as const;
export type EvaluationLevel = (typeof EVALUATION_LEVELS)[number];

export const EVALUATION_LEVEL_LABELS: Readonly<Record<EvaluationLevel, string>> = Object.freeze({
  tres_insuffisant: 'Très insuffisant',
  insuffisant: 'Insuffisant',
  satisfaisant: 'Satisfaisant',
  tres_satisfaisant: 'Très satisfaisant',
});

export interface GridCriterion {
  /** `C1.1-1`, `C1.1-2`…: the competence code and the criterion's rank in the référentiel. */
  id: string;
  label: string;
}

export interface GridCompetence {
  code: CompetenceCode;
  title: string;
  criteria: GridCriterion[];
}

export interface EvaluationGrid {
  exam: ExamCode;
  referentialVersion: string;
  competences: GridCompetence[];
}

/** The assessment of one criterion. */
export interface CriterionScore {
  level: EvaluationLevel | null;
  comment: string;
}

/** The grid of `exam` in `ref`: the competences of the exam's block with their criteria. */
export function evaluationGrid(ref: Referential, exam: ExamCode): EvaluationGrid {
  const block = ref.exams.find((e) => e.code === exam)?.block;
  const competences = ref.blocks.find((b) => b.code === block)?.competences ?? [];
  return {
    exam,
    referentialVersion: ref.version,
    competences: competences.map((c) => ({
      code: c.code,
      title: c.title,
      criteria: c.criteria.map((label, i) => ({ id: `${c.code}-${i + 1}`, label })),
    })),
  };
}

/** The criterion ids of `scores` that the grid does not have (a wrong exam or a typo). */
export function unknownCriteria(
  grid: EvaluationGrid,
  scores: Readonly<Record<string, unknown>>,
): string[] {
  const known = new Set(grid.competences.flatMap((c) => c.criteria.map((k) => k.id)));
  return Object.keys(scores).filter((id) => !known.has(id));
}

/** Whether a mark is a valid proposed mark: 0 to 20 in half points. */
export function isProposedMark(mark: number): boolean {
  return Number.isFinite(mark) && mark >= 0 && mark <= 20 && Number.isInteger(mark * 2);
}
