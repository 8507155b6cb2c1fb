import request from 'supertest';
import { DataSource } from 'typeorm';
import { lastLinkToken, mailsTo } from './support/mailbox.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, type Session, signIn, type World } from './support/world.js';

/** An admin e-mails someone the link they need: a password reset, or their invitation again. */
describe('links sent by an admin', () => {
  let platform: TestPlatform;
  let world: World;
  let admin: Session;
  const dataDir = () => platform.env.DATA_DIR;
  const send = (id: string, as: Session = admin) =>
    as.agent.post(`/api/users/${id}/password-reset`).set('X-CSRF-Token', as.csrf);

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await buildWorld(platform);
    admin = await signIn(platform, world.people.admin.email);
  });
  afterAll(async () => {
    await platform.close();
  });

  it('e-mails a reset link that sets a new password; asked again at once, says the link is still valid', async () => {
    const { id, email } = world.people.tutor;
    const res = await send(id).expect(202);
    expect(res.body).toEqual({ kind: 'password_reset', email });
    const token = await lastLinkToken(dataDir(), email, '/mot-de-passe/nouveau');
    const again = await send(id).expect(409);
    expect(again.body.message).toMatch(/il y a moins de 15 minutes/);
    expect(await mailsTo(dataDir(), email)).toHaveLength(1);
    await request(platform.http)
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'a brand new password' })
      .expect(204);
    await request(platform.http)
      .post('/api/auth/login')
      .send({ email, password: 'a brand new password' })
      .expect(200);
  });

  it('sends a new invitation to someone who never set a password; the older link stops working', async () => {
    const email = `invite.again.${Date.now()}@example.fr`;
    const created = await admin.agent
      .post('/api/users')
      .set('X-CSRF-Token', admin.csrf)
      .send({ email, displayName: 'Inès Relance', roles: ['examiner'] })
      .expect(201);
    const first = await lastLinkToken(dataDir(), email, '/invitation');
    // The first invitation is fresh: the admin is told, nothing is sent.
    await send(created.body.id).expect(409);
    await platform.app
      .get(DataSource)
      .query(
        `UPDATE one_time_token SET created_at = now() - interval '1 hour' WHERE user_id = $1`,
        [created.body.id],
      );
    const res = await send(created.body.id).expect(202);
    expect(res.body).toEqual({ kind: 'invitation', email });
    const second = await lastLinkToken(dataDir(), email, '/invitation');
    expect(second).not.toBe(first);
    await request(platform.http).get(`/api/auth/invitations/${first}`).expect(404);
    const preview = await request(platform.http).get(`/api/auth/invitations/${second}`).expect(200);
    expect(preview.body.displayName).toBe('Inès Relance');
    const journal = await admin.agent.get('/api/audit').query({ kind: 'user' }).expect(200);
    expect(journal.body.items).toContainEqual(
      expect.objectContaining({ action: 'user.invitation_resent', subjectId: created.body.id }),
    );
  });

  it('sends one e-mail for 30 requests fired at once', async () => {
    const { id, email } = world.people.examiner;
    const statuses = await Promise.all(Array.from({ length: 30 }, () => send(id))).then((r) =>
      r.map((x) => x.status).sort(),
    );
    expect(statuses.filter((s) => s === 202)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(29);
    expect(await mailsTo(dataDir(), email)).toHaveLength(1);
  });

  it('refuses a deactivated account (409), a teacher (403), another establishment (404)', async () => {
    const { id, email } = world.people.victim;
    await admin.agent
      .post(`/api/users/${id}/deactivate`)
      .set('X-CSRF-Token', admin.csrf)
      .expect(200);
    const refused = await send(id).expect(409);
    expect(refused.body.message).toMatch(/désactivé/);
    const teacher = await signIn(platform, world.people.teacher.email);
    await send(world.people.spareTutor.id, teacher).expect(403);
    const otherAdmin = await signIn(platform, world.people.otherAdmin.email);
    await send(world.people.spareTutor.id, otherAdmin).expect(404);
    expect(await mailsTo(dataDir(), email)).toHaveLength(0);
    expect(await mailsTo(dataDir(), world.people.spareTutor.email)).toHaveLength(0);
  });
});
