import request from 'supertest';
import { DataSource } from 'typeorm';
import { UsersService } from '../src/users/users.service.js';
import { makePng } from './support/fixtures.js';
import { lastLinkToken, mailsTo } from './support/mailbox.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, type Session, signIn, type World } from './support/world.js';

describe('tutoring: PFMP tutor invitation, attestations, PFMP bilans', () => {
  let platform: TestPlatform;
  let world: World;
  let candidate: Session;
  let tutor: Session;
  const write = (s: Session, method: 'post' | 'patch' | 'put' | 'delete', path: string) =>
    s.agent[method](path).set('X-CSRF-Token', s.csrf);
  const periodsOf = async () =>
    ((await candidate.agent.get('/api/pfmp').expect(200)).body.periods as unknown[]).length;
  const accounts = async (email: string) =>
    (
      (await platform.app
        .get(DataSource)
        .query(`SELECT id FROM app_user WHERE lower(email) = lower($1)`, [email])) as unknown[]
    ).length;

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await buildWorld(platform);
    candidate = await signIn(platform, world.people.candidate.email);
    tutor = await signIn(platform, world.people.tutor.email);
  });
  afterAll(async () => {
    await platform.close();
  });

  describe('a PFMP tutor named by e-mail', () => {
    const period = {
      organisationName: 'Garage Dupont',
      startsOn: '2027-01-04',
      endsOn: '2027-01-29',
    };

    it('invites someone new: a tutor account of the establishment, assigned, e-mailed, audited', async () => {
      const email = `Nouvelle.Tutrice.${Date.now()}@example.fr`;
      const created = await write(candidate, 'post', '/api/pfmp')
        .send({ ...period, tutor: { email, displayName: 'Nouvelle Tutrice' } })
        .expect(201);
      const me = await candidate.agent.get(`/api/users/${world.people.candidate.id}`).expect(200);
      expect(me.body.tutorIds).toContain(created.body.tutorId);
      const record = await candidate.agent.get('/api/pfmp').expect(200);
      expect(record.body.tutors).toContainEqual({
        id: created.body.tutorId,
        displayName: 'Nouvelle Tutrice',
      });

      const token = await lastLinkToken(platform.env.DATA_DIR, email.toLowerCase(), '/invitation');
      const agent = request.agent(platform.http);
      const accepted = await agent
        .post('/api/auth/invitations/accept')
        .send({ token, password: 'tutrice password 2027' })
        .expect(200);
      expect(accepted.body).toBeDefined();
      const interns = await agent.get('/api/interns').expect(200);
      expect(interns.body).toEqual([
        expect.objectContaining({
          candidateId: world.people.candidate.id,
          bilansToFill: [created.body.id],
        }),
      ]);
      const admin = await signIn(platform, world.people.admin.email);
      const audit = (await admin.agent.get('/api/audit?pageSize=200').expect(200)).body.items as {
        action: string;
        subjectId: string;
      }[];
      expect(audit).toContainEqual(
        expect.objectContaining({ action: 'user.invited', subjectId: created.body.tutorId }),
      );
      expect(audit).toContainEqual(
        expect.objectContaining({
          action: 'assignment.tutor_added',
          subjectId: world.people.candidate.id,
        }),
      );
    });

    it('assigns an existing tutor of the establishment without a new account or e-mail', async () => {
      const { email, id } = world.people.unrelatedTutor;
      const before = (await mailsTo(platform.env.DATA_DIR, email)).length;
      const created = await write(candidate, 'post', '/api/pfmp')
        .send({ ...period, tutor: { email: email.toUpperCase(), displayName: 'Autre nom' } })
        .expect(201);
      expect(created.body.tutorId).toBe(id);
      expect((await mailsTo(platform.env.DATA_DIR, email)).length).toBe(before);
      const other = await signIn(platform, email);
      const interns = (await other.agent.get('/api/interns').expect(200)).body as {
        candidateId: string;
      }[];
      expect(interns.map((i) => i.candidateId)).toEqual([world.people.candidate.id]);
      await write(candidate, 'delete', `/api/pfmp/${created.body.id}`).expect(204);
      await platform.app
        .get(DataSource)
        .query(`DELETE FROM tutor_assignment WHERE tutor_id = $1`, [id]);
    });

    it('refuses (409, ask staff) an e-mail of a non-tutor or of another establishment, writing nothing', async () => {
      const users = platform.app.get(UsersService);
      const foreignTutor = `foreign.tutor.${Date.now()}@example.fr`;
      await platform.app.get(DataSource).transaction((manager) =>
        users.createAccount(manager, null, world.establishmentB, {
          email: foreignTutor,
          displayName: 'Foreign Tutor',
          roles: ['tutor'],
          password: 'foreign tutor password',
        }),
      );
      const count = await periodsOf();
      for (const email of [
        world.people.teacher.email,
        foreignTutor,
        world.people.otherCandidate.email,
      ]) {
        const res = await write(candidate, 'post', '/api/pfmp')
          .send({ ...period, tutor: { email, displayName: 'X' } })
          .expect(409);
        expect(res.body.message).toMatch(
          /demandez à votre formateur, votre formatrice ou à l’administration/,
        );
      }
      expect(await periodsOf()).toBe(count);
      const me = await candidate.agent.get(`/api/users/${world.people.candidate.id}`).expect(200);
      expect(me.body.tutorIds).not.toContain(world.people.teacher.id);
    });

    it('leaves no account, assignment or e-mail behind when the period write fails', async () => {
      const created = await write(candidate, 'post', '/api/pfmp').send(period).expect(201);
      const email = `stale.${Date.now()}@example.fr`;
      await write(candidate, 'patch', `/api/pfmp/${created.body.id}`)
        .send({ version: 1, absenceDays: 1 })
        .expect(200);
      await write(candidate, 'patch', `/api/pfmp/${created.body.id}`)
        .send({ version: 1, tutor: { email, displayName: 'Trop Tard' } })
        .expect(409);
      expect(await accounts(email)).toBe(0);
      expect(await mailsTo(platform.env.DATA_DIR, email)).toEqual([]);
      // Invalid dates are refused before anything is written.
      await write(candidate, 'post', '/api/pfmp')
        .send({ ...period, endsOn: '2026-12-01', tutor: { email, displayName: 'X' } })
        .expect(400);
      expect(await accounts(email)).toBe(0);
      // Through PATCH, the invitation works too.
      const patched = await write(candidate, 'patch', `/api/pfmp/${created.body.id}`)
        .send({ version: 2, tutor: { email, displayName: 'À Temps' } })
        .expect(200);
      expect(patched.body.tutorId).toEqual(expect.any(String));
      expect(await accounts(email)).toBe(1);
      await write(candidate, 'delete', `/api/pfmp/${created.body.id}`).expect(204);
    });

    it('answers 400 for both tutorId and tutor, or a bad e-mail', async () => {
      const both = await write(candidate, 'post', '/api/pfmp')
        .send({
          ...period,
          tutorId: world.people.tutor.id,
          tutor: { email: 'x@example.fr', displayName: 'X' },
        })
        .expect(400);
      expect(both.body.message).toMatch(/pas les deux/);
      const bad = await write(candidate, 'post', '/api/pfmp')
        .send({ ...period, tutor: { email: 'not an e-mail', displayName: 'X' } })
        .expect(400);
      expect(JSON.stringify(bad.body.message)).toMatch(
        /tutor\.email : saisissez une adresse e-mail valide/,
      );
    });
  });

  describe('attestations', () => {
    // The tutor reaches the PFMP traces tied to the period they tutor (tutor-scope.int-spec.ts).
    let periodId: string;
    beforeAll(async () => {
      periodId = (
        await write(candidate, 'post', '/api/pfmp')
          .send({
            organisationName: 'Mairie',
            startsOn: '2027-01-04',
            endsOn: '2027-01-29',
            tutorId: world.people.tutor.id,
          })
          .expect(201)
      ).body.id as string;
    });
    const trace = async (context: string) =>
      (
        await write(candidate, 'post', '/api/traces')
          .send({
            title: `Sauvegardes ${context}`,
            context,
            occurredOn: '2027-01-12',
            ...(context === 'pfmp' && { pfmpPeriodId: periodId }),
            competences: ['C2.1'],
          })
          .expect(201)
      ).body as { id: string; version: number };
    const coverageC21 = async () =>
      (
        (await candidate.agent.get('/api/coverage').expect(200)).body.competences as {
          code: string;
          attested: number;
        }[]
      ).find((c) => c.code === 'C2.1')!.attested;

    it('an assigned tutor attests a PFMP trace; the candidate sees it and the coverage counts it', async () => {
      const pfmp = await trace('pfmp');
      const centre = await trace('centre');
      expect(await coverageC21()).toBe(0);
      const given = await write(tutor, 'post', `/api/traces/${pfmp.id}/attestations`)
        .send({ comment: 'Vu et fait chez nous' })
        .expect(201);
      expect(given.body).toMatchObject({ tutorName: 'Tutor', traceVersion: 1, current: true });
      // A centre trace is tied to no period: the tutor does not even see it.
      await write(tutor, 'post', `/api/traces/${centre.id}/attestations`).send({}).expect(404);
      const unrelated = await signIn(platform, world.people.unrelatedTutor.email);
      await write(unrelated, 'post', `/api/traces/${pfmp.id}/attestations`).send({}).expect(404);
      const teacher = await signIn(platform, world.people.teacher.email);
      await write(teacher, 'post', `/api/traces/${pfmp.id}/attestations`).send({}).expect(403);

      const seen = await candidate.agent.get(`/api/traces/${pfmp.id}`).expect(200);
      expect(seen.body.attestations).toEqual([
        expect.objectContaining({
          tutorId: world.people.tutor.id,
          tutorName: 'Tutor',
          comment: 'Vu et fait chez nous',
          current: true,
        }),
      ]);
      expect(await coverageC21()).toBe(1);

      // An edit leaves the attestation "for version 1": no longer counted, back in the tutor's list.
      await write(candidate, 'patch', `/api/traces/${pfmp.id}`)
        .send({ version: 1, title: 'Sauvegardes (corrigé)' })
        .expect(200);
      const edited = await candidate.agent.get(`/api/traces/${pfmp.id}`).expect(200);
      expect(edited.body.attestations[0]).toMatchObject({ traceVersion: 1, current: false });
      expect(await coverageC21()).toBe(0);
      const interns = (await tutor.agent.get('/api/interns').expect(200)).body as {
        tracesToAttest: { id: string; attestedVersion: number | null }[];
      }[];
      expect(interns[0]!.tracesToAttest).toContainEqual(
        expect.objectContaining({ id: pfmp.id, attestedVersion: 1 }),
      );
      await write(tutor, 'post', `/api/traces/${pfmp.id}/attestations`).send({}).expect(201);
      expect(await coverageC21()).toBe(1);

      await write(tutor, 'delete', `/api/traces/${pfmp.id}/attestations/mine`).expect(204);
      expect((await candidate.agent.get(`/api/traces/${pfmp.id}`)).body.attestations).toEqual([]);
      expect(await coverageC21()).toBe(0);
      await write(tutor, 'delete', `/api/traces/${pfmp.id}/attestations/mine`).expect(204);
    });

    it('goes with its trace when the trace is deleted', async () => {
      const pfmp = await trace('pfmp');
      await write(tutor, 'post', `/api/traces/${pfmp.id}/attestations`).send({}).expect(201);
      await write(candidate, 'delete', `/api/traces/${pfmp.id}`).expect(204);
      const rows = (await platform.app
        .get(DataSource)
        .query(`SELECT 1 FROM trace_attestation WHERE trace_id = $1`, [pfmp.id])) as unknown[];
      expect(rows).toEqual([]);
    });
  });

  describe('PFMP bilan', () => {
    const levels = (codes: string[], level: number | null) =>
      codes.map((code) => ({ code, level }));
    const e2Bilans = async () =>
      (
        (await candidate.agent.get('/api/dossiers/E2').expect(200)).body.readiness.checks as {
          code: string;
          ok: boolean;
        }[]
      ).find((c) => c.code === 'E2_PFMP_BILANS')!.ok;

    it('is drafted by the period tutor, invisible to the candidate until complete, then final', async () => {
      // Only this candidate's 12-week period with its attestation: E2 waits for the bilan alone.
      const { body: record } = await candidate.agent.get('/api/pfmp').expect(200);
      for (const p of record.periods as { id: string }[])
        await write(candidate, 'delete', `/api/pfmp/${p.id}`).expect(204);
      const period = (
        await write(candidate, 'post', '/api/pfmp')
          .send({
            organisationName: 'Mairie',
            startsOn: '2027-01-04',
            endsOn: '2027-03-26',
            tutorId: world.people.tutor.id,
          })
          .expect(201)
      ).body as { id: string };
      await write(candidate, 'post', `/api/pfmp/${period.id}/proof`)
        .attach('file', makePng(), 'attestation.png')
        .expect(201);
      expect(await e2Bilans()).toBe(false);

      const empty = await tutor.agent.get(`/api/pfmp/${period.id}/bilan`).expect(200);
      expect(empty.body).toMatchObject({
        version: 0,
        completedAt: null,
        tutorName: 'Tutor',
        competences: levels(['C2.1', 'C2.2', 'C2.3'], null),
      });
      const notYet = await candidate.agent.get(`/api/pfmp/${period.id}/bilan`).expect(404);
      expect(notYet.body.message).toMatch(/pas encore terminé/);
      expect(JSON.stringify(notYet.body)).not.toMatch(/activities/);

      const draft = await write(tutor, 'put', `/api/pfmp/${period.id}/bilan`)
        .send({ version: 0, activities: 'Gestion du parc et des sauvegardes' })
        .expect(200);
      expect(draft.body).toMatchObject({ version: 1, completedAt: null });
      expect(draft.body.missing).toContain('Choisissez un niveau pour C2.1, C2.2, C2.3.');
      await candidate.agent.get(`/api/pfmp/${period.id}/bilan`).expect(404);
      // The tutor's work never goes with the period: the candidate may edit it, not delete it.
      const kept = await write(candidate, 'delete', `/api/pfmp/${period.id}`).expect(409);
      expect(kept.body.message).toMatch(/La personne tutrice a commencé le bilan/);
      expect(
        ((await candidate.agent.get('/api/pfmp').expect(200)).body.periods as { id: string }[]).map(
          (p) => p.id,
        ),
      ).toContain(period.id);
      const teacher = await signIn(platform, world.people.teacher.email);
      expect(
        (await teacher.agent.get(`/api/pfmp/${period.id}/bilan`).expect(200)).body.activities,
      ).toBe('Gestion du parc et des sauvegardes');
      await write(teacher, 'put', `/api/pfmp/${period.id}/bilan`).send({ version: 1 }).expect(403);
      const unrelated = await signIn(platform, world.people.unrelatedTutor.email);
      await write(unrelated, 'put', `/api/pfmp/${period.id}/bilan`)
        .send({ version: 1 })
        .expect(404);

      const stale = await write(tutor, 'put', `/api/pfmp/${period.id}/bilan`)
        .send({ version: 0, comment: 'Oups' })
        .expect(409);
      expect(stale.body.message).toMatch(/rechargez/);
      const incomplete = await write(tutor, 'put', `/api/pfmp/${period.id}/bilan`)
        .send({ version: 1, complete: true })
        .expect(400);
      expect(incomplete.body.message).toMatch(/Choisissez un niveau pour C2\.1/);
      const badCode = await write(tutor, 'put', `/api/pfmp/${period.id}/bilan`)
        .send({ version: 1, transversal: levels(['T1', 'T1'], 2) })
        .expect(400);
      expect(badCode.body.message).toMatch(/en double : T1/);
      const badLevel = await write(tutor, 'put', `/api/pfmp/${period.id}/bilan`)
        .send({ version: 1, competences: levels(['C2.1'], 5) })
        .expect(400);
      expect(JSON.stringify(badLevel.body.message)).toMatch(
        /competences\[0\]\.level : valeurs possibles : 1, 2, 3 ou 4\./,
      );
      expect(await e2Bilans()).toBe(false);

      const done = await write(tutor, 'put', `/api/pfmp/${period.id}/bilan`)
        .send({
          version: 1,
          competences: levels(['C2.2', 'C2.1'], 3),
          transversal: levels(['T1', 'T2', 'T3', 'T4'], 4),
          comment: 'Très bonne période',
          complete: true,
        })
        .expect(200);
      expect(done.body).toMatchObject({
        version: 2,
        completedAt: expect.any(String),
        competences: levels(['C2.1', 'C2.2'], 3),
        missing: [],
      });
      expect(await e2Bilans()).toBe(true);
      expect(
        (await candidate.agent.get('/api/pfmp').expect(200)).body.periods[0].bilanComplete,
      ).toBe(true);
      const seen = await candidate.agent.get(`/api/pfmp/${period.id}/bilan`).expect(200);
      expect(seen.body).toMatchObject({
        activities: 'Gestion du parc et des sauvegardes',
        comment: 'Très bonne période',
      });
      const final = await write(tutor, 'put', `/api/pfmp/${period.id}/bilan`)
        .send({ version: 2, comment: 'Ajout' })
        .expect(409);
      expect(final.body.message).toMatch(/terminé/);
      const interns = (await tutor.agent.get('/api/interns').expect(200)).body as {
        bilansToFill: string[];
        periods: { id: string; bilan: string }[];
      }[];
      expect(interns[0]!.bilansToFill).not.toContain(period.id);
      expect(interns[0]!.periods).toContainEqual(
        expect.objectContaining({ id: period.id, bilan: 'complete', tutorIsYou: true }),
      );
    });
  });
});
