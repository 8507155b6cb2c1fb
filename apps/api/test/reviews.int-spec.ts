import { DataSource } from 'typeorm';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, type Persona, type Session, signIn, type World } from './support/world.js';

describe('comment threads on traces, dossiers and submissions', () => {
  let platform: TestPlatform;
  let world: World;
  const sessions = new Map<Persona, Session>();
  const as = async (persona: Exclude<Persona, 'anonymous'>) => {
    if (!sessions.has(persona))
      sessions.set(persona, await signIn(platform, world.people[persona].email));
    const { agent, csrf } = sessions.get(persona)!;
    return {
      get: (path: string) => agent.get(path),
      send: (method: 'post' | 'put' | 'patch' | 'delete', path: string) =>
        agent[method](path).set('X-CSRF-Token', csrf),
    };
  };
  let periodId: string;
  /** A PFMP trace of `candidate`, tied to the period `tutor` tutors (who then takes part). */
  const newTrace = async (title = 'Support utilisateur', context = 'pfmp') =>
    (
      await (
        await as('candidate')
      )
        .send('post', '/api/traces')
        .send({
          title,
          context,
          occurredOn: '2026-11-02',
          ...(context === 'pfmp' && { pfmpPeriodId: periodId }),
          competences: ['C3.1'],
        })
        .expect(201)
    ).body.id as string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await buildWorld(platform);
    periodId = (
      await (
        await as('candidate')
      )
        .send('post', '/api/pfmp')
        .send({
          organisationName: 'Mairie',
          startsOn: '2026-11-02',
          endsOn: '2026-11-27',
          tutorId: world.people.tutor.id,
        })
        .expect(201)
    ).body.id as string;
  });
  afterAll(async () => {
    await platform.close();
  });

  it('opens a trace thread to the candidate and the staff who follow them, and to nobody else', async () => {
    const traceId = await newTrace();
    const path = `/api/traces/${traceId}/comments`;
    const posted = await (
      await as('candidate')
    )
      .send('post', path)
      .send({ body: 'Voici ma **trace**.' })
      .expect(201);
    expect(posted.body).toMatchObject({
      subjectType: 'trace',
      candidateId: world.people.candidate.id,
      authorId: world.people.candidate.id,
      authorName: 'Candidate',
      body: 'Voici ma **trace**.',
      bodyHtml: '<p>Voici ma <strong>trace</strong>.</p>',
      editedAt: null,
    });
    for (const persona of ['tutor', 'teacher', 'admin'] as const) {
      await (
        await as(persona)
      )
        .send('post', path)
        .send({ body: `Avis de ${persona}` })
        .expect(201);
    }
    const thread = await (await as('tutor')).get(path).expect(200);
    expect(thread.body.map((c: { authorName: string }) => c.authorName)).toEqual([
      'Candidate',
      'Tutor',
      'Teacher',
      'Admin',
    ]);
    for (const persona of [
      'otherCandidate',
      'unrelatedTutor',
      // Assigned to the candidate, but the trace is not of a period they tutor.
      'otherPeriodTutor',
      'otherTeacher',
      'examiner',
      'otherAdmin',
    ] as const) {
      const session = await as(persona);
      await session.get(path).expect(404);
      await session.send('post', path).send({ body: 'Intrus' }).expect(404);
    }
    // A centre trace's thread is the candidate's and their teachers' and admins': no tutor's.
    const centre = `/api/traces/${await newTrace('En centre', 'centre')}/comments`;
    await (await as('tutor')).get(centre).expect(404);
    await (await as('teacher')).get(centre).expect(200);
    expect((await (await as('candidate')).get(path).expect(200)).body).toHaveLength(4);
  });

  it('sanitises hostile text: no script, handler, javascript: URL or svg reaches the HTML', async () => {
    const traceId = await newTrace();
    const hostile = [
      '<script>alert("x")</script>',
      '<img src=x onerror="alert(1)">',
      '[clic](javascript:alert(1))',
      '<svg onload="alert(1)"><circle/></svg>',
      '<a href="https://example.org" onclick="alert(1)">lien</a>',
    ].join('\n\n');
    const res = await (
      await as('teacher')
    )
      .send('post', `/api/traces/${traceId}/comments`)
      .send({ body: hostile })
      .expect(201);
    expect(res.body.body).toBe(hostile);
    expect(res.body.bodyHtml).not.toMatch(/<script|onerror|onload|onclick|javascript:|<svg|<img/i);
    expect(res.body.bodyHtml).toContain(
      '<a href="https://example.org" rel="noopener noreferrer nofollow">lien</a>',
    );
    const listed = await (await as('candidate')).get(`/api/traces/${traceId}/comments`);
    expect(listed.body[0].bodyHtml).toBe(res.body.bodyHtml);
  });

  it('refuses an empty or too long body with a 400 that says so', async () => {
    const traceId = await newTrace();
    const post = async (body: object) =>
      (await as('candidate')).send('post', `/api/traces/${traceId}/comments`).send(body);
    for (const body of [{}, { body: '   ' }, { body: 'x'.repeat(10_001) }, { body: 42 }]) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toMatch(/body/);
    }
    expect((await post({ body: 'x'.repeat(10_000) })).status).toBe(201);
  });

  it('lets the author edit within 15 minutes and delete; others get 403', async () => {
    const traceId = await newTrace();
    const candidate = await as('candidate');
    const { body: comment } = await candidate
      .send('post', `/api/traces/${traceId}/comments`)
      .send({ body: 'Première version' })
      .expect(201);
    const edited = await candidate
      .send('patch', `/api/comments/${comment.id}`)
      .send({ body: 'Version *corrigée*' })
      .expect(200);
    expect(edited.body).toMatchObject({ body: 'Version *corrigée*' });
    expect(edited.body.bodyHtml).toBe('<p>Version <em>corrigée</em></p>');
    expect(edited.body.editedAt).not.toBeNull();

    const tutorEdit = await (
      await as('tutor')
    )
      .send('patch', `/api/comments/${comment.id}`)
      .send({ body: 'Pas à moi' })
      .expect(403);
    expect(tutorEdit.body.code).toBe('COMMENT_AUTHOR_ONLY');
    await (await as('teacher')).send('delete', `/api/comments/${comment.id}`).expect(403);
    await (await as('otherCandidate')).send('delete', `/api/comments/${comment.id}`).expect(404);

    await platform.app
      .get(DataSource)
      .query(`UPDATE comment SET created_at = now() - interval '16 minutes' WHERE id = $1`, [
        comment.id,
      ]);
    const late = await candidate
      .send('patch', `/api/comments/${comment.id}`)
      .send({ body: 'Trop tard' })
      .expect(409);
    expect(late.body.message).toMatch(/15 minutes/);

    await candidate.send('delete', `/api/comments/${comment.id}`).expect(204);
    expect((await candidate.get(`/api/traces/${traceId}/comments`)).body).toEqual([]);
    await candidate.send('delete', `/api/comments/${comment.id}`).expect(404);
  });

  it('keeps one dossier thread per exam; staff name the candidate', async () => {
    const candidate = await as('candidate');
    await candidate.send('post', '/api/dossiers/E1/comments').send({ body: 'Pour E1' }).expect(201);
    const teacher = await as('teacher');
    const missing = await teacher.get('/api/dossiers/E1/comments').expect(400);
    expect(missing.body.message).toMatch(/candidateId/);
    await teacher
      .send('post', `/api/dossiers/E1/comments?candidateId=${world.people.candidate.id}`)
      .send({ body: 'Vu' })
      .expect(201);
    const e1 = await teacher
      .get(`/api/dossiers/E1/comments?candidateId=${world.people.candidate.id}`)
      .expect(200);
    expect(e1.body.map((c: { body: string }) => c.body)).toEqual(['Pour E1', 'Vu']);
    expect((await candidate.get('/api/dossiers/E2/comments').expect(200)).body).toEqual([]);
    await candidate.get('/api/dossiers/E9/comments').expect(400);
    await (
      await as('examiner')
    )
      .get(`/api/dossiers/E1/comments?candidateId=${world.people.candidate.id}`)
      .expect(404);
  });

  it('keeps comments on a submission with it, apart from the live dossier and traces', async () => {
    const candidate = await as('candidate');
    const traceId = await newTrace('Sensibilisation RGPD');
    await candidate
      .send('put', '/api/dossiers/E3')
      .send({ version: 0, items: [{ traceId }], presentation: 'Mon dossier' })
      .expect(200);
    const submitted = await candidate
      .send('post', '/api/dossiers/E3/submissions')
      .send({ acknowledgeIncomplete: true })
      .expect(201);
    const path = `/api/submissions/${submitted.body.id}/comments`;
    await (await as('teacher')).send('post', path).send({ body: 'Dépôt reçu' }).expect(201);
    await candidate
      .send('post', `/api/traces/${traceId}/comments`)
      .send({ body: 'Sur la trace' })
      .expect(201);

    // The trace goes (with its own thread); the submission's thread stays.
    await candidate.send('delete', `/api/traces/${traceId}`).expect(204);
    const kept = await candidate.get(path).expect(200);
    expect(kept.body.map((c: { body: string }) => c.body)).toEqual(['Dépôt reçu']);
    expect(kept.body[0]).toMatchObject({ subjectType: 'submission', authorName: 'Teacher' });
    expect((await candidate.get('/api/dossiers/E3/comments')).body).toEqual([]);
    await (await as('examiner')).get(path).expect(404);
    await (await as('unrelatedTutor')).send('post', path).send({ body: 'x' }).expect(404);
  });

  it('audits staff reading a thread and every change to a comment', async () => {
    const traceId = await newTrace();
    const { body: c } = await (
      await as('tutor')
    )
      .send('post', `/api/traces/${traceId}/comments`)
      .send({ body: 'Audit' })
      .expect(201);
    await (await as('tutor')).send('delete', `/api/comments/${c.id}`).expect(204);
    await (await as('teacher')).get(`/api/traces/${traceId}/comments`).expect(200);
    const events = (await platform.app.get(DataSource).query(
      `SELECT action, actor_id, details FROM audit_event
       WHERE subject_id = $1 OR (actor_id = $2 AND details->>'what' = $3)
       ORDER BY id`,
      [c.id, world.people.teacher.id, `comments trace ${traceId}`],
    )) as { action: string }[];
    expect(events.map((e) => e.action)).toEqual([
      'comment.created',
      'comment.deleted',
      'user.read',
    ]);
  });
});
