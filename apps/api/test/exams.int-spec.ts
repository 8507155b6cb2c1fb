import { formatDate } from '@dossier-sno/i18n';
import { findCompetence } from '@dossier-sno/referential';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { binaryParser } from './support/fixtures.js';
import { lastLinkToken } from './support/mailbox.js';
import { popplerRead, unreadable } from './support/readable-text.js';
import { examSessionBody } from './support/route-calls.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, type Session, signIn, type World } from './support/world.js';

describe('exam sessions, commissions and evaluations', () => {
  let platform: TestPlatform;
  let world: World;
  let candidate: Session;
  let other: Session;
  let admin: Session;
  let examiner: Session;
  let teacher: Session;
  const send = (s: Session, method: 'post' | 'put' | 'patch' | 'delete', path: string) =>
    s.agent[method](path).set('X-CSRF-Token', s.csrf);

  /** Saves an E3 dossier of one trace and submits it; returns the submission. */
  const submitE3 = async (s: Session) => {
    const trace = await send(s, 'post', '/api/traces')
      .send({
        title: 'Assistance',
        context: 'pfmp',
        occurredOn: '2026-11-02',
        competences: ['C3.1'],
      })
      .expect(201);
    const dossier = await s.agent.get('/api/dossiers/E3').expect(200);
    await send(s, 'put', '/api/dossiers/E3')
      .send({
        version: dossier.body.version,
        items: [{ traceId: trace.body.id }],
        presentation: 'Bilan',
      })
      .expect(200);
    return (
      await send(s, 'post', '/api/dossiers/E3/submissions')
        .send({ acknowledgeIncomplete: true })
        .expect(201)
    ).body as { id: string; submittedAt: string };
  };
  const createSession = async (over: Partial<ReturnType<typeof examSessionBody>> = {}) =>
    (
      await send(admin, 'post', '/api/exam-sessions')
        .send({ ...examSessionBody('E3 juin'), ...over })
        .expect(201)
    ).body as { id: string; version: number };
  const seat = (session: string, userId: string) =>
    send(admin, 'put', `/api/exam-sessions/${session}/members/${userId}`).expect(204);
  const enrol = (session: string, candidateId: string) =>
    send(admin, 'put', `/api/exam-sessions/${session}/candidates/${candidateId}`).expect(204);
  const evaluationPath = (session: string, candidateId = world.people.candidate.id) =>
    `/api/exam-sessions/${session}/candidates/${candidateId}/evaluation`;
  const grid = { scores: [{ criterionId: 'C3.1-1', level: 'satisfaisant', comment: 'Clair' }] };

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await buildWorld(platform);
    const as = (persona: 'candidate' | 'otherCandidate' | 'admin' | 'examiner' | 'teacher') =>
      signIn(platform, world.people[persona].email);
    candidate = await as('candidate');
    other = await as('otherCandidate');
    admin = await as('admin');
    examiner = await as('examiner');
    teacher = await as('teacher');
  });
  afterAll(async () => {
    await platform.close();
  });

  it('shows the examiner the latest submission before the deadline, never a later one nor the live workspace; then blocks submitting', async () => {
    const first = await submitE3(candidate);
    const second = await submitE3(candidate);
    // A deadline between the two submissions (in the past): the first is the one reviewed.
    const deadline = new Date((Date.parse(first.submittedAt) + Date.parse(second.submittedAt)) / 2);
    const session = await createSession({ submissionDeadline: deadline.toISOString() });
    await seat(session.id, world.people.examiner.id);
    await enrol(session.id, world.people.candidate.id);

    const list = await examiner.agent.get('/api/exam-sessions').expect(200);
    expect(list.body.map((s: { id: string }) => s.id)).toContain(session.id);
    const candidates = await examiner.agent
      .get(`/api/exam-sessions/${session.id}/candidates`)
      .expect(200);
    expect(candidates.body).toEqual([
      expect.objectContaining({
        candidateId: world.people.candidate.id,
        submission: expect.objectContaining({ id: first.id }),
        evaluationStatus: 'none',
      }),
    ]);
    const reviewed = await examiner.agent
      .get(`/api/exam-sessions/${session.id}/candidates/${world.people.candidate.id}/submission`)
      .expect(200);
    expect(reviewed.body.id).toBe(first.id);
    await examiner.agent.get(`/api/submissions/${first.id}`).expect(200);
    await examiner.agent
      .get(`/api/submissions/${first.id}/export.pdf`)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    // The submission made after the deadline stays out of reach, like the live workspace.
    await examiner.agent.get(`/api/submissions/${second.id}`).expect(404);
    await examiner.agent.get(`/api/submissions/${second.id}/export.zip`).expect(404);
    for (const path of ['/api/traces', '/api/coverage', '/api/pfmp', '/api/dossiers/E3'])
      await examiner.agent.get(`${path}?candidateId=${world.people.candidate.id}`).expect(404);
    await examiner.agent.get(`/api/submissions/${first.id}/shares`).expect(404);

    // Every examiner read is audited.
    const audit = await admin.agent.get('/api/audit?pageSize=200').expect(200);
    expect(
      audit.body.items.filter(
        (e: { action: string; actorId: string; details: { what?: string } }) =>
          e.action === 'user.read' &&
          e.actorId === world.people.examiner.id &&
          e.details.what?.startsWith(`submission ${first.id}`),
      ).length,
    ).toBeGreaterThanOrEqual(3);

    // The deadline has passed for this candidate and this exam: no new submission.
    const refused = await send(candidate, 'post', '/api/dossiers/E3/submissions')
      .send({ acknowledgeIncomplete: true })
      .expect(403);
    expect(refused.body.message).toMatch(/date limite de dépôt pour E3.*est passée/);
  });

  it('keeps an examiner of session A away from the candidates of session B and from a dossier with no submission', async () => {
    const submitted = await submitE3(other);
    const sessionA = await createSession({ label: 'A' });
    await seat(sessionA.id, world.people.examiner.id);
    const sessionB = await createSession({ label: 'B' });
    await enrol(sessionB.id, world.people.otherCandidate.id);

    await examiner.agent.get(`/api/exam-sessions/${sessionB.id}`).expect(404);
    await examiner.agent.get(`/api/exam-sessions/${sessionB.id}/candidates`).expect(404);
    const b = `/api/exam-sessions/${sessionB.id}/candidates/${world.people.otherCandidate.id}`;
    await examiner.agent.get(`${b}/submission`).expect(404);
    await examiner.agent.get(`${b}/evaluation`).expect(404);
    await examiner.agent.get(`/api/exam-sessions/${sessionB.id}/grids.pdf`).expect(404);
    await examiner.agent.get(`/api/submissions/${submitted.id}`).expect(404);
    // Through session A, asking for a candidate who is not in it changes nothing.
    const viaA = `/api/exam-sessions/${sessionA.id}/candidates/${world.people.otherCandidate.id}`;
    await examiner.agent.get(`${viaA}/submission`).expect(404);
    await examiner.agent.get(`${viaA}/evaluation`).expect(404);

    // A candidate of the session who never submitted: nothing to read.
    const spare = await createSession({ label: 'Sans dépôt', exam: 'E1' });
    await seat(spare.id, world.people.examiner.id);
    await enrol(spare.id, world.people.otherCandidate.id);
    const none = await examiner.agent
      .get(`/api/exam-sessions/${spare.id}/candidates/${world.people.otherCandidate.id}/submission`)
      .expect(404);
    expect(none.body.message).toMatch(/Aucun dossier déposé avant la date limite/);
    await examiner.agent
      .get(`/api/dossiers/E1?candidateId=${world.people.otherCandidate.id}`)
      .expect(404);
  });

  it('locks the evaluation once every member has signed; only an admin corrects it, with a reason, audited', async () => {
    await submitE3(other);
    const session = await createSession({ label: 'Commission' });
    await seat(session.id, world.people.examiner.id);
    await seat(session.id, world.people.teacher.id);
    await enrol(session.id, world.people.otherCandidate.id);
    const path = evaluationPath(session.id, world.people.otherCandidate.id);

    const empty = await examiner.agent.get(path).expect(200);
    expect(empty.body.grid.competences.map((c: { code: string }) => c.code)).toEqual([
      'C3.1',
      'C3.2',
      'C3.3',
    ]);
    expect(empty.body.version).toBe(0);
    await send(examiner, 'post', `${path}/sign-off`).expect(409);

    const saved = await send(examiner, 'put', path)
      .send({ version: 0, ...grid, proposedMark: 12.5, notes: 'À revoir' })
      .expect(200);
    await send(teacher, 'put', path)
      .send({ version: 0, ...grid, proposedMark: 12, notes: '' })
      .expect(409);
    const first = await send(examiner, 'post', `${path}/sign-off`).expect(200);
    // A grid read before a signature is stale: its save would withdraw a signature unseen.
    await send(teacher, 'put', path)
      .send({ version: saved.body.version, ...grid, proposedMark: 13, notes: 'Revu' })
      .expect(409);
    // Signing twice changes nothing.
    const again = await send(examiner, 'post', `${path}/sign-off`).expect(200);
    expect(again.body.version).toBe(first.body.version);
    // A change after a sign-off withdraws it: everyone signs what is finally there.
    const changed = await send(teacher, 'put', path)
      .send({ version: first.body.version, ...grid, proposedMark: 13, notes: 'Revu' })
      .expect(200);
    expect(changed.body.signOffs).toEqual([]);
    await send(examiner, 'post', `${path}/sign-off`).expect(200);
    const signed = await send(teacher, 'post', `${path}/sign-off`).expect(200);
    expect(signed.body.lockedAt).not.toBeNull();
    expect(signed.body.pendingMembers).toEqual([]);
    const lockedPut = await send(examiner, 'put', path)
      .send({ version: signed.body.version, ...grid, proposedMark: 14, notes: '' })
      .expect(409);
    expect(lockedPut.body.message).toMatch(/verrouillée/);
    const list = await examiner.agent.get(`/api/exam-sessions/${session.id}/candidates`);
    expect(list.body[0].evaluationStatus).toBe('locked');

    const correction = {
      version: signed.body.version,
      ...grid,
      proposedMark: 13.5,
      notes: 'Revu',
      reason: 'Erreur de report de la note sur la grille papier',
    };
    await send(examiner, 'post', `${path}/corrections`).send(correction).expect(403);
    await send(admin, 'post', `${path}/corrections`)
      .send({ ...correction, reason: 'court' })
      .expect(400);
    const corrected = await send(admin, 'post', `${path}/corrections`).send(correction).expect(200);
    expect(corrected.body).toMatchObject({ proposedMark: 13.5, lockedAt: expect.any(String) });
    const audit = await admin.agent.get('/api/audit?pageSize=200').expect(200);
    const event = audit.body.items.find(
      (e: { action: string }) => e.action === 'evaluation.corrected',
    );
    expect(event).toMatchObject({
      actorId: world.people.admin.id,
      subjectId: session.id,
      details: { reason: correction.reason, changed: ['proposedMark'] },
    });
    expect(JSON.stringify(event)).not.toMatch(/13[.,]5/);

    // Teachers who are not members, the candidate and the session's grids export.
    const outsider = await signIn(platform, world.people.spareTeacher.email);
    await outsider.agent.get(path).expect(404);
    await other.agent.get(path).expect(403);
    const pdf = await admin.agent
      .get(`/api/exam-sessions/${session.id}/grids.pdf`)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const { PDFParse } = await import('pdf-parse');
    const parser = new PDFParse({ data: new Uint8Array(pdf.body as Buffer) });
    const { text } = await parser.getText();
    await parser.destroy();
    expect(text).toContain("Grilles d'aide à l'évaluation — E3");
    expect(text).toContain('Note proposée : 13,5 / 20');
    expect(text).toContain('Satisfaisant');
    expect(text).not.toContain('Revu'); // private notes stay out

    // As the jury reads it: tagged, the candidate on the first page, criteria by their text.
    const read = await popplerRead(pdf.body as Buffer);
    expect(read.info).toMatchObject({
      Tagged: 'yes',
      Title: "Grilles d'aide à l'évaluation — Commission",
      Pages: '1',
    });
    const firstPage = read.text.split('\f')[0]!;
    expect(firstPage).toContain('OtherCandidate');
    expect(read.text).toContain(findCompetence('C3.1')!.title.slice(0, 40));
    expect(read.text).toContain(findCompetence('C3.1')!.criteria[0]!.slice(0, 40));
    expect(read.text).toMatch(/Niveau : Satisfaisant\s+Commentaire : Clair/);
    expect(read.text).toContain('Niveau : Non évalué');
    expect(read.text).toContain(
      `Signé par Examiner le ${formatDate(new Date(signed.body.signOffs[0].signedAt as string), 'fr')}`,
    );
    expect(read.text).toContain(
      `verrouillée le ${formatDate(corrected.body.lockedAt as string, 'fr')}`,
    );
    expect(read.text).toContain('E3 — Contrôle en cours de formation');
    expect(unreadable(read.text)).toEqual([]);
  });

  it('refuses bad input with a message that says what to fix', async () => {
    const bad = await send(admin, 'post', '/api/exam-sessions')
      .send({ ...examSessionBody('X'), exam: 'E4', submissionDeadline: 'demain' })
      .expect(400);
    expect(bad.body.code).toBe('INVALID_INPUT');
    expect(bad.body.fields).toEqual([
      expect.objectContaining({
        field: 'exam',
        rule: 'isIn',
        params: { choices: ['E1', 'E2', 'E3'] },
      }),
      expect.objectContaining({ field: 'submissionDeadline', rule: 'dateTime' }),
    ]);
    expect(bad.body.message).toMatch(/exam : valeurs possibles : E1, E2 ou E3\./);
    expect(bad.body.message).toMatch(/submissionDeadline : une date et une heure ISO 8601/);
    const late = await send(admin, 'post', '/api/exam-sessions')
      .send({ ...examSessionBody('X'), oralStartsOn: '2026-01-01', oralEndsOn: '2026-01-02' })
      .expect(400);
    expect(late.body.message).toMatch(/submissionDeadline doit précéder/);

    const session = await createSession();
    await send(admin, 'patch', `/api/exam-sessions/${session.id}`)
      .send({ version: session.version + 1, label: 'Y' })
      .expect(409);
    await seat(session.id, world.people.examiner.id);
    await enrol(session.id, world.people.candidate.id);
    const path = evaluationPath(session.id);
    const half = await send(examiner, 'put', path)
      .send({ version: 0, scores: [], proposedMark: 13.25, notes: '' })
      .expect(400);
    expect(half.body.message).toMatch(/demi-points/);
    const unknown = await send(examiner, 'put', path)
      .send({
        version: 0,
        scores: [{ criterionId: 'C1.1-1', level: null, comment: '' }],
        proposedMark: null,
        notes: '',
      })
      .expect(400);
    expect(unknown.body).toMatchObject({ code: 'UNKNOWN_CRITERIA', params: { exam: 'E3' } });
    expect(unknown.body.message).toMatch(/critère inconnu pour E3 : C1.1-1/);
    const level = await send(examiner, 'put', path)
      .send({
        version: 0,
        scores: [{ criterionId: 'C3.1-1', level: 'parfait', comment: '' }],
        proposedMark: null,
        notes: '',
      })
      .expect(400);
    expect(level.body.message).toMatch(
      /^scores\[0\]\.level : valeurs possibles : tres_insuffisant/,
    );
    await send(admin, 'put', path)
      .send({ version: 0, scores: [], proposedMark: null, notes: '' })
      .expect(403);
    // A teacher cannot enrol a candidate they do not follow, nor manage an admin's session.
    await send(
      teacher,
      'put',
      `/api/exam-sessions/${session.id}/candidates/${world.people.otherCandidate.id}`,
    ).expect(404);
  });

  it('invites an examiner by e-mail onto the commission, audited; the examiner loses access after the retention date', async () => {
    await submitE3(other);
    const session = await createSession({ label: 'Avec invité' });
    await enrol(session.id, world.people.otherCandidate.id);
    const email = `jury.${Date.now()}@example.org`;
    const invited = await send(
      admin,
      'post',
      `/api/exam-sessions/${session.id}/members/invitations`,
    )
      .send({ email, displayName: 'Jury extérieur' })
      .expect(201);
    expect(invited.body).toMatchObject({ email, roles: ['examiner'] });
    const token = await lastLinkToken(platform.env.DATA_DIR, email, '/invitation');
    const accepted = await request
      .agent(platform.http)
      .post('/api/auth/invitations/accept')
      .send({ token, password: 'a long enough new password' })
      .expect(200);
    expect(accepted.status).toBe(200);
    const jury = await signIn(platform, email, 'a long enough new password');
    const sessions = await jury.agent.get('/api/exam-sessions').expect(200);
    expect(sessions.body.map((s: { id: string }) => s.id)).toEqual([session.id]);
    const reviewed = `/api/exam-sessions/${session.id}/candidates/${world.people.otherCandidate.id}`;
    await jury.agent.get(`${reviewed}/submission`).expect(200);
    const audit = await admin.agent.get('/api/audit?pageSize=200').expect(200);
    expect(
      audit.body.items.some(
        (e: { action: string; subjectId: string; details: { userId?: string } }) =>
          e.action === 'exam_session.member_invited' &&
          e.subjectId === session.id &&
          e.details.userId === invited.body.id,
      ),
    ).toBe(true);
    // An existing account is seated with PUT, not invited again.
    await send(admin, 'post', `/api/exam-sessions/${session.id}/members/invitations`)
      .send({ email, displayName: 'Encore' })
      .expect(409);

    await platform.app
      .get(DataSource)
      .query(`UPDATE exam_session SET retention_until = current_date - 1 WHERE id = $1`, [
        session.id,
      ]);
    expect((await jury.agent.get('/api/exam-sessions').expect(200)).body).toEqual([]);
    await jury.agent.get(`/api/exam-sessions/${session.id}`).expect(404);
    await jury.agent.get(`${reviewed}/submission`).expect(404);
    await jury.agent.get(`${reviewed}/evaluation`).expect(404);
    await jury.agent.get(`/api/exam-sessions/${session.id}/grids.pdf`).expect(404);
    // The establishment's admins keep the session.
    await admin.agent.get(`/api/exam-sessions/${session.id}`).expect(200);
  });

  it('enrols a whole cohort at once: the enrolled stay, a commission member refuses it all (409), 30 at once enrol each once', async () => {
    const session = await createSession({ label: 'Cohorte entière' });
    const cohortPath = `/api/exam-sessions/${session.id}/cohorts/${world.cohortA}/candidates`;
    const names = async () =>
      (
        (await admin.agent.get(`/api/exam-sessions/${session.id}/candidates`).expect(200)).body as {
          displayName: string;
        }[]
      ).map((c) => c.displayName);
    await enrol(session.id, world.people.candidate.id);
    const first = await send(admin, 'post', cohortPath).expect(200);
    expect(first.body).toEqual({ enrolled: 1, alreadyEnrolled: 1 });
    expect(await names()).toEqual(['Candidate', 'OtherCandidate']);
    // The teacher follows cohort A but did not create this session: it stays hidden from them.
    await send(teacher, 'post', cohortPath).expect(404);

    // A seat that an older version let through: nobody of the cohort is enrolled, and why is said.
    const seated = await createSession({ label: 'Conflit' });
    await platform.app
      .get(DataSource)
      .query(`INSERT INTO exam_session_member (session_id, user_id) VALUES ($1, $2)`, [
        seated.id,
        world.people.otherCandidate.id,
      ]);
    const refused = await send(
      admin,
      'post',
      `/api/exam-sessions/${seated.id}/cohorts/${world.cohortA}/candidates`,
    ).expect(409);
    expect(refused.body.message).toContain('OtherCandidate');
    const none = await admin.agent.get(`/api/exam-sessions/${seated.id}/candidates`).expect(200);
    expect(none.body).toEqual([]);

    const race = await createSession({ label: 'Trente à la fois' });
    const answers = await Promise.all(
      Array.from({ length: 30 }, () =>
        send(admin, 'post', `/api/exam-sessions/${race.id}/cohorts/${world.cohortA}/candidates`),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(200));
    expect(answers.reduce((sum, a) => sum + (a.body as { enrolled: number }).enrolled, 0)).toBe(2);
    const raced = await admin.agent.get(`/api/exam-sessions/${race.id}/candidates`).expect(200);
    expect(raced.body).toHaveLength(2);
  });
});
