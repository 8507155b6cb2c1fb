/**
 * "At most one" under 30 requests fired at once (issue 13): each refusal is a 4xx with a message,
 * never a 5xx from a unique index, and exactly one thing is made. Rate limits have their own
 * 30-at-once tests in auth.int-spec.ts.
 */
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { mailsTo } from './support/mailbox.js';
import { createEvidence, type Evidence } from './support/route-calls.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, type Session, signIn, type World } from './support/world.js';

const AT_ONCE = 30;

/** The statuses of `AT_ONCE` requests sent together, with any 5xx body kept for the report. */
async function burst(send: (i: number) => Promise<Response>): Promise<number[]> {
  const answers = await Promise.all(Array.from({ length: AT_ONCE }, (_, i) => send(i)));
  const broken = answers.filter((r) => r.status >= 500).map((r) => JSON.stringify(r.body));
  expect(broken).toEqual([]);
  for (const r of answers.filter((a) => a.status >= 400)) {
    expect(String((r.body as { message?: unknown }).message ?? '')).not.toBe('');
  }
  return answers.map((r) => r.status);
}

const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

describe('30 requests at once', () => {
  let platform: TestPlatform;
  let world: World;
  let db: DataSource;
  let admin: Session;
  let candidate: Session;
  let evidence: Evidence;

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await buildWorld(platform);
    db = platform.app.get(DataSource);
    admin = await signIn(platform, world.people.admin.email);
    candidate = await signIn(platform, world.people.candidate.email);
    evidence = await createEvidence(candidate, admin, world);
  });
  afterAll(async () => {
    await platform.close();
  });

  const accountsWith = async (email: string) =>
    (
      (await db.query(`SELECT count(*)::int AS n FROM app_user WHERE lower(email) = lower($1)`, [
        email,
      ])) as { n: number }[]
    )[0]!.n;

  it('creating the same account 30 times at once makes one account: 1 × 201, 29 × 409', async () => {
    const email = 'same.person@concurrency.example';
    const statuses = await burst(() =>
      admin.agent
        .post('/api/users')
        .set('X-CSRF-Token', admin.csrf)
        .send({ email, displayName: 'Même personne', roles: ['examiner'] }),
    );
    expect(count(statuses, 201)).toBe(1);
    expect(count(statuses, 409)).toBe(AT_ONCE - 1);
    expect(await accountsWith(email)).toBe(1);
  });

  it('inviting the same tutor 30 times at once makes one account and sends one invitation', async () => {
    const email = 'same.tutor@concurrency.example';
    const statuses = await burst(() =>
      admin.agent
        .post('/api/invitations')
        .set('X-CSRF-Token', admin.csrf)
        .send({ email, displayName: 'Tuteur', role: 'tutor' }),
    );
    expect(count(statuses, 201)).toBe(1);
    expect(count(statuses, 409)).toBe(AT_ONCE - 1);
    expect(await accountsWith(email)).toBe(1);
    expect(await mailsTo(platform.env.DATA_DIR, email)).toHaveLength(1);
  });

  it('30 PFMP periods naming the same new tutor at once: 10 a day pass (one account, assigned once, invited once), 20 answer 429', async () => {
    const email = 'new.company.tutor@concurrency.example';
    const statuses = await burst((i) =>
      candidate.agent
        .post('/api/pfmp')
        .set('X-CSRF-Token', candidate.csrf)
        .send({
          organisationName: `Entreprise ${i}`,
          startsOn: '2027-03-01',
          endsOn: '2027-03-05',
          tutor: { email, displayName: 'Tuteur Entreprise' },
        }),
    );
    // The first creates and invites the tutor; the next nine find and assign the same account.
    expect(count(statuses, 201)).toBe(10);
    expect(count(statuses, 429)).toBe(AT_ONCE - 10);
    expect(await accountsWith(email)).toBe(1);
    const [assignments] = (await db.query(
      `SELECT count(*)::int AS n FROM tutor_assignment ta JOIN app_user u ON u.id = ta.tutor_id
        WHERE lower(u.email) = lower($1) AND ta.candidate_id = $2`,
      [email, world.people.candidate.id],
    )) as { n: number }[];
    expect(assignments).toEqual({ n: 1 });
    expect(await mailsTo(platform.env.DATA_DIR, email)).toHaveLength(1);
  });

  it('30 saves of one dossier version at once: 1 × 200, 29 × 409, and the version moves by one', async () => {
    const saved = await candidate.agent.get('/api/dossiers/E3').expect(200);
    const statuses = await burst((i) =>
      candidate.agent
        .put('/api/dossiers/E3')
        .set('X-CSRF-Token', candidate.csrf)
        .send({ version: saved.body.version, items: [], presentation: `Version ${i}` }),
    );
    expect(count(statuses, 200)).toBe(1);
    expect(count(statuses, 409)).toBe(AT_ONCE - 1);
    const after = await candidate.agent.get('/api/dossiers/E3').expect(200);
    expect(after.body.version).toBe(saved.body.version + 1);
  });

  const rows = async (sql: string, params: unknown[]) =>
    ((await db.query(sql, params)) as { n: number }[])[0]!.n;

  it('assigning one tutor 30 times at once: every answer 204, one assignment', async () => {
    const { candidate: c, spareTutor } = world.people;
    const statuses = await burst(() =>
      admin.agent.put(`/api/users/${c.id}/tutors/${spareTutor.id}`).set('X-CSRF-Token', admin.csrf),
    );
    expect(statuses).toEqual(Array(AT_ONCE).fill(204));
    expect(
      await rows(
        `SELECT count(*)::int AS n FROM tutor_assignment WHERE candidate_id = $1 AND tutor_id = $2`,
        [c.id, spareTutor.id],
      ),
    ).toBe(1);
  });

  it('enrolling one candidate and seating one member 30 times at once: every answer 204, one row each', async () => {
    const { otherCandidate, spareTeacher } = world.people;
    const enrol = await burst(() =>
      admin.agent
        .put(`/api/exam-sessions/${evidence.examSession}/candidates/${otherCandidate.id}`)
        .set('X-CSRF-Token', admin.csrf),
    );
    expect(enrol).toEqual(Array(AT_ONCE).fill(204));
    const seat = await burst(() =>
      admin.agent
        .put(`/api/exam-sessions/${evidence.examSession}/members/${spareTeacher.id}`)
        .set('X-CSRF-Token', admin.csrf),
    );
    expect(seat).toEqual(Array(AT_ONCE).fill(204));
    expect(
      await rows(
        `SELECT count(*)::int AS n FROM exam_session_candidate WHERE session_id = $1 AND candidate_id = $2`,
        [evidence.examSession, otherCandidate.id],
      ),
    ).toBe(1);
    expect(
      await rows(
        `SELECT count(*)::int AS n FROM exam_session_member WHERE session_id = $1 AND user_id = $2`,
        [evidence.examSession, spareTeacher.id],
      ),
    ).toBe(1);
  });

  it('attesting one trace 30 times at once keeps one attestation of the tutor', async () => {
    const tutor = await signIn(platform, world.people.tutor.email);
    const statuses = await burst(() =>
      tutor.agent
        .post(`/api/traces/${evidence.trace}/attestations`)
        .set('X-CSRF-Token', tutor.csrf)
        .send({ comment: 'Vu en entreprise' }),
    );
    expect(statuses.every((s) => s === 200 || s === 201)).toBe(true);
    expect(
      await rows(
        `SELECT count(*)::int AS n FROM trace_attestation WHERE trace_id = $1 AND tutor_id = $2`,
        [evidence.trace, world.people.tutor.id],
      ),
    ).toBe(1);
  });
});
