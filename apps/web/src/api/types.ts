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

export { ROLES, rolesCombine } from '@dossier-sno/exam-rules';

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

export type Dossier = JsonOf<operations['getDossier']['responses'][200]>;
export type ExamCode = Dossier['exam'];
export type DossierItem = Dossier['items'][number];
export type ReadinessCheck = Dossier['readiness']['checks'][number];
export type CollaborativeProject = NonNullable<Dossier['project']>;
export type HighlightedRealisation = Dossier['highlights'][number];
export type HighlightActivity = HighlightedRealisation['activity'];
export type SubmissionSummary = Dossier['submissions'][number];
export type SaveDossierBody = NonNullable<
  operations['saveDossier']['requestBody']
>['content']['application/json'];
export type ShareLink = JsonOf<operations['listShareLinks']['responses'][200]>[number];
export type ShareLinkCreated = JsonOf<operations['createShareLink']['responses'][201]>;
export type PfmpRecord = JsonOf<operations['getPfmpRecord']['responses'][200]>;
export type PfmpPeriod = PfmpRecord['periods'][number];
export type PfmpProofKind = PfmpRecord['proofKind'];
export type CreatePfmpBody = NonNullable<
  operations['createPfmpPeriod']['requestBody']
>['content']['application/json'];

/** The three exams, in order. */
export const EXAM_CODES: readonly ExamCode[] = ['E1', 'E2', 'E3'];
/** The activities of E2 that each need one highlighted realisation (ponctuel). */
export const HIGHLIGHT_ACTIVITIES: readonly HighlightActivity[] = ['2.1', '2.2', '2.3'];
export type CohortDashboard = JsonOf<operations['getCohortDashboard']['responses'][200]>;
export type DashboardCandidate = CohortDashboard['candidates'][number];

export type Comment = JsonOf<operations['listTraceComments']['responses'][200]>[number];
export type NotificationPage = JsonOf<operations['listNotifications']['responses'][200]>;
export type AppNotification = NotificationPage['items'][number];
export type UserSettings = JsonOf<operations['getMySettings']['responses'][200]>;

export type Attestation = Trace['attestations'][number];
export type Intern = JsonOf<operations['listInterns']['responses'][200]>[number];
export type PfmpBilan = JsonOf<operations['getPfmpBilan']['responses'][200]>;
export type BilanLevel = PfmpBilan['competences'][number];
export type SavePfmpBilanBody = NonNullable<
  operations['savePfmpBilan']['requestBody']
>['content']['application/json'];

export type ExamSession = JsonOf<operations['getExamSession']['responses'][200]>;
export type ExamSessionMember = ExamSession['members'][number];
export type ExamMode = ExamSession['mode'];
export type CreateExamSessionBody = NonNullable<
  operations['createExamSession']['requestBody']
>['content']['application/json'];
export type SessionCandidate = JsonOf<
  operations['listSessionCandidates']['responses'][200]
>[number];
export type Submission = JsonOf<operations['getSubmission']['responses'][200]>;
export type SubmittedItem = Submission['items'][number];
export type SubmittedFile = SubmittedItem['files'][number];
/** What a share link opens: a submission and its candidate's name. */
export type SharedSubmission = JsonOf<operations['getSharedSubmission']['responses'][200]>;
export type Evaluation = JsonOf<operations['getEvaluation']['responses'][200]>;
export type CriterionScore = Evaluation['scores'][number];
export type EvaluationLevel = NonNullable<CriterionScore['level']>;

/** The level scale of the grid, lowest first (documented in libs/exam-rules). */
export const EVALUATION_LEVELS: readonly EvaluationLevel[] = [
  'tres_insuffisant',
  'insuffisant',
  'satisfaisant',
  'tres_satisfaisant',
];
