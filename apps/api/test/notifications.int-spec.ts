import {
  type ErrorParams,
  isNotificationReason,
  type NotificationReason,
  notificationText,
} from '@dossier-sno/i18n';
import { NotificationsService } from '../src/notifications/notifications.service.js';
import { mailsTo } from './support/mailbox.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, type Persona, type Session, signIn, type World } from './support/world.js';

interface Listed {
  items: {
    id: string;
    kind: string;
    subjectType: string;
    subjectId: string;
    reason: string | null;
    params: ErrorParams;
    summary: string;
  }[];
  total: number;
  unreadCount: number;
}

describe('notifications and the daily e-mail digest', () => {
  let platform: TestPlatform;
  let world: World;
  const sessions = new Map<Persona, Session>();
  const as = async (persona: Exclude<Persona, 'anonymous'>) => {
    if (!sessions.has(persona))
      sessions.set(persona, await signIn(platform, world.people[persona].email));
    const { agent, csrf } = sessions.get(persona)!;
    return {
      get: (path: string) => agent.get(path),
      send: (method: 'post' | 'put', path: string) => agent[method](path).set('X-CSRF-Token', csrf),
    };
  };
  const inbox = async (persona: Exclude<Persona, 'anonymous'>) =>
    (await (await as(persona)).get('/api/notifications').expect(200)).body as Listed;
  const readAll = async (persona: Exclude<Persona, 'anonymous'>) =>
    (await as(persona)).send('post', '/api/notifications/read').send({ all: true }).expect(200);
  const mails = (persona: Exclude<Persona, 'anonymous'>) =>
    mailsTo(platform.env.DATA_DIR, world.people[persona].email);
  let traceId: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await buildWorld(platform);
    // The trace is of the PFMP period `tutor` tutors: they take part in its thread.
    const period = await (
      await as('candidate')
    )
      .send('post', '/api/pfmp')
      .send({
        organisationName: 'Mairie',
        startsOn: '2026-11-02',
        endsOn: '2026-11-27',
        tutorId: world.people.tutor.id,
      })
      .expect(201);
    traceId = (
      await (
        await as('candidate')
      )
        .send('post', '/api/traces')
        .send({
          title: 'Assistance messagerie',
          context: 'pfmp',
          occurredOn: '2026-11-02',
          pfmpPeriodId: period.body.id,
          competences: ['C3.1'],
        })
        .expect(201)
    ).body.id as string;
  });
  afterAll(async () => {
    await platform.close();
  });

  it("tells the candidate's tutor and teachers of a candidate's comment, then the participants of each reply", async () => {
    const path = `/api/traces/${traceId}/comments`;
    await (await as('candidate')).send('post', path).send({ body: 'Relisez-moi' }).expect(201);
    for (const persona of ['tutor', 'teacher'] as const) {
      const listed = await inbox(persona);
      expect(listed.unreadCount).toBe(1);
      expect(listed.items[0]).toMatchObject({
        kind: 'comment',
        subjectType: 'trace',
        subjectId: traceId,
        summary: 'Candidate a commenté la trace « Assistance messagerie » de Candidate.',
      });
    }
    // `otherPeriodTutor` is assigned to the candidate too, but tutors none of this trace's period.
    for (const persona of [
      'candidate',
      'admin',
      'unrelatedTutor',
      'otherPeriodTutor',
      'examiner',
    ] as const) {
      expect((await inbox(persona)).total).toBe(0);
    }

    // The teacher answers: the candidate hears of it; the tutor has not written in the thread.
    await (await as('teacher')).send('post', path).send({ body: 'Précisez' }).expect(201);
    expect((await inbox('candidate')).items[0]).toMatchObject({
      summary: 'Teacher a commenté votre trace « Assistance messagerie ».',
    });
    expect((await inbox('tutor')).total).toBe(1);

    // The admin writes: the candidate and the teacher, who wrote before, hear of it.
    await (await as('admin')).send('post', path).send({ body: 'Vu' }).expect(201);
    expect((await inbox('candidate')).unreadCount).toBe(2);
    expect((await inbox('teacher')).items[0]!.summary).toMatch(/^Admin a commenté la trace/);
    expect((await inbox('tutor')).total).toBe(1);
  });

  it("tells the cohort's teachers of a submitted dossier, and no one else", async () => {
    await readAll('teacher');
    const candidate = await as('candidate');
    await candidate
      .send('put', '/api/dossiers/E3')
      .send({ version: 0, items: [{ traceId }], presentation: 'Dossier' })
      .expect(200);
    const { body } = await candidate
      .send('post', '/api/dossiers/E3/submissions')
      .send({ acknowledgeIncomplete: true })
      .expect(201);
    const teacher = await inbox('teacher');
    expect(teacher.unreadCount).toBe(1);
    expect(teacher.items[0]).toMatchObject({
      kind: 'submission',
      subjectType: 'submission',
      subjectId: body.id,
      reason: 'dossierSubmitted',
      params: { candidate: 'Candidate', exam: 'E3' },
      summary: 'Candidate a déposé son dossier E3.',
    });
    // Each reader writes it in their language from the reason and its names.
    const { reason, params } = teacher.items[0]!;
    expect(isNotificationReason(reason)).toBe(true);
    expect(notificationText('fr', reason as NotificationReason, params)).toBe(
      'Candidate a déposé son dossier E3.',
    );
    expect(notificationText('en', reason as NotificationReason, params)).toBe(
      'Candidate submitted their E3 dossier.',
    );
    expect((await inbox('tutor')).items.some((n) => n.kind === 'submission')).toBe(false);
    expect((await inbox('otherTeacher')).total).toBe(0);
  });

  it('pages newest first and marks one or all read (only the caller’s)', async () => {
    const candidate = await as('candidate');
    const page = (await candidate.get('/api/notifications?pageSize=1&page=2').expect(200))
      .body as Listed;
    expect(page).toMatchObject({ total: 2, unreadCount: 2 });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]!.summary).toMatch(/^Teacher/);

    const tutorItem = (await inbox('tutor')).items[0]!;
    const marked = await candidate
      .send('post', '/api/notifications/read')
      .send({ ids: [page.items[0]!.id, tutorItem.id] })
      .expect(200);
    expect(marked.body).toEqual({ unreadCount: 1 });
    expect((await inbox('tutor')).unreadCount).toBe(1);
    const bad = await candidate.send('post', '/api/notifications/read').send({}).expect(400);
    expect(JSON.stringify(bad.body.message)).toMatch(/ids/);
    await candidate
      .send('post', '/api/notifications/read')
      .send({ ids: ['x'] })
      .expect(400);
    await candidate.send('post', '/api/notifications/read').send({ all: false }).expect(400);
    expect((await readAll('candidate')).body).toEqual({ unreadCount: 0 });
  });

  it('keeps the digest setting per person (on by default)', async () => {
    const admin = await as('admin');
    expect((await admin.get('/api/me/settings').expect(200)).body).toEqual({ emailDigest: true });
    await admin.send('put', '/api/me/settings').send({ emailDigest: false }).expect(200);
    expect((await admin.get('/api/me/settings').expect(200)).body).toEqual({ emailDigest: false });
    const bad = await admin.send('put', '/api/me/settings').send({ emailDigest: 'no' }).expect(400);
    expect(JSON.stringify(bad.body.message)).toMatch(/emailDigest/);
    expect((await (await as('tutor')).get('/api/me/settings')).body).toEqual({ emailDigest: true });
  });

  it('e-mails unread news at most once a day per person, never to those who opted out', async () => {
    const digests = platform.app.get(NotificationsService);
    const path = `/api/traces/${traceId}/comments`;
    // The tutor has one unread comment notification; the admin (opted out) gets one now.
    await (await as('tutor')).send('post', path).send({ body: 'Bravo' }).expect(201);
    expect((await inbox('admin')).unreadCount).toBe(1);
    const start = new Date();
    await digests.sendDigests(start);

    const teacherMails = await mails('teacher');
    expect(teacherMails).toHaveLength(1);
    expect(teacherMails[0]).toMatch(/Subject: Dossier SNO : \d+ nouvelles? notifications?/);
    expect(teacherMails[0]).toContain('Tutor a commenté la trace « Assistance messagerie »');
    expect(teacherMails[0]).toContain('/notifications');
    const candidateMails = await mails('candidate');
    expect(candidateMails).toHaveLength(1);
    expect(candidateMails[0]).toContain('Tutor a commenté votre trace « Assistance messagerie ».');
    // Already read before the run: not in the digest.
    expect(candidateMails[0]).not.toContain('Teacher a commenté');
    expect(await mails('admin')).toEqual([]);

    // A run an hour later sends nothing, even with news; a run a day later sends only the news.
    await (await as('teacher')).send('post', path).send({ body: 'Encore' }).expect(201);
    await digests.sendDigests(new Date(start.getTime() + 60 * 60 * 1000));
    expect(await mails('candidate')).toHaveLength(1);
    await digests.sendDigests(new Date(start.getTime() + 25 * 60 * 60 * 1000));
    const later = await mails('candidate');
    expect(later).toHaveLength(2);
    expect(later[1]).toContain('Teacher a commenté votre trace');
    expect(later[1]).not.toContain('Tutor a commenté');
    // Nothing new: no e-mail at all.
    await digests.sendDigests(new Date(start.getTime() + 50 * 60 * 60 * 1000));
    expect(await mails('candidate')).toHaveLength(2);
    expect(await mails('admin')).toEqual([]);
  });

  it('sends one digest when two replicas run at the same moment', async () => {
    await (
      await as('candidate')
    )
      .send('post', `/api/traces/${traceId}/comments`)
      .send({ body: 'Une question' })
      .expect(201);
    const digests = platform.app.get(NotificationsService);
    const before = (await mails('tutor')).length;
    const at = new Date(Date.now() + 100 * 60 * 60 * 1000);
    await Promise.all([digests.sendDigests(at), digests.sendDigests(at)]);
    expect(await mails('tutor')).toHaveLength(before + 1);
  });
});
