import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { unreadable } from './support/readable-text.js';
import { buildWorld, type Session, signIn, type World } from './support/world.js';

interface DashboardRow {
  id: string;
  displayName: string;
  traceCount: number;
  coverage: { code: string; traces: number; attested: number }[];
  pfmp: { weeks: number; minimumWeeks: number };
  exams: { exam: string; ready: boolean; failing: number; lastSubmittedAt: string | null }[];
  lastActivityAt: string | null;
}

describe('cohort dashboard', () => {
  let platform: TestPlatform;
  let world: World;
  let candidate: Session;
  let teacher: Session;
  const send = (method: 'post' | 'put', path: string) =>
    candidate.agent[method](path).set('X-CSRF-Token', candidate.csrf);
  const trace = async (competences: string[], reflection = '') =>
    (
      await send('post', '/api/traces')
        .send({
          title: 'Trace',
          context: 'centre',
          occurredOn: '2026-11-02',
          competences,
          reflection,
        })
        .expect(201)
    ).body.id as string;
  const rowOf = (body: { candidates: DashboardRow[] }, id: string) =>
    body.candidates.find((c) => c.id === id)!;

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await buildWorld(platform);
    candidate = await signIn(platform, world.people.candidate.email);
    teacher = await signIn(platform, world.people.teacher.email);
  });
  afterAll(async () => {
    await platform.close();
  });

  it('starts with every candidate of the cohort and nothing recorded', async () => {
    const { body } = await teacher.agent.get(`/api/cohorts/${world.cohortA}/dashboard`).expect(200);
    expect(body.competences).toEqual([
      'C1.1',
      'C1.2',
      'C1.3',
      'C2.1',
      'C2.2',
      'C2.3',
      'C3.1',
      'C3.2',
      'C3.3',
    ]);
    expect(body.candidates.map((c: DashboardRow) => c.id).sort()).toEqual(
      [world.people.candidate.id, world.people.otherCandidate.id].sort(),
    );
    const row = rowOf(body, world.people.candidate.id);
    expect(row).toMatchObject({
      traceCount: 0,
      lastActivityAt: null,
      pfmp: { weeks: 0, minimumWeeks: 12 },
    });
    expect(row.exams.every((e) => !e.ready && e.failing > 0 && e.lastSubmittedAt === null)).toBe(
      true,
    );
  });

  it('counts traces per competence, PFMP weeks, readiness and submissions as the dossier page does', async () => {
    const support = await trace(['C3.1'], 'Appris à reformuler');
    const awareness = await trace(['C3.2', 'C1.1']);
    await trace(['C1.1']);
    // Tagged with a detailed competence of C2.1 only, and with C1.2 and one of its own detailed ones.
    await send('post', '/api/traces')
      .send({
        title: 'Détail',
        context: 'centre',
        occurredOn: '2026-11-03',
        competences: [],
        detailedCompetences: ['C2.1.1'],
      })
      .expect(201);
    await send('post', '/api/traces')
      .send({
        title: 'Les deux',
        context: 'centre',
        occurredOn: '2026-11-03',
        competences: ['C1.2'],
        detailedCompetences: ['C1.2.1'],
      })
      .expect(201);
    const period = await send('post', '/api/pfmp')
      .send({
        organisationName: 'Mairie',
        startsOn: '2027-01-04',
        endsOn: '2027-01-29',
        tutorId: world.people.tutor.id,
      })
      .expect(201);
    await send('put', '/api/dossiers/E3')
      .send({
        version: 0,
        items: [{ traceId: support }, { traceId: awareness }],
        presentation: 'Mon analyse réflexive du bloc 3.',
      })
      .expect(200);
    await send('post', '/api/dossiers/E3/submissions').send({}).expect(201);

    // A PFMP trace of C2.2, of the period the candidate's tutor tutors, attested by them.
    const attested = (
      await send('post', '/api/traces')
        .send({
          title: 'Stage',
          context: 'pfmp',
          occurredOn: '2027-01-06',
          pfmpPeriodId: period.body.id,
          competences: ['C2.2'],
        })
        .expect(201)
    ).body.id as string;
    const tutor = await signIn(platform, world.people.tutor.email);
    await tutor.agent
      .post(`/api/traces/${attested}/attestations`)
      .set('X-CSRF-Token', tutor.csrf)
      .send({})
      .expect(201);

    const { body } = await teacher.agent.get(`/api/cohorts/${world.cohortA}/dashboard`).expect(200);
    const row = rowOf(body, world.people.candidate.id);
    const cell = (code: string) => row.coverage.find((c) => c.code === code)!;
    expect(row.traceCount).toBe(6);
    expect(
      ['C1.1', 'C1.2', 'C2.1', 'C3.1', 'C3.2', 'C2.2', 'C2.3'].map((code) => cell(code).traces),
    ).toEqual([2, 1, 1, 1, 1, 1, 0]);
    expect(row.coverage.map((c) => c.attested)).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0]);
    // The same counting rule as the candidate's coverage matrix.
    const coverage = await teacher.agent
      .get(`/api/coverage?candidateId=${world.people.candidate.id}`)
      .expect(200);
    expect(row.coverage).toEqual(
      coverage.body.competences.map((c: { code: string; traces: number; attested: number }) => ({
        code: c.code,
        traces: c.traces,
        attested: c.attested,
      })),
    );
    expect(row.pfmp.weeks).toBe(4);
    expect(row.lastActivityAt).not.toBeNull();

    const e3 = row.exams.find((e) => e.exam === 'E3')!;
    expect(e3).toMatchObject({ ready: true, failing: 0 });
    expect(e3.lastSubmittedAt).not.toBeNull();
    for (const exam of ['E1', 'E2', 'E3']) {
      const dossier = await teacher.agent
        .get(`/api/dossiers/${exam}?candidateId=${world.people.candidate.id}`)
        .expect(200);
      const shown = row.exams.find((e) => e.exam === exam)!;
      expect(shown.ready).toBe(dossier.body.readiness.ready);
      expect(shown.failing).toBe(
        dossier.body.readiness.checks.filter((c: { ok: boolean }) => !c.ok).length,
      );
    }
    // The other candidate's row is untouched by this candidate's work.
    expect(rowOf(body, world.people.otherCandidate.id).traceCount).toBe(0);
  });

  it('exports the same figures as CSV, one line per candidate', async () => {
    const res = await teacher.agent
      .get(`/api/cohorts/${world.cohortA}/dashboard.csv`)
      .expect(200)
      .expect('Content-Type', /text\/csv/)
      .expect('Content-Disposition', /attachment/);
    const [header, ...rows] = parse(res.text.replace(/^\uFEFF/, ''), {
      delimiter: ';',
    }) as string[][];
    expect(rows).toHaveLength(2);
    const line = rows.find((r) => r[0] === 'Candidate')!;
    expect(line[header!.indexOf('Traces')]).toBe('6');
    expect(line[header!.indexOf('C2.2 attestées')]).toBe('1');
    expect(line[header!.indexOf('C1.1 traces')]).toBe('2');
    expect(line[header!.indexOf('E3 prêt')]).toBe('oui');
    expect(line[header!.indexOf('Dernière activité')]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(unreadable(res.text)).toEqual([]);
  });

  it('records each reading in the audit log, and refuses staff of other cohorts and candidates', async () => {
    const events: unknown[] = await platform.app
      .get(DataSource)
      .query(
        `SELECT 1 FROM audit_event WHERE action = 'cohort.dashboard_read' AND subject_id = $1`,
        [world.cohortA],
      );
    expect(events.length).toBeGreaterThanOrEqual(3);
    const other = await signIn(platform, world.people.otherTeacher.email);
    await other.agent.get(`/api/cohorts/${world.cohortA}/dashboard`).expect(404);
    await candidate.agent.get(`/api/cohorts/${world.cohortA}/dashboard`).expect(403);
    const tutor = await signIn(platform, world.people.tutor.email);
    await tutor.agent.get(`/api/cohorts/${world.cohortA}/dashboard.csv`).expect(403);
  });

  it('answers 400 for an id that is not a uuid', async () => {
    const res = await teacher.agent.get('/api/cohorts/not-a-uuid/dashboard').expect(400);
    expect(res.body.message).toMatch(/uuid/i);
  });
});
