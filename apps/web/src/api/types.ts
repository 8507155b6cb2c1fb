/**
 * Names for the API's payloads, derived from the generated schema by operation id (so they do not
 * depend on how the API names its schema components). Never write these shapes by hand.
 */
import type { operations } from './schema';

type JsonOf<Response> = Response extends { content: { 'application/json': infer Body } }
  ? Body
  : never;

export type Referential = JsonOf<operations['getReferential']['responses'][200]>;
export type Block = Referential['blocks'][number];
export type Competence = Block['competences'][number];
export type DetailedCompetence = Competence['detailed'][number];
export type Exam = Referential['exams'][number];
export type CcfSituation = Exam['ccf']['situations'][number];
export type TransversalCompetence = Referential['transversal'][number];
export type CandidateStatus = Referential['candidateStatuses'][number];

export type HealthStatus = JsonOf<operations['health']['responses'][200]>;
