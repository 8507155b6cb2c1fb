/**
 * What an actor may do to a resource: the closed list every access decision is asked in. A service
 * makes one call, `policy.requireAccess(actor, Permission.X, ids)`, before acting; what each
 * permission means is written once, in permissions.ts, over the bulk checks of
 * access.repository.ts. The ids are those of the resource named first (a user for `User*` and
 * `Record*`, a PFMP period for `Bilan*`, an `evaluationKey` for `Evaluation*`).
 */
export enum Permission {
  /** See a person: their name and roles in lists and pages. */
  UserRead = 'user.read',
  /** Change an account's name, e-mail, roles; deactivate it. */
  UserManage = 'user.manage',
  /** Name a candidate to read what one reaches of them (traces, PFMP periods, coverage). */
  CandidateRead = 'candidate.read',
  /** Set a candidate's exam profile, assign their tutors, enrol them in a session. */
  CandidateManage = 'candidate.manage',
  /** Reach a candidate's whole record: dossiers, their threads, every trace and period. */
  RecordRead = 'record.read',

  CohortRead = 'cohort.read',
  /** Follow a cohort: its dashboard and CSV. */
  CohortFollow = 'cohort.follow',

  TraceRead = 'trace.read',
  /** Change, delete, add files to a trace: its candidate only. */
  TraceUpdate = 'trace.update',
  /** Attest a trace, or withdraw one's attestation: a tutor assigned to its candidate. */
  TraceAttest = 'trace.attest',
  FileRead = 'file.read',
  FileUpdate = 'file.update',

  PfmpPeriodRead = 'pfmp-period.read',
  PfmpPeriodUpdate = 'pfmp-period.update',
  /** Read a period's bilan: staff who reach the period; its candidate once it is complete. */
  BilanRead = 'bilan.read',
  /** Fill a period's bilan: the period's tutor, still assigned to the candidate. */
  BilanWrite = 'bilan.write',

  /** Read a submission: through the candidate's record, or as its commission. */
  SubmissionRead = 'submission.read',
  /** Follow a submission through the candidate's record (its share links, its thread). */
  SubmissionFollow = 'submission.follow',
  /** Create or revoke a share link: the candidate, their cohort's teachers, the admins. */
  SubmissionShare = 'submission.share',

  /** Edit or delete a comment: its author (the others of its thread are told why not). */
  CommentUpdate = 'comment.update',

  ExamSessionRead = 'exam-session.read',
  /** Change a session, seat its commission, enrol its candidates. */
  ExamSessionManage = 'exam-session.manage',
  /** The marks of a whole session (evaluation statuses, `grids.pdf`). */
  ExamSessionMarksRead = 'exam-session.marks-read',
  /** Read a candidate's evaluation in a session. */
  EvaluationRead = 'evaluation.read',
  /** Fill and sign it: the session's open commission only. */
  EvaluationWrite = 'evaluation.write',
}

/** The id of a candidate's evaluation in a session, for the `Evaluation*` permissions. */
export const evaluationKey = (sessionId: string, candidateId: string): string =>
  `${sessionId}/${candidateId}`;

export function parseEvaluationKey(key: string): { sessionId: string; candidateId: string } {
  const [sessionId = '', candidateId = ''] = key.split('/');
  return { sessionId, candidateId };
}
