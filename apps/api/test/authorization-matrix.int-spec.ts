/**
 * The authorisation matrix: every route of the application × every persona, compared with the
 * table below. The route list comes from the running application, so a new route without a row
 * fails this test. Each row reads: the status each persona gets, in the order of the header.
 */
import { callFor, createEvidence, type Evidence } from './support/route-calls.js';
import { applicationRoutes } from './support/routes.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, PERSONAS, personaSessions, type World } from './support/world.js';

type Row = [number, number, number, number, number, number, number, number, number, number, number];

// prettier-ignore
const EXPECTED: Record<string, Row> = {
  //                                              anon cand oCand tutor uTut pTut teach oTeach exam admin oAdm
  'GET /api/health':                             [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/referential':                        [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/auth/login':                        [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/auth/me':                            [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'PUT /api/auth/me/locale':                     [401, 204, 204, 204, 204, 204, 204, 204, 204, 204, 204],
  'GET /api/auth/csrf':                          [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/auth/logout':                       [401, 204, 204, 204, 204, 204, 204, 204, 204, 204, 204],
  'POST /api/auth/password':                     [401, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400],
  'POST /api/auth/password-reset':               [202, 202, 202, 202, 202, 202, 202, 202, 202, 202, 202],
  'POST /api/auth/password-reset/confirm':       [404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
  'GET /api/auth/invitations/:token':            [404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
  'POST /api/auth/invitations/accept':           [404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
  'POST /api/invitations':                       [401, 403, 403, 403, 403, 403, 201, 201, 403, 201, 201],
  'GET /api/users':                              [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/users':                             [401, 403, 403, 403, 403, 403, 403, 403, 403, 201, 201],
  'GET /api/users/:id':                          [401, 200, 404, 200, 404, 200, 200, 404, 404, 200, 404],
  'PATCH /api/users/:id':                        [401, 403, 404, 403, 404, 403, 409, 404, 404, 409, 404],
  'POST /api/users/:id/deactivate':              [401, 403, 403, 403, 403, 403, 403, 403, 403, 200, 404],
  'POST /api/users/:id/password-reset':          [401, 403, 403, 403, 403, 403, 403, 403, 403, 202, 404],
  'PUT /api/users/:id/tutors/:tutorId':          [401, 403, 403, 403, 403, 403, 204, 404, 403, 204, 404],
  'DELETE /api/users/:id/tutors/:tutorId':       [401, 403, 403, 403, 403, 403, 204, 404, 403, 204, 404],
  'GET /api/cohorts':                            [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/cohorts':                           [401, 403, 403, 403, 403, 403, 403, 403, 403, 201, 201],
  'GET /api/cohorts/:id':                        [401, 200, 200, 404, 404, 404, 200, 404, 404, 200, 404],
  'POST /api/cohorts/:id/candidates/import':     [401, 403, 403, 403, 403, 403, 403, 403, 403, 400, 404],
  'PUT /api/cohorts/:id/teachers/:teacherId':    [401, 403, 403, 403, 403, 403, 403, 403, 403, 204, 404],
  'DELETE /api/cohorts/:id/teachers/:teacherId': [401, 403, 403, 403, 403, 403, 403, 403, 403, 204, 404],
  'GET /api/cohorts/:id/dashboard':             [401, 403, 403, 403, 403, 403, 200, 404, 403, 200, 404],
  'GET /api/cohorts/:id/dashboard.csv':         [401, 403, 403, 403, 403, 403, 200, 404, 403, 200, 404],
  'GET /api/me/export':                         [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/traces':                           [401, 201, 201, 403, 403, 403, 403, 403, 403, 403, 403],
  'GET /api/traces':                            [401, 200, 404, 200, 404, 200, 200, 404, 404, 200, 404],
  'GET /api/traces/:id':                        [401, 200, 404, 200, 404, 404, 200, 404, 404, 200, 404],
  'PATCH /api/traces/:id':                      [401, 409, 404, 403, 403, 403, 403, 403, 403, 403, 403],
  'DELETE /api/traces/:id':                     [401, 204, 404, 403, 403, 403, 403, 403, 403, 403, 403],
  'POST /api/traces/:id/files':                 [401, 201, 404, 403, 403, 403, 403, 403, 403, 403, 403],
  'GET /api/files/:id/content':                 [401, 200, 404, 200, 404, 404, 200, 404, 404, 200, 404],
  'PATCH /api/files/:id':                       [401, 200, 404, 403, 403, 403, 403, 403, 403, 403, 403],
  'DELETE /api/files/:id':                      [401, 204, 404, 403, 403, 403, 403, 403, 403, 403, 403],
  'GET /api/coverage':                          [401, 200, 404, 200, 404, 200, 200, 404, 404, 200, 404],
  'GET /api/dossiers/:exam':                    [401, 200, 404, 404, 404, 404, 200, 404, 404, 200, 404],
  'PUT /api/dossiers/:exam':                    [401, 409, 409, 403, 403, 403, 403, 403, 403, 403, 403],
  'POST /api/dossiers/:exam/submissions':       [401, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403],
  'GET /api/submissions/:id':                   [401, 200, 404, 404, 404, 404, 200, 404, 200, 200, 404],
  'GET /api/submissions/:id/export.zip':        [401, 200, 404, 404, 404, 404, 200, 404, 200, 200, 404],
  'GET /api/submissions/:id/export.pdf':        [401, 200, 404, 404, 404, 404, 200, 404, 200, 200, 404],
  'GET /api/submissions/:id/files/:fileId/content': [401, 200, 404, 404, 404, 404, 200, 404, 200, 200, 404],
  'GET /api/pfmp':                              [401, 200, 404, 200, 404, 200, 200, 404, 404, 200, 404],
  'POST /api/pfmp':                             [401, 201, 201, 403, 403, 403, 403, 403, 403, 403, 403],
  'PATCH /api/pfmp/:id':                        [401, 409, 404, 403, 403, 403, 403, 403, 403, 403, 403],
  'DELETE /api/pfmp/:id':                       [401, 204, 404, 403, 403, 403, 403, 403, 403, 403, 403],
  'POST /api/pfmp/:id/proof':                   [401, 201, 404, 403, 403, 403, 403, 403, 403, 403, 403],
  'GET /api/pfmp/:id/proof/content':            [401, 200, 404, 200, 404, 404, 200, 404, 404, 200, 404],
  'POST /api/submissions/:id/shares':          [401, 201, 404, 404, 404, 404, 201, 404, 404, 201, 404],
  'GET /api/submissions/:id/shares':           [401, 200, 404, 404, 404, 404, 200, 404, 404, 200, 404],
  'DELETE /api/shares/:shareId':               [401, 204, 404, 404, 404, 404, 204, 404, 404, 204, 404],
  'GET /api/shared/:token':                    [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/shared/:token/export.zip':         [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/shared/:token/export.pdf':         [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/shared/:token/files/:fileId/content': [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/traces/:id/comments':              [401, 200, 404, 200, 404, 404, 200, 404, 404, 200, 404],
  'POST /api/traces/:id/comments':             [401, 201, 404, 201, 404, 404, 201, 404, 404, 201, 404],
  'GET /api/dossiers/:exam/comments':          [401, 200, 404, 404, 404, 404, 200, 404, 404, 200, 404],
  'POST /api/dossiers/:exam/comments':         [401, 201, 404, 404, 404, 404, 201, 404, 404, 201, 404],
  'GET /api/submissions/:id/comments':         [401, 200, 404, 404, 404, 404, 200, 404, 404, 200, 404],
  'POST /api/submissions/:id/comments':        [401, 201, 404, 404, 404, 404, 201, 404, 404, 201, 404],
  'PATCH /api/comments/:id':                   [401, 200, 404, 403, 404, 404, 403, 404, 404, 403, 404],
  'DELETE /api/comments/:id':                  [401, 204, 404, 404, 404, 404, 404, 404, 404, 404, 404],
  'GET /api/notifications':                    [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/notifications/read':              [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/me/settings':                      [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'PUT /api/me/settings':                      [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/traces/:id/attestations':         [401, 403, 403, 201, 404, 404, 403, 403, 403, 403, 403],
  'DELETE /api/traces/:id/attestations/mine':   [401, 403, 403, 204, 404, 404, 403, 403, 403, 403, 403],
  'GET /api/interns':                           [401, 403, 403, 200, 200, 200, 403, 403, 403, 403, 403],
  'GET /api/pfmp/:id/bilan':                    [401, 404, 404, 200, 404, 404, 200, 404, 404, 200, 404],
  'PUT /api/pfmp/:id/bilan':                    [401, 403, 403, 409, 404, 404, 403, 403, 403, 403, 403],
  // Tutors: `tutor` tutors the period of `trace`; `otherPeriodTutor` another period of the same
  // candidate (another organisation): both see the candidate, each only their own period's traces,
  // files, threads and bilan; neither reaches the dossiers or submissions (issue 13).
  // Exam sessions: `admin` created one (E3) with `examiner` on its commission and `candidate` in it.
  'GET /api/exam-sessions':                      [401, 403, 403, 403, 403, 403, 200, 200, 200, 200, 200],
  'POST /api/exam-sessions':                     [401, 403, 403, 403, 403, 403, 201, 201, 403, 201, 201],
  'GET /api/exam-sessions/:id':                  [401, 403, 403, 403, 403, 403, 404, 404, 200, 200, 404],
  'PATCH /api/exam-sessions/:id':                [401, 403, 403, 403, 403, 403, 404, 404, 403, 409, 404],
  'PUT /api/exam-sessions/:id/members/:userId':  [401, 403, 403, 403, 403, 403, 404, 404, 403, 204, 404],
  'DELETE /api/exam-sessions/:id/members/:userId': [401, 403, 403, 403, 403, 403, 404, 404, 403, 204, 404],
  'POST /api/exam-sessions/:id/members/invitations': [401, 403, 403, 403, 403, 403, 404, 404, 403, 201, 404],
  'GET /api/exam-sessions/:id/candidates':       [401, 403, 403, 403, 403, 403, 404, 404, 200, 200, 404],
  'PUT /api/exam-sessions/:id/candidates/:candidateId': [401, 403, 403, 403, 403, 403, 404, 404, 403, 204, 404],
  'DELETE /api/exam-sessions/:id/candidates/:candidateId': [401, 403, 403, 403, 403, 403, 404, 404, 403, 204, 404],
  'POST /api/exam-sessions/:id/cohorts/:cohortId/candidates': [401, 403, 403, 403, 403, 403, 404, 404, 403, 200, 404],
  'GET /api/exam-sessions/:id/candidates/:candidateId/submission': [401, 403, 403, 403, 403, 403, 404, 404, 200, 200, 404],
  'GET /api/exam-sessions/:id/candidates/:candidateId/evaluation': [401, 403, 403, 403, 403, 403, 404, 404, 200, 200, 404],
  'PUT /api/exam-sessions/:id/candidates/:candidateId/evaluation': [401, 403, 403, 403, 403, 403, 404, 404, 409, 403, 404],
  'POST /api/exam-sessions/:id/candidates/:candidateId/evaluation/sign-off': [401, 403, 403, 403, 403, 403, 404, 404, 409, 403, 404],
  'POST /api/exam-sessions/:id/candidates/:candidateId/evaluation/corrections': [401, 403, 403, 403, 403, 403, 403, 403, 403, 409, 404],
  'GET /api/exam-sessions/:id/grids.pdf':        [401, 403, 403, 403, 403, 403, 404, 404, 200, 200, 404],
  'GET /api/audit':                              [401, 403, 403, 403, 403, 403, 403, 403, 403, 200, 200],
  'GET /api/audit.csv':                          [401, 403, 403, 403, 403, 403, 403, 403, 403, 200, 200],
};

/** Documentation routes (Swagger UI and its assets) are public and tested in http.int-spec.ts. */
const DOCUMENTATION = /^GET \/api\/docs/;

describe('authorisation matrix (every route × every persona)', () => {
  let platform: TestPlatform;
  let world: World;
  let evidence: Evidence;

  let sessionOf: ReturnType<typeof personaSessions>;

  beforeAll(async () => {
    platform = await startTestPlatform();
    sessionOf = personaSessions(platform, () => world);
    world = await buildWorld(platform);
    evidence = await createEvidence(await sessionOf('candidate'), await sessionOf('admin'), world);
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
      // Personal data everywhere: no answer may be kept by a browser or a proxy.
      expect(`${route} ${persona} ${String(res.headers['cache-control'])}`).toMatch(/no-store$/);
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
