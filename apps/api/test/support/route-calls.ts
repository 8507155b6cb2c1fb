/**
 * How to call each route of the application: the resources a route acts on (created over HTTP by
 * `createEvidence`) and the parameters and body it gets. Shared by the authorisation matrix and the
 * tests that walk every route (a new route gets its case here once, and every walker uses it).
 */
import { randomBytes } from 'node:crypto';
import { makePng } from './fixtures.js';
import { PASSWORD, type Session, type World } from './world.js';

export interface Call {
  params?: Record<string, string>;
  body?: object;
  attach?: { field: string; content: string | Buffer; name: string };
  query?: string;
  /** The call ends the session: run it on a fresh one. */
  freshSession?: boolean;
}

const unique = () => randomBytes(4).toString('hex');

/** Traces and files of `candidate`, created over HTTP before the matrix runs. */
export interface Evidence {
  shareId: string;
  shareToken: string;
  period: string;
  doomedPeriod: string;
  submission: string;
  submittedFile: string;
  trace: string;
  doomedTrace: string;
  file: string;
  doomedFile: string;
  comment: string;
  doomedComment: string;
  /** An E3 session of A (created by `admin`) with `examiner` on its commission and `candidate`. */
  examSession: string;
}

/** What each route is called with; the resources are A's (the other establishment's must not reach them). */
export function callFor(route: string, w: World, e: Evidence): Call {
  const p = w.people;
  switch (route) {
    case 'POST /api/traces':
      return {
        body: {
          title: 'Trace',
          context: 'centre',
          occurredOn: '2026-11-02',
          competences: ['C1.1'],
        },
      };
    case 'GET /api/traces':
    case 'GET /api/coverage':
      return { params: {}, query: `candidateId=${p.candidate.id}` };
    case 'GET /api/traces/:id':
      return { params: { id: e.trace } };
    case 'PATCH /api/traces/:id':
      return { params: { id: e.trace }, body: { version: 999_999, title: 'Changed' } };
    case 'DELETE /api/traces/:id':
      return { params: { id: e.doomedTrace } };
    case 'POST /api/traces/:id/files':
      return {
        params: { id: e.trace },
        attach: { field: 'file', name: 'a.png', content: makePng(8) },
      };
    case 'GET /api/files/:id/content':
      return { params: { id: e.file } };
    case 'PATCH /api/files/:id':
      return { params: { id: e.file }, body: { name: 'renamed.png' } };
    case 'DELETE /api/files/:id':
      return { params: { id: e.doomedFile } };
    case 'POST /api/submissions/:id/shares':
    case 'GET /api/submissions/:id/shares':
      return {
        params: { id: e.submission },
        body: route.startsWith('POST') ? { label: 'Jury' } : undefined,
      };
    case 'DELETE /api/shares/:shareId':
      return { params: { shareId: e.shareId } };
    case 'GET /api/shared/:token':
    case 'GET /api/shared/:token/export.zip':
    case 'GET /api/shared/:token/export.pdf':
      return { params: { token: e.shareToken } };
    case 'GET /api/shared/:token/files/:fileId/content':
      return { params: { token: e.shareToken, fileId: e.submittedFile } };
    case 'GET /api/pfmp':
      return { params: {}, query: `candidateId=${p.candidate.id}` };
    case 'POST /api/pfmp':
      return {
        body: { organisationName: 'Entreprise', startsOn: '2027-01-04', endsOn: '2027-01-08' },
      };
    case 'PATCH /api/pfmp/:id':
      return { params: { id: e.period }, body: { version: 999_999, absenceDays: 1 } };
    case 'DELETE /api/pfmp/:id':
      return { params: { id: e.doomedPeriod } };
    case 'POST /api/pfmp/:id/proof':
    case 'GET /api/pfmp/:id/proof/content':
      return {
        params: { id: e.period },
        attach: route.startsWith('POST')
          ? { field: 'file', name: 'attestation.png', content: makePng(8) }
          : undefined,
      };
    case 'POST /api/traces/:id/attestations':
      return { params: { id: e.trace }, body: { comment: 'Vu en entreprise' } };
    case 'DELETE /api/traces/:id/attestations/mine':
      return { params: { id: e.trace } };
    case 'GET /api/pfmp/:id/bilan':
      return { params: { id: e.period } };
    case 'PUT /api/pfmp/:id/bilan':
      // A stale version: the period's tutor gets 409, and nothing changes.
      return { params: { id: e.period }, body: { version: 999_999, activities: 'Changed' } };
    case 'GET /api/dossiers/:exam':
      return { params: { exam: 'E3' }, query: `candidateId=${p.candidate.id}` };
    case 'PUT /api/dossiers/:exam':
      // A stale version: each candidate reaches their own dossier and gets 409; nothing changes.
      return { params: { exam: 'E2' }, body: { version: 999_999, items: [], presentation: '' } };
    case 'POST /api/dossiers/:exam/submissions':
      // Never saved: each candidate reaches their own dossier and is told to save it first.
      return { params: { exam: 'E1' }, body: {} };
    case 'GET /api/traces/:id/comments':
    case 'POST /api/traces/:id/comments':
      return { params: { id: e.trace }, body: { body: 'Pensez à **préciser** le contexte.' } };
    case 'GET /api/dossiers/:exam/comments':
    case 'POST /api/dossiers/:exam/comments':
      return {
        params: { exam: 'E3' },
        query: `candidateId=${p.candidate.id}`,
        body: { body: 'Dossier à compléter.' },
      };
    case 'GET /api/submissions/:id/comments':
    case 'POST /api/submissions/:id/comments':
      return { params: { id: e.submission }, body: { body: 'Bien reçu.' } };
    case 'PATCH /api/comments/:id':
      // The candidate's own comment, written moments ago: only they may edit it.
      return { params: { id: e.comment }, body: { body: 'Corrigé' } };
    case 'DELETE /api/comments/:id':
      // The candidate (second in line) deletes their comment; after that it is gone for all.
      return { params: { id: e.doomedComment } };
    case 'POST /api/notifications/read':
      return { body: { all: true } };
    case 'PUT /api/me/settings':
      return { body: { emailDigest: true } };
    case 'PUT /api/auth/me/locale':
      return { body: { locale: 'fr' } };
    case 'GET /api/submissions/:id':
    case 'GET /api/submissions/:id/export.zip':
    case 'GET /api/submissions/:id/export.pdf':
      return { params: { id: e.submission } };
    case 'GET /api/submissions/:id/files/:fileId/content':
      return { params: { id: e.submission, fileId: e.submittedFile } };
    case 'POST /api/auth/login':
      // Signing in replaces the caller's session: use a throwaway one.
      return { body: { email: p.spareTeacher.email, password: PASSWORD }, freshSession: true };
    case 'POST /api/auth/logout':
      return { freshSession: true };
    case 'POST /api/auth/password':
      return {
        body: { currentPassword: 'not the current one', newPassword: 'whatever new password' },
      };
    case 'POST /api/auth/password-reset':
      return { body: { email: `nobody.${unique()}@example.org` } };
    case 'POST /api/auth/password-reset/confirm':
    case 'POST /api/auth/invitations/accept':
      return { body: { token: 'not-a-valid-token-at-all', password: 'whatever new password' } };
    case 'GET /api/auth/invitations/:token':
      return { params: { token: 'not-a-valid-token-at-all' } };
    case 'POST /api/invitations':
      return {
        body: { email: `tutor.${unique()}@example.org`, displayName: 'Invited', role: 'tutor' },
      };
    case 'POST /api/users':
      return {
        body: {
          email: `user.${unique()}@example.org`,
          displayName: 'Created',
          roles: ['examiner'],
        },
      };
    case 'GET /api/users/:id':
      return { params: { id: p.candidate.id } };
    case 'PATCH /api/users/:id':
      // A stale version: whoever passes the policy gets 409, and nothing changes.
      return { params: { id: p.candidate.id }, body: { version: 999_999, positionne: false } };
    case 'POST /api/users/:id/deactivate':
      return { params: { id: p.victim.id } };
    case 'POST /api/users/:id/password-reset':
      return { params: { id: p.spareTeacher.id } };
    case 'PUT /api/users/:id/tutors/:tutorId':
    case 'DELETE /api/users/:id/tutors/:tutorId':
      return { params: { id: p.candidate.id, tutorId: p.spareTutor.id } };
    case 'POST /api/exam-sessions':
      return { body: examSessionBody(`Session ${unique()}`) };
    case 'GET /api/exam-sessions/:id':
    case 'GET /api/exam-sessions/:id/candidates':
    case 'GET /api/exam-sessions/:id/grids.pdf':
      return { params: { id: e.examSession } };
    case 'PATCH /api/exam-sessions/:id':
      // A stale version: whoever may manage the session gets 409, and nothing changes.
      return { params: { id: e.examSession }, body: { version: 999_999, label: 'Changed' } };
    case 'PUT /api/exam-sessions/:id/members/:userId':
    case 'DELETE /api/exam-sessions/:id/members/:userId':
      return { params: { id: e.examSession, userId: p.spareTeacher.id } };
    case 'POST /api/exam-sessions/:id/members/invitations':
      return {
        params: { id: e.examSession },
        body: { email: `jury.${unique()}@example.org`, displayName: 'Jury invité' },
      };
    case 'PUT /api/exam-sessions/:id/candidates/:candidateId':
    case 'DELETE /api/exam-sessions/:id/candidates/:candidateId':
      return { params: { id: e.examSession, candidateId: p.otherCandidate.id } };
    case 'POST /api/exam-sessions/:id/cohorts/:cohortId/candidates':
      return { params: { id: e.examSession, cohortId: w.cohortA } };
    case 'GET /api/exam-sessions/:id/candidates/:candidateId/submission':
    case 'GET /api/exam-sessions/:id/candidates/:candidateId/evaluation':
    case 'POST /api/exam-sessions/:id/candidates/:candidateId/evaluation/sign-off':
      return { params: { id: e.examSession, candidateId: p.candidate.id } };
    case 'PUT /api/exam-sessions/:id/candidates/:candidateId/evaluation':
      // A stale version: members get 409 and nothing is saved (so sign-off answers 409 too).
      return {
        params: { id: e.examSession, candidateId: p.candidate.id },
        body: { version: 999_999, scores: [], proposedMark: null, notes: '' },
      };
    case 'POST /api/exam-sessions/:id/candidates/:candidateId/evaluation/corrections':
      // The evaluation is not locked: an admin who reaches it gets 409, nothing changes.
      return {
        params: { id: e.examSession, candidateId: p.candidate.id },
        body: { version: 1, scores: [], proposedMark: null, notes: '', reason: 'Erreur de saisie' },
      };
    case 'POST /api/cohorts':
      return { body: { name: `Cohorte ${unique()}`, schoolYear: '2026-2027' } };
    case 'GET /api/cohorts/:id':
    case 'GET /api/cohorts/:id/dashboard':
    case 'GET /api/cohorts/:id/dashboard.csv':
      return { params: { id: w.cohortA } };
    case 'POST /api/cohorts/:id/candidates/import':
      // A file with an error: whoever passes the policy gets the 400 report, nothing is created.
      return {
        params: { id: w.cohortA },
        attach: {
          field: 'file',
          name: 'candidats.csv',
          content: 'email,displayName,candidateStatus\nnot-an-email,X,unknown\n',
        },
      };
    case 'PUT /api/cohorts/:id/teachers/:teacherId':
    case 'DELETE /api/cohorts/:id/teachers/:teacherId':
      return { params: { id: w.cohortA, teacherId: p.spareTeacher.id } };
    default:
      return {};
  }
}

