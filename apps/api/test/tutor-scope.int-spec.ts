/**
 * A tutor reaches the PFMP periods they tutor, the traces tied to those periods and those
 * periods' bilans, nothing else (issue 13 item 8); attesting is refused outside the period.
 */
import request from 'supertest';
import { DataSource } from 'typeorm';
import { BACKFILL_TRACE_PERIODS } from '../src/database/migrations/1765600000000-trace-pfmp-period.js';
import { TeacherCohort } from '../src/cohorts/teacher-cohort.entity.js';
import { TutorAssignment } from '../src/users/tutor-assignment.entity.js';
import { UsersService } from '../src/users/users.service.js';
import { makePng } from './support/fixtures.js';
import { lastLinkToken } from './support/mailbox.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, type Session, signIn, type World } from './support/world.js';

type Method = 'post' | 'patch' | 'put' | 'delete';

describe('tutor scope: a tutor reaches their own PFMP period and what hangs off it', () => {
  let platform: TestPlatform;
  let world: World;
  let candidate: Session;
  let tutorA: Session;
  let tutorB: Session;
  let tutorBId: string;
  const ids = {} as Record<'periodA' | 'periodB' | 'tA' | 'tB' | 'tEarly' | 'tCentre', string>;
  let fileA: string;
  const write = (s: Session, method: Method, path: string) =>
    s.agent[method](path).set('X-CSRF-Token', s.csrf);
  const trace = async (context: string, occurredOn: string, pfmpPeriodId?: string) =>
    (
      await write(candidate, 'post', '/api/traces')
        .send({
          title: `${context} ${occurredOn}`,
          context,
          occurredOn,
          pfmpPeriodId,
          competences: ['C2.1'],
        })
        .expect(201)
    ).body as { id: string; pfmpPeriodId: string | null; version: number };

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await buildWorld(platform);
    candidate = await signIn(platform, world.people.candidate.email);
    tutorA = await signIn(platform, world.people.tutor.email);
    const period = async (body: object) =>
      (await write(candidate, 'post', '/api/pfmp').send(body).expect(201)).body as {
        id: string;
        tutorId: string;
      };
    ids.periodA = (
      await period({
        organisationName: 'Mairie',
        startsOn: '2027-01-04',
        endsOn: '2027-01-29',
        tutorId: world.people.tutor.id,
      })
    ).id;
    // A second tutor, invited by e-mail from the PFMP form, for an earlier period elsewhere.
    const email = `second.tutor.${Date.now()}@example.fr`;
    const b = await period({
      organisationName: 'Garage Martin',
      startsOn: '2026-11-02',
      endsOn: '2026-11-27',
      tutor: { email, displayName: 'Second Tuteur' },
    });
    ids.periodB = b.id;
    tutorBId = b.tutorId;
    const token = await lastLinkToken(platform.env.DATA_DIR, email, '/invitation');
    const agent = request.agent(platform.http);
    await agent
      .post('/api/auth/invitations/accept')
      .send({ token, password: 'second tutor password' })
      .expect(200);
    tutorB = await signIn(platform, email, 'second tutor password');

    ids.tA = (await trace('pfmp', '2027-01-12', ids.periodA)).id;
    ids.tB = (await trace('pfmp', '2026-11-10', ids.periodB)).id;
    // Tied to period A but dated during period B (another company, before A).
    ids.tEarly = (await trace('pfmp', '2026-11-12', ids.periodA)).id;
    ids.tCentre = (await trace('centre', '2027-01-12')).id;
    await trace('projet', '2027-01-13');
    await trace('pfmp', '2027-01-14');
    fileA = (
      await write(candidate, 'post', `/api/traces/${ids.tA}/files`)
        .attach('file', makePng(8), 'preuve.png')
        .expect(201)
    ).body.id as string;
  });
  afterAll(async () => {
    await platform.close();
  });

  it('does not tell a tutor which other tutors the candidate has (tutorIds of GET /api/users/:id)', async () => {
    const seenByB = await tutorB.agent.get(`/api/users/${world.people.candidate.id}`).expect(200);
    expect(seenByB.body.tutorIds).toEqual([tutorBId]);
    const seenByCandidate = await candidate.agent
      .get(`/api/users/${world.people.candidate.id}`)
      .expect(200);
    expect(seenByCandidate.body.tutorIds).toEqual(
      expect.arrayContaining([world.people.tutor.id, tutorBId]),
    );
  });

  it('lists only the traces, periods and tutors of their own period (a second tutor invited from the PFMP form)', async () => {
    const c = world.people.candidate.id;
    const traces = await tutorB.agent.get(`/api/traces?candidateId=${c}&pageSize=50`).expect(200);
    expect((traces.body.items as { id: string }[]).map((t) => t.id)).toEqual([ids.tB]);
    expect(traces.body.total).toBe(1);
    const record = await tutorB.agent.get(`/api/pfmp?candidateId=${c}`).expect(200);
    expect((record.body.periods as { id: string }[]).map((p) => p.id)).toEqual([ids.periodB]);
    expect(record.body.tutors).toEqual([{ id: tutorBId, displayName: 'Second Tuteur' }]);
    const coverage = await tutorB.agent.get(`/api/coverage?candidateId=${c}`).expect(200);
    const c21 = (coverage.body.competences as { code: string; traceIds: string[] }[]).find(
      (x) => x.code === 'C2.1',
    )!;
    expect(c21.traceIds).toEqual([ids.tB]);
    const interns = (await tutorB.agent.get('/api/interns').expect(200)).body as {
      periods: { id: string }[];
      tracesToAttest: { id: string }[];
    }[];
    expect(interns[0]!.periods.map((p) => p.id)).toEqual([ids.periodB]);
    expect(interns[0]!.tracesToAttest.map((t) => t.id)).toEqual([ids.tB]);
    // Tutor A, likewise: their period's two traces, not the centre, projet or untied ones.
    const mine = await tutorA.agent.get(`/api/traces?candidateId=${c}&pageSize=50`).expect(200);
    expect((mine.body.items as { id: string }[]).map((t) => t.id).sort()).toEqual(
      [ids.tA, ids.tEarly].sort(),
    );
  });

  it('gets 404 on every route reaching another period, its traces, files, threads and bilan, and on the dossiers', async () => {
    const c = world.people.candidate.id;
    for (const path of [
      `/api/traces/${ids.tA}`,
      `/api/traces/${ids.tCentre}`,
      `/api/files/${fileA}/content`,
      `/api/traces/${ids.tA}/comments`,
      `/api/pfmp/${ids.periodA}/bilan`,
      `/api/pfmp/${ids.periodA}/proof/content`,
      `/api/dossiers/E3?candidateId=${c}`,
      `/api/dossiers/E3/comments?candidateId=${c}`,
    ]) {
      expect(`${path} ${(await tutorB.agent.get(path)).status}`).toBe(`${path} 404`);
    }
    await write(tutorB, 'post', `/api/traces/${ids.tA}/comments`).send({ body: 'Vu' }).expect(404);
    await write(tutorB, 'post', `/api/traces/${ids.tA}/attestations`).send({}).expect(404);
    await write(tutorB, 'delete', `/api/traces/${ids.tA}/attestations/mine`).expect(404);
    await write(tutorB, 'put', `/api/pfmp/${ids.periodA}/bilan`).send({ version: 0 }).expect(404);
    // Their own period's trace and bilan stay open to them.
    await tutorB.agent.get(`/api/traces/${ids.tB}`).expect(200);
    await tutorB.agent.get(`/api/pfmp/${ids.periodB}/bilan`).expect(200);
  });

  it("never reads another tutor's completed bilan of another company", async () => {
    const levels = (codes: string[]) => codes.map((code) => ({ code, level: 3 }));
    await write(tutorA, 'put', `/api/pfmp/${ids.periodA}/bilan`)
      .send({
        version: 0,
        activities: 'Accueil des usagers',
        competences: levels(['C2.1', 'C2.2', 'C2.3']),
        transversal: levels(['T1', 'T2', 'T3', 'T4']),
        complete: true,
      })
      .expect(200);
    const other = await tutorB.agent.get(`/api/pfmp/${ids.periodA}/bilan`).expect(404);
    expect(JSON.stringify(other.body)).not.toMatch(/Accueil des usagers/);
    await candidate.agent.get(`/api/pfmp/${ids.periodA}/bilan`).expect(200);
    await tutorA.agent.get(`/api/pfmp/${ids.periodA}/bilan`).expect(200);
  });

  it('refuses (422, saying why) to attest a trace dated outside the period; attests one inside', async () => {
    const early = await write(tutorA, 'post', `/api/traces/${ids.tEarly}/attestations`)
      .send({})
      .expect(422);
    expect(early.body.message).toMatch(
      /datée du 12 novembre 2026, hors de votre période de PFMP chez Mairie \(du 4 janvier 2027 au 29 janvier 2027\)/,
    );
    await write(tutorA, 'post', `/api/traces/${ids.tA}/attestations`).send({}).expect(201);
    await write(tutorB, 'post', `/api/traces/${ids.tB}/attestations`).send({}).expect(201);
    const rows = (await platform.app
      .get(DataSource)
      .query(`SELECT trace_id FROM trace_attestation WHERE trace_id = $1`, [ids.tEarly])) as [];
    expect(rows).toEqual([]);
  });

  it('refuses (422) a tutor who sees the trace as staff when it is not tied to a period they tutor', async () => {
    const db = platform.app.get(DataSource);
    const email = `teacher.tutor.${Date.now()}@example.fr`;
    const { user } = await db.transaction((m) =>
      platform.app.get(UsersService).createAccount(m, null, world.establishmentA, {
        email,
        displayName: 'Formatrice Tutrice',
        roles: ['teacher', 'tutor'],
        password: 'teacher tutor password',
      }),
    );
    await db.getRepository(TeacherCohort).insert({ teacherId: user.id, cohortId: world.cohortA });
    await db
      .getRepository(TutorAssignment)
      .insert({ tutorId: user.id, candidateId: world.people.candidate.id });
    const both = await signIn(platform, email, 'teacher tutor password');
    await both.agent.get(`/api/traces/${ids.tA}`).expect(200);
    const res = await write(both, 'post', `/api/traces/${ids.tA}/attestations`)
      .send({})
      .expect(422);
    expect(res.body.message).toMatch(
      /pas rattachée à une période de PFMP que vous suivez comme tuteur ou tutrice/,
    );
  });

  it('notifies only the tutor of the trace’s period of a comment, and no tutor of a dossier comment', async () => {
    const unread = async (s: Session) =>
      (await s.agent.get('/api/notifications').expect(200)).body.unreadCount as number;
    const [a0, b0] = [await unread(tutorA), await unread(tutorB)];
    await write(candidate, 'post', `/api/traces/${ids.tA}/comments`)
      .send({ body: 'Pouvez-vous relire ?' })
      .expect(201);
    expect([await unread(tutorA), await unread(tutorB)]).toEqual([a0 + 1, b0]);
    await write(candidate, 'post', '/api/dossiers/E2/comments')
      .send({ body: 'Mon dossier E2' })
      .expect(201);
    expect([await unread(tutorA), await unread(tutorB)]).toEqual([a0 + 1, b0]);
  });

  it('ties a trace only to one of the candidate’s own periods, and only a PFMP trace (400)', async () => {
    const other = await signIn(platform, world.people.otherCandidate.email);
    const foreign = (
      await write(other, 'post', '/api/pfmp')
        .send({ organisationName: 'Ailleurs', startsOn: '2027-01-04', endsOn: '2027-01-29' })
        .expect(201)
    ).body.id as string;
    const base = { title: 'T', occurredOn: '2027-01-12', competences: ['C2.1'] };
    const notMine = await write(candidate, 'post', '/api/traces')
      .send({ ...base, context: 'pfmp', pfmpPeriodId: foreign })
      .expect(400);
    expect(notMine.body.message).toMatch(/n’est pas l’une des vôtres/);
    const centre = await write(candidate, 'post', '/api/traces')
      .send({ ...base, context: 'centre', pfmpPeriodId: ids.periodA })
      .expect(400);
    expect(centre.body.message).toMatch(/seule une trace réalisée en PFMP/);
    const t = await trace('pfmp', '2027-01-15', ids.periodA);
    expect(t.pfmpPeriodId).toBe(ids.periodA);
    await write(candidate, 'patch', `/api/traces/${t.id}`)
      .send({ version: t.version, pfmpPeriodId: foreign })
      .expect(400);
    const moved = await write(candidate, 'patch', `/api/traces/${t.id}`)
      .send({ version: t.version, context: 'centre' })
      .expect(200);
    expect(moved.body.pfmpPeriodId).toBeNull();
    await tutorA.agent.get(`/api/traces/${t.id}`).expect(404);
    // Deleting a period unties its traces (ON DELETE SET NULL).
    const p = (
      await write(candidate, 'post', '/api/pfmp')
        .send({ organisationName: 'Court', startsOn: '2027-03-01', endsOn: '2027-03-05' })
        .expect(201)
    ).body.id as string;
    const u = await trace('pfmp', '2027-03-02', p);
    await write(candidate, 'delete', `/api/pfmp/${p}`).expect(204);
    expect(
      (await candidate.agent.get(`/api/traces/${u.id}`).expect(200)).body.pfmpPeriodId,
    ).toBeNull();
  });

  it('the migration ties existing PFMP traces to the one period containing their dates, else leaves them untied', async () => {
    const other = await signIn(platform, world.people.otherCandidate.email);
    const period = async (startsOn: string, endsOn: string) =>
      (
        await write(other, 'post', '/api/pfmp')
          .send({ organisationName: 'P', startsOn, endsOn })
          .expect(201)
      ).body.id as string;
    const x = await period('2027-04-05', '2027-04-30');
    await period('2027-04-26', '2027-05-28'); // overlaps x from the 26th
    const make = async (context: string, occurredOn: string, occurredUntil?: string) =>
      (
        await write(other, 'post', '/api/traces')
          .send({ title: 'Ancienne', context, occurredOn, occurredUntil, competences: ['C2.1'] })
          .expect(201)
      ).body.id as string;
    const cases = [
      [await make('pfmp', '2027-04-10'), x],
      [await make('pfmp', '2027-04-10', '2027-04-12'), x],
      [await make('pfmp', '2027-04-27'), null], // in both periods: ambiguous
      [await make('pfmp', '2027-04-20', '2027-05-05'), null], // spans the two
      [await make('pfmp', '2026-06-01'), null], // in none
      [await make('centre', '2027-04-10'), null], // not a PFMP trace
    ] as const;
    const db = platform.app.get(DataSource);
    await db.query(`UPDATE trace SET pfmp_period_id = NULL WHERE owner_id = $1`, [
      world.people.otherCandidate.id,
    ]);
    await db.query(BACKFILL_TRACE_PERIODS);
    for (const [id, expected] of cases) {
      const [row] = (await db.query(`SELECT pfmp_period_id FROM trace WHERE id = $1`, [id])) as {
        pfmp_period_id: string | null;
      }[];
      expect(row!.pfmp_period_id).toBe(expected);
    }
  });
});
