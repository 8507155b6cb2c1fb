/**
 * A candidate who also holds a staff role must never reach their own evaluation (issue 13, item 1),
 * and a session manager learns nothing about accounts they cannot seat (item 10).
 */
import { DataSource } from 'typeorm';
import { examSessionBody } from './support/route-calls.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, type Session, signIn, type World } from './support/world.js';

describe('roles that conflict in an exam session', () => {
  let platform: TestPlatform;
  let world: World;
  let admin: Session;
  let teacher: Session;
  const send = (s: Session, method: 'post' | 'put' | 'patch', path: string) =>
    s.agent[method](path).set('X-CSRF-Token', s.csrf);
  const newSession = async (as: Session = admin) =>
    (
      await send(as, 'post', '/api/exam-sessions')
        .send(examSessionBody('E1 conflits', 'E1'))
        .expect(201)
    ).body.id as string;
  /** An account an older version let an admin create: candidate and examiner at once. */
  const dualRole = async (persona: 'candidate' | 'otherCandidate') => {
    await platform.app
      .get(DataSource)
      .query(`UPDATE app_user SET roles = ARRAY['candidate','examiner'] WHERE id = $1`, [
        world.people[persona].id,
      ]);
    return world.people[persona];
  };

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await buildWorld(platform);
    admin = await signIn(platform, world.people.admin.email);
    teacher = await signIn(platform, world.people.teacher.email);
  });
  afterAll(async () => {
    await platform.close();
  });

  it('refuses to give a candidate account another role, at creation and later', async () => {
    const created = await send(admin, 'post', '/api/users')
      .send({
        email: `dual.${Date.now()}@example.org`,
        displayName: 'Double',
        roles: ['candidate', 'examiner'],
        cohortId: world.cohortA,
        candidateStatus: 'scolaire_public_ou_prive_sous_contrat',
      })
      .expect(400);
    expect(JSON.stringify(created.body)).toMatch(/un compte candidat n’a aucun autre rôle/);
    const user = await admin.agent.get(`/api/users/${world.people.otherCandidate.id}`).expect(200);
    await send(admin, 'patch', `/api/users/${world.people.otherCandidate.id}`)
      .send({ version: user.body.version, roles: ['candidate', 'teacher'] })
      .expect(400);
  });

  it('refuses to seat an enrolled candidate, and to enrol a seated member (409)', async () => {
    const dual = await dualRole('candidate');
    const enrolFirst = await newSession();
    await send(admin, 'put', `/api/exam-sessions/${enrolFirst}/candidates/${dual.id}`).expect(204);
    const seat = await send(admin, 'put', `/api/exam-sessions/${enrolFirst}/members/${dual.id}`);
    expect(seat.status).toBe(409);
    expect(seat.body.message).toMatch(/candidate dans cette session/);

    const seatFirst = await newSession();
    await send(admin, 'put', `/api/exam-sessions/${seatFirst}/members/${dual.id}`).expect(204);
    const enrol = await send(admin, 'put', `/api/exam-sessions/${seatFirst}/candidates/${dual.id}`);
    expect(enrol.status).toBe(409);
    expect(enrol.body.message).toMatch(/siège à la commission/);
  });

  it('keeps a candidate seated on their own session (an older row) away from every mark of it', async () => {
    const dual = await dualRole('otherCandidate');
    const id = await newSession();
    await send(admin, 'put', `/api/exam-sessions/${id}/candidates/${dual.id}`).expect(204);
    // As an older version allowed: seated too.
    await platform.app
      .get(DataSource)
      .query(`INSERT INTO exam_session_member (session_id, user_id) VALUES ($1, $2)`, [
        id,
        dual.id,
      ]);
    const evaluation = `/api/exam-sessions/${id}/candidates/${dual.id}/evaluation`;
    await send(admin, 'put', evaluation)
      .send({ version: 0, scores: [], proposedMark: 14, notes: 'Très bien' })
      .expect(403); // admins correct, they do not fill the grid
    const self = await signIn(platform, dual.email);
    for (const path of [
      evaluation,
      `/api/exam-sessions/${id}`,
      `/api/exam-sessions/${id}/candidates`,
      `/api/exam-sessions/${id}/grids.pdf`,
    ]) {
      const res = await self.agent.get(path);
      expect(`${path} ${res.status}`).toBe(`${path} 404`);
    }
    await send(self, 'put', evaluation)
      .send({ version: 0, scores: [], proposedMark: 20, notes: '' })
      .expect(404);
    const sessions = await self.agent.get('/api/exam-sessions').expect(200);
    expect(sessions.body.some((s: { id: string }) => s.id === id)).toBe(false);
  });

  it("answers 404, never with the person's name, when a manager seats someone who cannot sit", async () => {
    const id = await newSession(teacher);
    for (const who of [world.people.tutor, world.people.admin, world.people.foreignCandidate]) {
      const res = await send(teacher, 'put', `/api/exam-sessions/${id}/members/${who.id}`);
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toMatch(/Tutor|Admin|ForeignCandidate/);
    }
    await send(
      teacher,
      'put',
      `/api/exam-sessions/${id}/members/${world.people.examiner.id}`,
    ).expect(204);
  });
});
