/**
 * Views survive JSON an older version (or a hand edit) stored in a jsonb column (issue 13): a
 * bilan whose competences are an object, an evaluation whose scores are a list, a dossier whose
 * highlights are a string. Every view of them answers, none with a 5xx.
 */
import { DataSource } from 'typeorm';
import { createEvidence, type Evidence } from './support/route-calls.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, type Session, signIn, type World } from './support/world.js';

describe('rows of an odd shape stored by an older version', () => {
  let platform: TestPlatform;
  let world: World;
  let evidence: Evidence;
  let sessions: Record<'candidate' | 'tutor' | 'teacher' | 'examiner' | 'admin', Session>;

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await buildWorld(platform);
    const sign = (email: string) => signIn(platform, email);
    sessions = {
      candidate: await sign(world.people.candidate.email),
      tutor: await sign(world.people.tutor.email),
      teacher: await sign(world.people.teacher.email),
      examiner: await sign(world.people.examiner.email),
      admin: await sign(world.people.admin.email),
    };
    evidence = await createEvidence(sessions.candidate, sessions.admin, world);
  });
  afterAll(async () => {
    await platform.close();
  });

  it.each([
    ['competences: {}', `'{}'::jsonb`, `'[]'::jsonb`],
    ['transversal: "texte"', `'[]'::jsonb`, `'"texte"'::jsonb`],
    ['competences: [null, 3]', `'[null, 3]'::jsonb`, `'[{"id": 5}]'::jsonb`],
  ])(
    'a bilan with %s still opens for its tutor and the candidate',
    async (_, competences, transversal) => {
      const db = platform.app.get(DataSource);
      await db.query(`DELETE FROM pfmp_bilan WHERE period_id = $1`, [evidence.period]);
      await db.query(
        `INSERT INTO pfmp_bilan (period_id, tutor_id, competences, transversal)
       VALUES ($1, $2, ${competences}, ${transversal})`,
        [evidence.period, world.people.tutor.id],
      );
      const answers = await Promise.all([
        sessions.tutor.agent.get(`/api/pfmp/${evidence.period}/bilan`),
        sessions.candidate.agent.get('/api/pfmp'),
        sessions.candidate.agent.get('/api/dossiers/E2'),
        sessions.teacher.agent.get(`/api/cohorts/${world.cohortA}/dashboard`),
      ]);
      expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    },
  );

  it.each([
    ['a list', `'[]'::jsonb`],
    ['a string', `'"texte"'::jsonb`],
    ['criteria of the wrong shape', `'{"C3.1-a": "acquis", "x": null}'::jsonb`],
  ])(
    'an evaluation whose scores are %s still opens, and grids.pdf is written',
    async (_, scores) => {
      const db = platform.app.get(DataSource);
      await db.query(`DELETE FROM evaluation WHERE session_id = $1 AND candidate_id = $2`, [
        evidence.examSession,
        world.people.candidate.id,
      ]);
      await db.query(
        `INSERT INTO evaluation (session_id, candidate_id, scores) VALUES ($1, $2, ${scores})`,
        [evidence.examSession, world.people.candidate.id],
      );
      const base = `/api/exam-sessions/${evidence.examSession}`;
      const answers = await Promise.all([
        sessions.examiner.agent.get(`${base}/candidates/${world.people.candidate.id}/evaluation`),
        sessions.examiner.agent.get(`${base}/candidates`),
        sessions.examiner.agent.get(`${base}/grids.pdf`),
      ]);
      expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    },
  );

  it('a dossier whose highlights are a string still opens everywhere', async () => {
    await platform.app
      .get(DataSource)
      .query(`UPDATE dossier SET highlights = '"texte"'::jsonb WHERE candidate_id = $1`, [
        world.people.candidate.id,
      ]);
    const answers = await Promise.all([
      sessions.candidate.agent.get('/api/dossiers/E3'),
      sessions.teacher.agent.get(`/api/dossiers/E3?candidateId=${world.people.candidate.id}`),
      sessions.teacher.agent.get(`/api/cohorts/${world.cohortA}/dashboard`),
      sessions.teacher.agent.get(`/api/cohorts/${world.cohortA}/dashboard.csv`),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200]);
  });
});
