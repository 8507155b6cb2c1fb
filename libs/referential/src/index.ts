/**
 * The MC SNO référentiel as typed data, and small pure helpers over it. Framework-free.
 */
import { mcSnoV1 } from './data/mc-sno-v1.js';
import type {
  CandidateStatusCode,
  Competence,
  CompetenceCode,
  DetailedCompetence,
  ExamMode,
  Referential,
} from './types.js';

export type * from './types.js';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The current version of the référentiel (deeply frozen: do not mutate). */
export const referential: Referential = deepFreeze(mcSnoV1);

/** Every known version, by version id (cohorts and traces pinned to an older version look it up here). */
export const referentials: Readonly<Record<string, Referential>> = Object.freeze({
  [referential.version]: referential,
});

/** The nine competence codes, in reading order. */
export const competenceCodes: readonly CompetenceCode[] = Object.freeze([
  'C1.1',
  'C1.2',
  'C1.3',
  'C2.1',
  'C2.2',
  'C2.3',
  'C3.1',
  'C3.2',
  'C3.3',
] as const);

/** The candidate status codes of the règlement d'examen (annexe IV.b). */
export const candidateStatusCodes: readonly CandidateStatusCode[] = Object.freeze([
  'scolaire_public_ou_prive_sous_contrat',
  'apprenti_cfa_habilite_ccf',
  'formation_continue_etablissement_public',
  'scolaire_prive_hors_contrat',
  'apprenti_cfa_non_habilite_ccf',
  'formation_continue_etablissement_prive',
  'experience_professionnelle_1_an',
  'enseignement_a_distance',
] as const);

/** All competences of a référentiel, in reading order. */
export function allCompetences(ref: Referential = referential): Competence[] {
  return ref.blocks.flatMap((block) => block.competences);
}

/** The codes of the compétences détaillées (`C1.1.1`…), in reading order. */
export function detailedCompetenceCodes(ref: Referential = referential): string[] {
  return allCompetences(ref).flatMap((competence) => competence.detailed.map((d) => d.code));
}

/** The competence with this code (`C1.1`…), or undefined. */
export function findCompetence(
  code: string,
  ref: Referential = referential,
): Competence | undefined {
  return allCompetences(ref).find((competence) => competence.code === code);
}

/** The compétence détaillée with this code (`C1.1.1`…), or undefined. */
export function findDetailedCompetence(
  code: string,
  ref: Referential = referential,
): DetailedCompetence | undefined {
  for (const competence of allCompetences(ref)) {
    const found = competence.detailed.find((d) => d.code === code);
    if (found) return found;
  }
  return undefined;
}

/** Whether `code` is one of the candidate statuses of the règlement d'examen. */
export function isCandidateStatus(code: unknown): code is CandidateStatusCode {
  return typeof code === 'string' && (candidateStatusCodes as readonly string[]).includes(code);
}

/**
 * The exam mode (CCF or ponctuel, the same for E1, E2 and E3) of a candidate status.
 * @throws Error when the status code is unknown.
 */
export function modeForStatus(statusCode: string, ref: Referential = referential): ExamMode {
  const status = ref.candidateStatuses.find((s) => s.code === statusCode);
  if (!status) throw new Error(`Unknown candidate status: ${JSON.stringify(statusCode)}`);
  return status.mode;
}
export { coverageOf } from './coverage.js';
export type { CompetenceCoverage, CoverageCell, CoverageTrace } from './coverage.js';
export {
  CANDIDATE_CSV_HEADER,
  candidateCsvTemplate,
  candidateStatusFromText,
} from './candidate-status-text.js';
export type { StatusReading } from './candidate-status-text.js';
