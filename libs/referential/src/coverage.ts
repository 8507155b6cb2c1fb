import type { CompetenceCode, Referential } from './types.js';

/** What coverage needs to know of a trace. */
export interface CoverageTrace {
  id: string;
  competences: readonly string[];
  detailedCompetences: readonly string[];
  hasReflection: boolean;
  attested: boolean;
}

export interface CoverageCell {
  code: string;
  traces: number;
  withReflection: number;
  attested: number;
  traceIds: string[];
}

export interface CompetenceCoverage extends CoverageCell {
  code: CompetenceCode;
  detailed: CoverageCell[];
}

/**
 * How many traces prove each competence and each detailed competence of a référentiel, how many
 * of them carry a reflection and how many are attested. A trace tagged with a detailed competence
 * counts for its competence too.
 */
export function coverageOf(
  ref: Referential,
  traces: readonly CoverageTrace[],
): CompetenceCoverage[] {
  const cell = (code: string, matching: CoverageTrace[]): CoverageCell => ({
    code,
    traces: matching.length,
    withReflection: matching.filter((t) => t.hasReflection).length,
    attested: matching.filter((t) => t.attested).length,
    traceIds: matching.map((t) => t.id),
  });
  return ref.blocks.flatMap((block) =>
    block.competences.map((competence) => {
      const detailedCodes = competence.detailed.map((d) => d.code);
      const matching = traces.filter(
        (t) =>
          t.competences.includes(competence.code) ||
          t.detailedCompetences.some((d) => detailedCodes.includes(d)),
      );
      return {
        ...cell(competence.code, matching),
        code: competence.code,
        detailed: competence.detailed.map((d) =>
          cell(
            d.code,
            traces.filter((t) => t.detailedCompetences.includes(d.code)),
          ),
        ),
      };
    }),
  );
}
