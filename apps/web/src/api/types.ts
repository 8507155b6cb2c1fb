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

export type SessionUser = JsonOf<operations['me']['responses'][200]>;
export type Role = SessionUser['roles'][number];
export type InvitationPreview = JsonOf<operations['previewInvitation']['responses'][200]>;
export type User = JsonOf<operations['listUsers']['responses'][200]>['items'][number];
export type UserPage = JsonOf<operations['listUsers']['responses'][200]>;
export type CreateUserBody = NonNullable<
  operations['createUser']['requestBody']
>['content']['application/json'];
export type Cohort = JsonOf<operations['getCohort']['responses'][200]>;
export type AuditPage = JsonOf<operations['listAuditEvents']['responses'][200]>;
export type AuditEvent = AuditPage['items'][number];
export type CandidateStatusCode = NonNullable<CreateUserBody['candidateStatus']>;

/** Every role, in the order the interface lists them. */
export const ROLES: readonly Role[] = ['candidate', 'tutor', 'teacher', 'examiner', 'admin'];

export type TracePage = JsonOf<operations['listTraces']['responses'][200]>;
export type Trace = JsonOf<operations['getTrace']['responses'][200]>;
export type TraceContext = Trace['context'];
export type CreateTraceBody = NonNullable<
  operations['createTrace']['requestBody']
>['content']['application/json'];
export type UpdateTraceBody = NonNullable<
  operations['updateTrace']['requestBody']
>['content']['application/json'];
/** A stored file of a trace, as `POST /traces/{id}/files` answers it. */
export type FileView = JsonOf<operations['uploadTraceFile']['responses'][201]>;
export type Coverage = JsonOf<operations['getCoverage']['responses'][200]>;
export type CompetenceCoverage = Coverage['competences'][number];

/** Every trace context, in the order the interface lists them. */
export const TRACE_CONTEXTS: readonly TraceContext[] = [
  'centre',
  'pfmp',
  'projet',
  'atelier',
  'simulation',
  'personnel',
];
