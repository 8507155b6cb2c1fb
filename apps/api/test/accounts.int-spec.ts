import request from 'supertest';
import { DataSource } from 'typeorm';
import { binaryParser, makePng } from './support/fixtures.js';
import { lastLinkToken } from './support/mailbox.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, PASSWORD, type Session, signIn, type World } from './support/world.js';
import { unreadable } from './support/readable-text.js';
import { unzip, unzipBinary } from './support/zip.js';

describe('accounts, cohorts, import, audit, export', () => {
  let platform: TestPlatform;
  let world: World;
  let admin: Session;

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await buildWorld(platform);
    admin = await signIn(platform, world.people.admin.email);
  });
  afterAll(async () => {
    await platform.close();
  });

  const post = (s: Session, path: string) => s.agent.post(path).set('X-CSRF-Token', s.csrf);

  it('creates a candidate with a cohort and a status; the mode follows the status', async () => {
    const res = await post(admin, '/api/users')
      .send({
        email: `Lea.Martin.${Date.now()}@Example.fr`,
        displayName: 'Léa Martin',
        roles: ['candidate'],
        password: 'a long enough password',
        cohortId: world.cohortA,
        candidateStatus: 'enseignement_a_distance',
        positionne: true,
      })
      .expect(201);
    expect(res.body).toMatchObject({
      id: expect.any(String),
      email: expect.stringMatching(/^lea\.martin\.\d+@example\.fr$/),
      roles: ['candidate'],
      candidate: {
        cohortId: world.cohortA,
        status: 'enseignement_a_distance',
        mode: 'ponctuel',
        positionne: true,
      },
      activated: true,
    });
    await signIn(platform, res.body.email, 'a long enough password');
  });

  it('answers 400 naming what to fix, 409 for a taken e-mail, and creates nothing then', async () => {
    const db = platform.app.get(DataSource);
    const count = async () => Number((await db.query('SELECT count(*) FROM app_user'))[0].count);
    const before = await count();
    const missing = await post(admin, '/api/users')
      .send({ email: 'x@example.org', displayName: 'X', roles: ['candidate'] })
      .expect(400);
    expect(missing.body.message).toMatch(/cohortId est obligatoire/);
    const badRole = await post(admin, '/api/users')
      .send({ email: 'y@example.org', displayName: 'Y', roles: ['wizard'] })
      .expect(400);
    expect(JSON.stringify(badRole.body.message)).toMatch(/roles/);
    const foreignCohort = await post(admin, '/api/users')
      .send({
        email: 'z@example.org',
        displayName: 'Z',
        roles: ['candidate'],
        cohortId: world.cohortB,
        candidateStatus: 'enseignement_a_distance',
      })
      .expect(400);
    expect(foreignCohort.body.message).toMatch(/cohorte inconnue/);
    await post(admin, '/api/users')
      .send({
        email: world.people.teacher.email.toUpperCase(),
        displayName: 'Dup',
        roles: ['teacher'],
      })
      .expect(409);
    expect(await count()).toBe(before);
  });

  it('updates with optimistic locking: a stale version answers 409', async () => {
    const { body: user } = await admin.agent
      .get(`/api/users/${world.people.otherCandidate.id}`)
      .expect(200);
    const updated = await admin.agent
      .patch(`/api/users/${user.id}`)
      .set('X-CSRF-Token', admin.csrf)
      .send({
        version: user.version,
        candidateStatus: 'formation_continue_etablissement_prive',
        positionne: true,
      })
      .expect(200);
    expect(updated.body.candidate).toMatchObject({ mode: 'ponctuel', positionne: true });
    expect(updated.body.version).toBe(user.version + 1);
    await admin.agent
      .patch(`/api/users/${user.id}`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ version: user.version, displayName: 'Too late' })
      .expect(409);
  });

  it('imports a cohort CSV all-or-nothing, with a per-line report when anything is wrong', async () => {
    const cohort = await post(admin, '/api/cohorts')
      .send({ name: `Import ${Date.now()}`, schoolYear: '2026-2027' })
      .expect(201);
    const bad = [
      'email;nom;statut;positionné',
      'alice.import@example.fr;Alice;scolaire_public_ou_prive_sous_contrat;non',
      'not-an-email;Bob;scolaire_public_ou_prive_sous_contrat;non',
      `${world.people.teacher.email};Carl;apprenti_cfa_habilite_ccf;oui`,
      'dora.import@example.fr;Dora;statut_imaginaire;peut-être',
    ].join('\n');
    const refused = await post(admin, `/api/cohorts/${cohort.body.id}/candidates/import`)
      .attach('file', Buffer.from(bad), 'classe.csv')
      .expect(400);
    expect(refused.body).toMatchObject({ code: 'IMPORT_REFUSED', params: { count: 3 } });
    expect(refused.body.errors).toMatchObject([
      { line: 3, column: 'email', problem: 'badEmail', reason: expect.stringMatching(/invalide/) },
      {
        line: 5,
        column: 'candidateStatus',
        problem: 'unknownStatus',
        params: { text: 'statut_imaginaire' },
        reason: expect.stringMatching(/inconnu/),
      },
      {
        line: 5,
        column: 'positionne',
        problem: 'badPositionne',
        reason: expect.stringMatching(/oui ou non/),
      },
    ]);
    expect((await admin.agent.get(`/api/cohorts/${cohort.body.id}`)).body.candidateCount).toBe(0);

    const taken = `email,displayName,candidateStatus\n${world.people.teacher.email},Carl,apprenti_cfa_habilite_ccf\n`;
    const refusedTaken = await post(admin, `/api/cohorts/${cohort.body.id}/candidates/import`)
      .attach('file', Buffer.from(taken), 'classe.csv')
      .expect(400);
    expect(refusedTaken.body.errors).toMatchObject([
      {
        line: 2,
        column: 'email',
        problem: 'accountExists',
        reason: expect.stringMatching(/existe déjà/),
      },
    ]);

    const stamp = Date.now();
    const good = `\uFEFFemail,displayName,candidateStatus,positionne\nalice.${stamp}@example.fr,Alice Import,scolaire_public_ou_prive_sous_contrat,non\nbruno.${stamp}@example.fr,Bruno Import,experience_professionnelle_1_an,oui\n`;
    await post(admin, `/api/cohorts/${cohort.body.id}/candidates/import`)
      .attach('file', Buffer.from(good), 'classe.csv')
      .expect(201, { created: 2 });
    expect((await admin.agent.get(`/api/cohorts/${cohort.body.id}`)).body.candidateCount).toBe(2);
    // Each imported candidate received an invitation link that works.
    const token = await lastLinkToken(
      platform.env.DATA_DIR,
      `bruno.${stamp}@example.fr`,
      '/invitation',
    );
    await request(platform.http).get(`/api/auth/invitations/${token}`).expect(200);
  });

  it('shows a teacher the tutors of their establishment by name, to assign them; never those of another', async () => {
    const teacher = await signIn(platform, world.people.teacher.email);
    const listed = await teacher.agent.get('/api/users?role=tutor&pageSize=200').expect(200);
    const names = (listed.body.items as { displayName: string }[]).map((u) => u.displayName);
    expect(names).toEqual(expect.arrayContaining(['Tutor', 'OtherPeriodTutor', 'SpareTutor']));
    const candidate = await teacher.agent
      .get(`/api/users/${world.people.candidate.id}`)
      .expect(200);
    expect(candidate.body.tutorIds).toEqual(
      expect.arrayContaining([world.people.tutor.id, world.people.otherPeriodTutor.id]),
    );
    const other = await signIn(platform, world.people.otherTeacher.email);
    const foreign = await other.agent.get('/api/users?role=tutor&pageSize=200').expect(200);
    expect((foreign.body.items as { id: string }[]).map((u) => u.id)).not.toContain(
      world.people.tutor.id,
    );
    await other.agent.get(`/api/users/${world.people.tutor.id}`).expect(404);
  });

  it('shows the audit log with names and French labels, filtered by person, kind and day, and as CSV', async () => {
    const teacher = await signIn(platform, world.people.teacher.email);
    await teacher.agent.get(`/api/users/${world.people.candidate.id}`).expect(200);
    const byTeacher = await admin.agent
      .get(`/api/audit?actorId=${world.people.teacher.id}&kind=user&pageSize=200`)
      .expect(200);
    const items = byTeacher.body.items as {
      action: string;
      label: string;
      actorName: string;
      subjectName: string | null;
    }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((e) => e.actorName === 'Teacher' && e.action.startsWith('user.'))).toBe(
      true,
    );
    expect(items[0]).toMatchObject({
      action: 'user.read',
      label: 'Consultation des données d’une personne candidate',
      subjectName: 'Candidate',
    });
    const today = new Date().toISOString().slice(0, 10);
    const none = await admin.agent.get('/api/audit?to=2000-01-01').expect(200);
    expect(none.body.total).toBe(0);
    const todays = await admin.agent.get(`/api/audit?from=${today}&to=${today}`).expect(200);
    expect(todays.body.total).toBeGreaterThan(0);
    const bad = await admin.agent.get('/api/audit?kind=nope&from=31/01/2027').expect(400);
    expect(JSON.stringify(bad.body.message)).toMatch(/kind/);
    const csv = await admin.agent
      .get(`/api/audit.csv?actorId=${world.people.teacher.id}&kind=user`)
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Date (heure de Paris);Action;Code;Personne;Concerne;Adresse IP');
    expect(lines[1]).toMatch(
      /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2};Consultation des données d’une personne candidate;user\.read;Teacher;Candidate;/,
    );
    expect(unreadable(csv.text)).toEqual([]);
    const all = await admin.agent.get('/api/audit.csv').expect(200);
    expect(unreadable(all.text)).toEqual([]);
    // Another establishment's admin reads nothing of A's.
    const other = await signIn(platform, world.people.otherAdmin.email);
    const foreign = await other.agent
      .get(`/api/audit?actorId=${world.people.teacher.id}`)
      .expect(200);
    expect(foreign.body.total).toBe(0);
  });

  it('audits logins, changes and reads of a candidate by staff; admins list their establishment only', async () => {
    const teacher = await signIn(platform, world.people.teacher.email);
    await teacher.agent.get(`/api/users/${world.people.candidate.id}`).expect(200);
    const { body } = await admin.agent.get('/api/audit?pageSize=200').expect(200);
    const actions = (body.items as { action: string; actorId: string; subjectId: string }[]).map(
      (e) =>
        `${e.action}:${e.actorId === world.people.teacher.id ? 'teacher' : ''}:${e.subjectId === world.people.candidate.id ? 'candidate' : ''}`,
    );
    expect(actions).toContain('user.read:teacher:candidate');
    expect(actions).toContain('auth.login:teacher:');
    const other = await signIn(platform, world.people.otherAdmin.email);
    const foreign = (await other.agent.get('/api/audit?pageSize=200').expect(200)).body.items as {
      subjectId: string;
    }[];
    expect(foreign.some((e) => e.subjectId === world.people.candidate.id)).toBe(false);
    // Append-only, enforced by the database.
    await expect(platform.app.get(DataSource).query('DELETE FROM audit_event')).rejects.toThrow(
      /append-only/,
    );
  });

  it('exports everything held about the caller as a ZIP of JSON and their files, without secrets', async () => {
    const candidate = await signIn(platform, world.people.candidate.email);
    const trace = await candidate.agent
      .post('/api/traces')
      .set('X-CSRF-Token', candidate.csrf)
      .send({
        title: 'Mon export',
        context: 'centre',
        occurredOn: '2026-11-02',
        competences: ['C3.1'],
      })
      .expect(201);
    const png = makePng(64);
    const file = await candidate.agent
      .post(`/api/traces/${trace.body.id}/files`)
      .set('X-CSRF-Token', candidate.csrf)
      .attach('file', png, 'capture écran.png')
      .expect(201);
    const res = await candidate.agent
      .get('/api/me/export')
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="dossier-sno-mes-donnees-/,
    );
    const files = await unzip(res.body as Buffer);
    const stored = `fichiers/${trace.body.id}/${(file.body.id as string).slice(0, 8)}-capture écran.png`;
    expect([...files.keys()].sort()).toEqual(
      [
        'LISEZMOI.json',
        'attestations.json',
        'bilans-pfmp.json',
        'cohortes.json',
        'commentaires.json',
        'compte.json',
        'depots.json',
        'dossiers.json',
        'fichiers.json',
        'journal.json',
        'notifications.json',
        'parametres.json',
        'pfmp.json',
        'sessions-actives.json',
        'stagiaires-suivis.json',
        'traces.json',
        'tuteurs.json',
        stored,
      ].sort(),
    );
    expect((await unzipBinary(res.body as Buffer)).get(stored)).toEqual(png);
    expect(JSON.parse(files.get('traces.json')!)).toEqual([
      expect.objectContaining({ id: trace.body.id, title: 'Mon export' }),
    ]);
    expect(JSON.parse(files.get('fichiers.json')!)).toEqual([
      expect.objectContaining({ id: file.body.id, path: stored, sha256: file.body.sha256 }),
    ]);
    expect(JSON.parse(files.get('compte.json')!)).toMatchObject({
      id: world.people.candidate.id,
      email: world.people.candidate.email,
    });
    const tutors = (JSON.parse(files.get('tuteurs.json')!) as { displayName: string }[]).sort(
      (a, b) => a.displayName.localeCompare(b.displayName),
    );
    expect(tutors).toEqual(
      (['otherPeriodTutor', 'tutor'] as const).map((p) => ({
        id: world.people[p].id,
        displayName: p === 'tutor' ? 'Tutor' : 'OtherPeriodTutor',
        email: world.people[p].email,
      })),
    );
    const all = [...files.entries()]
      .filter(([name]) => name.endsWith('.json'))
      .map(([, text]) => text)
      .join('\n');
    expect(all).not.toMatch(/argon2|password_hash|passwordHash|storage_key|storageKey|sno\.sid/);
    expect(all).not.toContain(PASSWORD);
  });

  it("keeps the exporter's own addresses in the journal, never those of staff who read their data", async () => {
    const teacher = await signIn(platform, world.people.teacher.email);
    await teacher.agent.get(`/api/users/${world.people.candidate.id}`).expect(200);
    const candidate = await signIn(platform, world.people.candidate.email);
    const res = await candidate.agent
      .get('/api/me/export')
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const journal = JSON.parse((await unzip(res.body as Buffer)).get('journal.json')!) as {
      actorId: string | null;
      ip: string | null;
    }[];
    const read = journal.filter((e) => e.actorId === world.people.teacher.id);
    expect(read.length).toBeGreaterThan(0);
    expect(read.every((e) => e.ip === null)).toBe(true);
    expect(journal.some((e) => e.actorId === world.people.candidate.id && e.ip)).toBe(true);
  });
});
