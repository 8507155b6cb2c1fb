/**
 * The authorisation matrix: every route of the application × every persona, compared with the
 * table below. The route list comes from the running application, so a new route without a row
 * fails this test. Each row reads: the status each persona gets, in the order of the header.
 */
import { randomBytes } from 'node:crypto';
import { makePng } from './support/fixtures.js';
import { applicationRoutes } from './support/routes.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import {
  anonymous,
  buildWorld,
  PASSWORD,
  PERSONAS,
  type Persona,
  type Session,
  signIn,
  type World,
} from './support/world.js';

type Row = [number, number, number, number, number, number, number, number, number, number];

// prettier-ignore
const EXPECTED: Record<string, Row> = {
  //                                              anon cand oCand tutor uTut teach oTeach exam admin oAdm
  'GET /api/health':                             [200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/referential':                        [200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/auth/login':                        [200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/auth/me':                            [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/auth/csrf':                          [200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/auth/logout':                       [401, 204, 204, 204, 204, 204, 204, 204, 204, 204],
  'POST /api/auth/password':                     [401, 400, 400, 400, 400, 400, 400, 400, 400, 400],
  'POST /api/auth/password-reset':               [202, 202, 202, 202, 202, 202, 202, 202, 202, 202],
  'POST /api/auth/password-reset/confirm':       [404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
  'GET /api/auth/invitations/:token':            [404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
  'POST /api/auth/invitations/accept':           [404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
  'POST /api/invitations':                       [401, 403, 403, 403, 403, 201, 201, 403, 201, 201],
  'GET /api/users':                              [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/users':                             [401, 403, 403, 403, 403, 403, 403, 403, 201, 201],
  'GET /api/users/:id':                          [401, 200, 404, 200, 404, 200, 404, 404, 200, 404],
  'PATCH /api/users/:id':                        [401, 403, 404, 403, 404, 409, 404, 404, 409, 404],
  'POST /api/users/:id/deactivate':              [401, 403, 403, 403, 403, 403, 403, 403, 200, 404],
  'PUT /api/users/:id/tutors/:tutorId':          [401, 403, 403, 403, 403, 204, 404, 403, 204, 404],
  'DELETE /api/users/:id/tutors/:tutorId':       [401, 403, 403, 403, 403, 204, 404, 403, 204, 404],
  'GET /api/cohorts':                            [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/cohorts':                           [401, 403, 403, 403, 403, 403, 403, 403, 201, 201],
  'GET /api/cohorts/:id':                        [401, 200, 200, 404, 404, 200, 404, 404, 200, 404],
  'POST /api/cohorts/:id/candidates/import':     [401, 403, 403, 403, 403, 403, 403, 403, 400, 404],
  'PUT /api/cohorts/:id/teachers/:teacherId':    [401, 403, 403, 403, 403, 403, 403, 403, 204, 404],
  'DELETE /api/cohorts/:id/teachers/:teacherId': [401, 403, 403, 403, 403, 403, 403, 403, 204, 404],
  'GET /api/me/export':                         [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/traces':                           [401, 201, 201, 403, 403, 403, 403, 403, 403, 403],
  'GET /api/traces':                            [401, 200, 404, 200, 404, 200, 404, 404, 200, 404],
  'GET /api/traces/:id':                        [401, 200, 404, 200, 404, 200, 404, 404, 200, 404],
  'PATCH /api/traces/:id':                      [401, 409, 404, 403, 403, 403, 403, 403, 403, 403],
  'DELETE /api/traces/:id':                     [401, 204, 404, 403, 403, 403, 403, 403, 403, 403],
  'POST /api/traces/:id/files':                 [401, 201, 404, 403, 403, 403, 403, 403, 403, 403],
  'GET /api/files/:id/content':                 [401, 200, 404, 200, 404, 200, 404, 404, 200, 404],
  'PATCH /api/files/:id':                       [401, 200, 404, 403, 403, 403, 403, 403, 403, 403],
  'DELETE /api/files/:id':                      [401, 204, 404, 403, 403, 403, 403, 403, 403, 403],
  'GET /api/coverage':                          [401, 200, 404, 200, 404, 200, 404, 404, 200, 404],
  'GET /api/dossiers/:exam':                    [401, 200, 404, 200, 404, 200, 404, 404, 200, 404],
  'PUT /api/dossiers/:exam':                    [401, 409, 409, 403, 403, 403, 403, 403, 403, 403],
  'POST /api/dossiers/:exam/submissions':       [401, 400, 400, 403, 403, 403, 403, 403, 403, 403],
  'GET /api/submissions/:id':                   [401, 200, 404, 200, 404, 200, 404, 404, 200, 404],
  'GET /api/submissions/:id/export.zip':        [401, 200, 404, 200, 404, 200, 404, 404, 200, 404],
  'GET /api/submissions/:id/export.pdf':        [401, 200, 404, 200, 404, 200, 404, 404, 200, 404],
  'GET /api/submissions/:id/files/:fileId/content': [401, 200, 404, 200, 404, 200, 404, 404, 200, 404],
  'GET /api/pfmp':                              [401, 200, 404, 200, 404, 200, 404, 404, 200, 404],
  'POST /api/pfmp':                             [401, 201, 201, 403, 403, 403, 403, 403, 403, 403],
  'PATCH /api/pfmp/:id':                        [401, 409, 404, 403, 403, 403, 403, 403, 403, 403],
  'DELETE /api/pfmp/:id':                       [401, 204, 404, 403, 403, 403, 403, 403, 403, 403],
  'POST /api/pfmp/:id/proof':                   [401, 201, 404, 403, 403, 403, 403, 403, 403, 403],
  'GET /api/pfmp/:id/proof/content':            [401, 200, 404, 200, 404, 200, 404, 404, 200, 404],
  'POST /api/submissions/:id/shares':          [401, 201, 404, 403, 404, 201, 404, 404, 201, 404],
  'GET /api/submissions/:id/shares':           [401, 200, 404, 200, 404, 200, 404, 404, 200, 404],
  'DELETE /api/shares/:shareId':               [401, 204, 404, 403, 404, 204, 404, 404, 204, 404],
  'GET /api/shared/:token':                    [200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/shared/:token/export.zip':         [200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/shared/:token/export.pdf':         [200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/shared/:token/files/:fileId/content': [200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/audit':                              [401, 403, 403, 403, 403, 403, 403, 403, 200, 200],
};

/** Documentation routes (Swagger UI and its assets) are public and tested in http.int-spec.ts. */
const DOCUMENTATION = /^GET \/api\/docs/;

interface Call {
  params?: Record<string, string>;
  body?: object;
  attach?: { field: string; content: string | Buffer; name: string };
  query?: string;
  /** The call ends the session: run it on a fresh one. */
  freshSession?: boolean;
}

const unique = () => randomBytes(4).toString('hex');

/** Traces and files of `candidate`, created over HTTP before the matrix runs. */
interface Evidence {
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
}

/** What each route is called with; the resources are A's (the other establishment's must not reach them). */
function callFor(route: string, w: World, e: Evidence): Call {
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
    case 'GET /api/dossiers/:exam':
      return { params: { exam: 'E3' }, query: `candidateId=${p.candidate.id}` };
    case 'PUT /api/dossiers/:exam':
      // A stale version: each candidate reaches their own dossier and gets 409; nothing changes.
      return { params: { exam: 'E2' }, body: { version: 999_999, items: [], presentation: '' } };
    case 'POST /api/dossiers/:exam/submissions':
      // Never saved: each candidate reaches their own dossier and is told to save it first.
      return { params: { exam: 'E1' }, body: {} };
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
    case 'PUT /api/users/:id/tutors/:tutorId':
    case 'DELETE /api/users/:id/tutors/:tutorId':
      return { params: { id: p.candidate.id, tutorId: p.spareTutor.id } };
    case 'POST /api/cohorts':
      return { body: { name: `Cohorte ${unique()}`, schoolYear: '2026-2027' } };
    case 'GET /api/cohorts/:id':
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

describe('authorisation matrix (every route × every persona)', () => {
  let platform: TestPlatform;
  let world: World;
  let evidence: Evidence;
  const sessions = new Map<Persona, Session>();

  const sessionOf = async (persona: Persona, fresh = false): Promise<Session> => {
    if (persona === 'anonymous') return anonymous(platform);
    if (fresh) return signIn(platform, world.people[persona].email);
    if (!sessions.has(persona))
      sessions.set(persona, await signIn(platform, world.people[persona].email));
    return sessions.get(persona)!;
  };

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await buildWorld(platform);
    const { agent, csrf } = await sessionOf('candidate');
    const trace = async () =>
      (
        await agent
          .post('/api/traces')
          .set('X-CSRF-Token', csrf)
          .send({
            title: 'Preuve',
            context: 'pfmp',
            occurredOn: '2026-11-02',
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
    const period = async () =>
      (
        await agent
          .post('/api/pfmp')
          .set('X-CSRF-Token', csrf)
          .send({ organisationName: 'Mairie', startsOn: '2027-01-04', endsOn: '2027-01-29' })
          .expect(201)
      ).body.id as string;
    const [keptPeriod, doomedPeriod] = [await period(), await period()];
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
    evidence = {
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
    };
  });
  afterAll(async () => {
    await platform.close();
  });

  it('has a row for every route of the application, and no row for a route that does not exist', () => {
    const routes = applicationRoutes(platform).filter((r) => !DOCUMENTATION.test(r));
    expect(routes.filter((r) => !(r in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it.each(Object.keys(EXPECTED))('%s answers each persona as the table says', async (route) => {
    const [method, template] = route.split(' ') as [string, string];
    const call = callFor(route, world, evidence);
    const path = template.replace(/:(\w+)/g, (_, name: string) => {
      const value = call.params?.[name];
      if (!value) throw new Error(`no value for :${name} in ${route}`);
      return value;
    });
    const actual: Record<string, number> = {};
    const expected: Record<string, number> = {};
    for (const [i, persona] of PERSONAS.entries()) {
      // Asked again for each persona, so that created resources get fresh names.
      const { body } = callFor(route, world, evidence);
      const { agent, csrf } = await sessionOf(persona, call.freshSession);
      let req = agent[method.toLowerCase() as 'get'](call.query ? `${path}?${call.query}` : path);
      if (csrf) req = req.set('X-CSRF-Token', csrf);
      if (call.attach)
        req = req.attach(call.attach.field, Buffer.from(call.attach.content), call.attach.name);
      else if (body) req = req.send(body);
      const res = await req;
      actual[persona] = res.status;
      expected[persona] = EXPECTED[route]![i]!;
      expect(res.status).toBeLessThan(500);
    }
    expect(actual).toEqual(expected);
  });

  it('never lets a persona see another establishment in a list', async () => {
    for (const persona of PERSONAS.filter((p) => p !== 'anonymous')) {
      const { agent } = await sessionOf(persona);
      const users = (await agent.get('/api/users?pageSize=200').expect(200)).body as {
        items: { establishmentId: string }[];
      };
      const own =
        persona === 'otherTeacher' || persona === 'otherAdmin'
          ? world.establishmentB
          : world.establishmentA;
      expect(users.items.every((u) => u.establishmentId === own)).toBe(true);
    }
  });
});