const DAY_MS = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);

/** A valid session: deadline in 30 days, orals 10 days later, retention 3 months after. */
export function examSessionBody(label: string, exam = 'E3') {
  return {
    exam,
    mode: 'ccf',
    label,
    oralStartsOn: day(40),
    oralEndsOn: day(42),
    submissionDeadline: new Date(Date.now() + 30 * DAY_MS).toISOString(),
    retentionUntil: day(130),
  };
}

/**
 * The candidate's resources every walker acts on, created over HTTP as `candidate`; `admin` then
 * opens an E3 session with `examiner` on its commission and `candidate` in it.
 */
export async function createEvidence(
  candidate: Session,
  admin: Session,
  w: World,
): Promise<Evidence> {
  const { agent, csrf } = candidate;
  // The kept period's tutor is `tutor` (who fills its bilan and attests its traces); another
  // period, earlier and at another organisation, is `otherPeriodTutor`'s.
  const period = async (tutorId: string | null, organisationName = 'Mairie', month = '2027-01') =>
    (
      await agent
        .post('/api/pfmp')
        .set('X-CSRF-Token', csrf)
        .send({ organisationName, startsOn: `${month}-04`, endsOn: `${month}-29`, tutorId })
        .expect(201)
    ).body.id as string;
  const keptPeriod = await period(w.people.tutor.id);
  const doomedPeriod = await period(null);
  await period(w.people.otherPeriodTutor.id, 'Garage Martin', '2026-11');
  const trace = async () =>
    (
      await agent
        .post('/api/traces')
        .set('X-CSRF-Token', csrf)
        .send({
          title: 'Preuve',
          context: 'pfmp',
          occurredOn: '2027-01-12',
          pfmpPeriodId: keptPeriod,
          competences: ['C3.1'],
        })
        .expect(201)
    ).body.id as string;
  const file = async (traceId: string) =>
    (
      await agent
        .post(`/api/traces/${traceId}/files`)
        .set('X-CSRF-Token', csrf)
        .attach('file', makePng(8), 'preuve.png')
        .expect(201)
    ).body.id as string;
  const [t, doomedTrace] = [await trace(), await trace()];
  const [kept, doomedFile] = [await file(t), await file(t)];
  await agent
    .put('/api/dossiers/E3')
    .set('X-CSRF-Token', csrf)
    .send({ version: 0, items: [{ traceId: t }], presentation: 'Bilan' })
    .expect(200);
  const submitted = await agent
    .post('/api/dossiers/E3/submissions')
    .set('X-CSRF-Token', csrf)
    .send({ acknowledgeIncomplete: true })
    .expect(201);
  const snapshot = await agent.get(`/api/submissions/${submitted.body.id}`).expect(200);
  await agent
    .post(`/api/pfmp/${keptPeriod}/proof`)
    .set('X-CSRF-Token', csrf)
    .attach('file', makePng(8), 'attestation.png')
    .expect(201);
  // Revoking a link is idempotent; the matrix revokes `doomedShare`, public routes read `share`.
  const share = async () =>
    (
      await agent
        .post(`/api/submissions/${submitted.body.id}/shares`)
        .set('X-CSRF-Token', csrf)
        .send({ label: 'Jury' })
        .expect(201)
    ).body as { id: string; token: string };
  const [openShare, doomedShare] = [await share(), await share()];
  const comment = async () =>
    (
      await agent
        .post(`/api/traces/${t}/comments`)
        .set('X-CSRF-Token', csrf)
        .send({ body: 'Une remarque' })
        .expect(201)
    ).body.id as string;
  const [keptComment, doomedComment] = [await comment(), await comment()];
  const examSession = (
    await admin.agent
      .post('/api/exam-sessions')
      .set('X-CSRF-Token', admin.csrf)
      .send(examSessionBody('E3 — session du matrix'))
      .expect(201)
  ).body.id as string;
  await admin.agent
    .put(`/api/exam-sessions/${examSession}/members/${w.people.examiner.id}`)
    .set('X-CSRF-Token', admin.csrf)
    .expect(204);
  await admin.agent
    .put(`/api/exam-sessions/${examSession}/candidates/${w.people.candidate.id}`)
    .set('X-CSRF-Token', admin.csrf)
    .expect(204);
  return {
    examSession,
    shareId: doomedShare.id,
    shareToken: openShare.token,
    period: keptPeriod,
    doomedPeriod,
    submission: submitted.body.id,
    submittedFile: snapshot.body.items[0].files[0].id,
    trace: t,
    doomedTrace,
    file: kept,
    doomedFile,
    comment: keptComment,
    doomedComment,
  };
}
