/**
 * Bodies of the wrong shape found by an outside probe (issue 13, item 5): each answered 500, one of
 * them after committing a row that then broke every view of the candidate's dossier.
 */
import { DataSource } from 'typeorm';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { anonymous, buildWorld, type Session, signIn, type World } from './support/world.js';

describe('bodies of the wrong shape answer 400 and write nothing', () => {
  let platform: TestPlatform;
  let world: World;
  let candidate: Session;
  let teacher: Session;
  let admin: Session;
  const send = (s: Session, method: 'post' | 'put' | 'patch', path: string) =>
    s.agent[method](path).set('X-CSRF-Token', s.csrf);

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await buildWorld(platform);
    candidate = await signIn(platform, world.people.candidate.email);
    teacher = await signIn(platform, world.people.teacher.email);
    admin = await signIn(platform, world.people.admin.email);
  });
  afterAll(async () => {
    await platform.close();
  });

  it('PUT /api/dossiers/E1 with "project": [] → 400, and the dossier is not saved', async () => {
    const res = await send(candidate, 'put', '/api/dossiers/E1')
      .send({ version: 0, items: [], presentation: 'Texte', project: [] })
      .expect(400);
    expect(JSON.stringify(res.body)).toMatch(/project : un objet est attendu/);
    const dossier = await candidate.agent.get('/api/dossiers/E1').expect(200);
    expect(dossier.body.version).toBe(0);
  });

  it('a dossier row an older version stored with "project": [] still opens everywhere', async () => {
    await platform.app.get(DataSource).query(
      `INSERT INTO dossier (candidate_id, exam, presentation, project, highlights)
       VALUES ($1, 'E1', 'Texte', '[]'::jsonb, '{}'::jsonb)`,
      [world.people.candidate.id],
    );
    const own = await candidate.agent.get('/api/dossiers/E1').expect(200);
    expect(own.body.project).toBeNull();
    expect(own.body.readiness.checks.some((c: { code: string }) => c.code.startsWith('E1_'))).toBe(
      true,
    );
    await teacher.agent
      .get(`/api/dossiers/E1?candidateId=${world.people.candidate.id}`)
      .expect(200);
    await teacher.agent.get(`/api/cohorts/${world.cohortA}/dashboard`).expect(200);
    await teacher.agent.get(`/api/cohorts/${world.cohortA}/dashboard.csv`).expect(200);
  });

  it.each(['post', 'patch'] as const)('%s /api/pfmp with "tutor": [] → 400', async (method) => {
    const period = await send(candidate, 'post', '/api/pfmp')
      .send({ organisationName: 'Mairie', startsOn: '2027-01-04', endsOn: '2027-01-08' })
      .expect(201);
    const path = method === 'post' ? '/api/pfmp' : `/api/pfmp/${period.body.id}`;
    const body =
      method === 'post'
        ? { organisationName: 'Mairie', startsOn: '2027-01-04', endsOn: '2027-01-08', tutor: [] }
        : { version: period.body.version, tutor: [] };
    const res = await send(candidate, method, path).send(body).expect(400);
    expect(JSON.stringify(res.body)).toMatch(/tutor : un objet est attendu/);
  });

  describe('a lone UTF-16 surrogate in an e-mail field → 400 naming the field', () => {
    const email = 'x\ud800@example.org';
    it('password reset', async () => {
      const res = await anonymous(platform)
        .agent.post('/api/auth/password-reset')
        .send({ email })
        .expect(400);
      expect(res.body.message).toMatch(/^email : caractère invalide/);
    });
    it('user creation', async () => {
      await send(admin, 'post', '/api/users')
        .send({ email, displayName: 'X', roles: ['examiner'] })
        .expect(400);
    });
    it('invitation', async () => {
      await send(teacher, 'post', '/api/invitations')
        .send({ email, displayName: 'X', role: 'tutor' })
        .expect(400);
    });
    it('PFMP tutor', async () => {
      const res = await send(candidate, 'post', '/api/pfmp')
        .send({
          organisationName: 'Mairie',
          startsOn: '2027-01-04',
          endsOn: '2027-01-08',
          tutor: { email, displayName: 'X' },
        })
        .expect(400);
      expect(res.body.message).toMatch(/^tutor\.email : caractère invalide/);
    });
  });

  it('refuses a line break in a name shown on one line (PFMP tutor, account, invitation)', async () => {
    const displayName = 'Jean\nDupont';
    const tutor = await send(candidate, 'post', '/api/pfmp')
      .send({
        organisationName: 'Mairie',
        startsOn: '2027-01-04',
        endsOn: '2027-01-08',
        tutor: { email: `t.${Date.now()}@example.org`, displayName },
      })
      .expect(400);
    expect(JSON.stringify(tutor.body)).toMatch(/tutor.displayName : une seule ligne/);
    await send(admin, 'post', '/api/users')
      .send({ email: `u.${Date.now()}@example.org`, displayName, roles: ['examiner'] })
      .expect(400);
    await send(teacher, 'post', '/api/invitations')
      .send({ email: `i.${Date.now()}@example.org`, displayName: 'A\u202Eb', role: 'tutor' })
      .expect(400);
  });
});
