import request from 'supertest';
import { DataSource } from 'typeorm';
import { lastLinkToken, mailsTo } from './support/mailbox.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { anonymous, buildWorld, PASSWORD, signIn, type World } from './support/world.js';

describe('authentication', () => {
  let platform: TestPlatform;
  let world: World;
  const dataDir = () => platform.env.DATA_DIR;

  beforeAll(async () => {
    // Behind a trusted proxy, so each test can come from its own address (throttling counts by address).
    platform = await startTestPlatform({ TRUST_PROXY: 'true' });
    world = await buildWorld(platform);
  });
  afterAll(async () => {
    await platform.close();
  });

  it('signs in with a session cookie (HttpOnly, SameSite=Lax), knows who is in, signs out', async () => {
    const { email } = world.people.candidate;
    const agent = request.agent(platform.http);
    const login = await agent
      .post('/api/auth/login')
      .send({ email, password: PASSWORD })
      .expect(200);
    expect(login.body).toEqual({
      id: world.people.candidate.id,
      email,
      displayName: 'Candidate',
      roles: ['candidate'],
    });
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/^sno\.sid=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(login.headers['x-csrf-token']).toEqual(expect.any(String));

    await agent.get('/api/auth/me').expect(200, login.body);
    await agent
      .post('/api/auth/logout')
      .set('X-CSRF-Token', String(login.headers['x-csrf-token']))
      .expect(204);
    await agent.get('/api/auth/me').expect(401);
  });

  it('marks the cookie Secure when the request came over HTTPS through the proxy', async () => {
    const res = await request(platform.http)
      .post('/api/auth/login')
      .set('X-Forwarded-Proto', 'https')
      .send({ email: world.people.admin.email, password: PASSWORD })
      .expect(200);
    expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
  });

  it('answers 401 with the same message for an unknown e-mail and a wrong password', async () => {
    const ip = '198.51.100.1';
    const unknown = await request(platform.http)
      .post('/api/auth/login')
      .set('X-Forwarded-For', ip)
      .send({ email: 'nobody@nowhere.example', password: 'whatever-password' })
      .expect(401);
    const wrong = await request(platform.http)
      .post('/api/auth/login')
      .set('X-Forwarded-For', ip)
      .send({ email: world.people.teacher.email, password: 'not the password' })
      .expect(401);
    expect(unknown.body.message).toBe(wrong.body.message);
    expect(unknown.body.message).toMatch(/E-mail ou mot de passe incorrect/);
  });

  it('answers 400 naming the field when the body is malformed', async () => {
    const res = await request(platform.http)
      .post('/api/auth/login')
      .send({ email: 'x' })
      .expect(400);
    expect(JSON.stringify(res.body.message)).toMatch(/password/);
  });

  it('throttles an account after 10 failures in 15 minutes: 429 with Retry-After, even with the right password', async () => {
    const { email } = world.people.examiner;
    for (let i = 0; i < 10; i++) {
      await request(platform.http)
        .post('/api/auth/login')
        .set('X-Forwarded-For', `198.51.100.${10 + i}`)
        .send({ email, password: `wrong ${i}` })
        .expect(401);
    }
    const blocked = await request(platform.http)
      .post('/api/auth/login')
      .set('X-Forwarded-For', '198.51.100.99')
      .send({ email, password: PASSWORD })
      .expect(429);
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  });

  it('throttles an address after 10 failures in 15 minutes, whatever the account', async () => {
    const ip = '203.0.113.7';
    for (let i = 0; i < 10; i++) {
      await request(platform.http)
        .post('/api/auth/login')
        .set('X-Forwarded-For', ip)
        .send({ email: `unknown${i}@example.org`, password: 'nope-nope-nope' })
        .expect(401);
    }
    const blocked = await request(platform.http)
      .post('/api/auth/login')
      .set('X-Forwarded-For', ip)
      .send({ email: world.people.otherAdmin.email, password: PASSWORD })
      .expect(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected.
    await request(platform.http)
      .post('/api/auth/login')
      .set('X-Forwarded-For', '203.0.113.8')
      .send({ email: world.people.otherAdmin.email, password: PASSWORD })
      .expect(200);
  });

  it('counts 30 wrong guesses fired at once exactly: 10 answer 401, 20 answer 429, then the right password answers 429', async () => {
    const { email } = world.people.spareTeacher;
    const statuses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        request(platform.http)
          .post('/api/auth/login')
          .set('X-Forwarded-For', `198.18.0.${i + 1}`)
          .send({ email, password: `wrong guess ${i}` })
          .then((res) => res.status),
      ),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
    await request(platform.http)
      .post('/api/auth/login')
      .set('X-Forwarded-For', '198.18.1.1')
      .send({ email, password: PASSWORD })
      .expect(429);
  });

  it('does not count a successful login as a failure', async () => {
    const ip = '198.18.2.1';
    const { email } = world.people.unrelatedTutor;
    for (let i = 0; i < 12; i++) {
      await request(platform.http)
        .post('/api/auth/login')
        .set('X-Forwarded-For', ip)
        .send({ email, password: PASSWORD })
        .expect(200);
    }
  });

  it('refuses a state-changing request without the session CSRF token', async () => {
    const session = await signIn(platform, world.people.admin.email);
    const res = await session.agent.post('/api/auth/logout').expect(403);
    expect(res.body.message).toMatch(/X-CSRF-Token/);
    await session.agent.post('/api/auth/logout').set('X-CSRF-Token', 'forged').expect(403);
    const { body } = await session.agent.get('/api/auth/csrf').expect(200);
    await session.agent.post('/api/auth/logout').set('X-CSRF-Token', body.token).expect(204);
  });

  it('answers an anonymous GET /api/auth/csrf with a null token, no cookie and no session row', async () => {
    const db = platform.app.get(DataSource);
    const count = async () =>
      ((await db.query(`SELECT count(*)::int AS n FROM http_session`)) as { n: number }[])[0]!.n;
    const before = await count();
    for (let i = 0; i < 5; i++) {
      const res = await request(platform.http).get('/api/auth/csrf').expect(200, { token: null });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect(await count()).toBe(before);
  });

  it('stores argon2id hashes and never returns a hash or a password', async () => {
    const rows: { password_hash: string }[] = await platform.app
      .get(DataSource)
      .query('SELECT password_hash FROM app_user WHERE id = $1', [world.people.admin.id]);
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$/);

    const session = await signIn(platform, world.people.admin.email);
    const bodies = [
      (await session.agent.get('/api/auth/me')).text,
      (await session.agent.get('/api/users')).text,
      (await session.agent.get(`/api/users/${world.people.candidate.id}`)).text,
    ];
    for (const body of bodies) {
      expect(body).not.toMatch(/argon2|passwordHash|password_hash/);
      expect(body).not.toContain(PASSWORD);
    }
  });

  it('changing the password ends the other sessions', async () => {
    const { email } = world.people.unrelatedTutor;
    const here = await signIn(platform, email);
    const elsewhere = await signIn(platform, email);
    await here.agent
      .post('/api/auth/password')
      .set('X-CSRF-Token', here.csrf)
      .send({ currentPassword: 'wrong one', newPassword: 'a brand new password' })
      .expect(400);
    await here.agent
      .post('/api/auth/password')
      .set('X-CSRF-Token', here.csrf)
      .send({ currentPassword: PASSWORD, newPassword: 'a brand new password' })
      .expect(204);
    await here.agent.get('/api/auth/me').expect(200);
    await elsewhere.agent.get('/api/auth/me').expect(401);
    await signIn(platform, email, 'a brand new password');
  });

  it('resets a forgotten password through a one-time e-mailed link', async () => {
    const { email } = world.people.otherCandidate;
    await request(platform.http).post('/api/auth/password-reset').send({ email }).expect(202);
    await request(platform.http)
      .post('/api/auth/password-reset')
      .send({ email: 'nobody@nowhere.example' })
      .expect(202);
    const token = await lastLinkToken(dataDir(), email, '/mot-de-passe/nouveau');
    await request(platform.http)
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'short' })
      .expect(400);
    await request(platform.http)
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'reset password 2026' })
      .expect(204);
    await request(platform.http)
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'again password 2026' })
      .expect(404);
    await signIn(platform, email, 'reset password 2026');
  });

  it('sends one reset e-mail for 30 requests fired at once, and answers the 4th request of the hour 429 for known and unknown e-mails alike', async () => {
    const { email } = world.people.spareTutor;
    const statuses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        request(platform.http)
          .post('/api/auth/password-reset')
          .set('X-Forwarded-For', `198.18.3.${i + 1}`)
          .send({ email })
          .then((res) => res.status),
      ),
    );
    expect(statuses.filter((s) => s === 202)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(27);
    expect(await mailsTo(dataDir(), email)).toHaveLength(1);

    const unknown = 'nobody.reset@nowhere.example';
    for (let i = 0; i < 3; i++) {
      await request(platform.http)
        .post('/api/auth/password-reset')
        .set('X-Forwarded-For', `198.18.4.${i + 1}`)
        .send({ email: unknown })
        .expect(202);
    }
    const refused = await request(platform.http)
      .post('/api/auth/password-reset')
      .set('X-Forwarded-For', '198.18.4.9')
      .send({ email: unknown })
      .expect(429);
    expect(refused.body.message).toMatch(/Trop de demandes de réinitialisation/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(3600);
  });

  it('limits reset requests from one address to 20 an hour, whatever the e-mail', async () => {
    const ip = '198.18.5.1';
    for (let i = 0; i < 20; i++) {
      await request(platform.http)
        .post('/api/auth/password-reset')
        .set('X-Forwarded-For', ip)
        .send({ email: `someone${i}@nowhere.example` })
        .expect(202);
    }
    await request(platform.http)
      .post('/api/auth/password-reset')
      .set('X-Forwarded-For', ip)
      .send({ email: world.people.victim.email })
      .expect(429);
    expect(await mailsTo(dataDir(), world.people.victim.email)).toHaveLength(0);
  });

  it('invites a tutor by e-mail; the link sets a password and signs them in', async () => {
    const admin = await signIn(platform, world.people.admin.email);
    const email = `invited.${Date.now()}@entreprise.example`;
    const invited = await admin.agent
      .post('/api/invitations')
      .set('X-CSRF-Token', admin.csrf)
      .send({
        email,
        displayName: 'Dominique Tutrice',
        role: 'tutor',
        candidateIds: [world.people.candidate.id],
      })
      .expect(201);
    const token = await lastLinkToken(dataDir(), email, '/invitation');

    const preview = await request(platform.http).get(`/api/auth/invitations/${token}`).expect(200);
    expect(preview.body).toEqual({ email, displayName: 'Dominique Tutrice', roles: ['tutor'] });
    await request(platform.http)
      .post('/api/auth/login')
      .send({ email, password: 'anything at all' })
      .expect(401);

    const agent = request.agent(platform.http);
    const accepted = await agent
      .post('/api/auth/invitations/accept')
      .send({ token, password: 'my tutor password' })
      .expect(200);
    expect(accepted.body).toMatchObject({
      id: invited.body.id,
      email,
      roles: ['tutor'],
      landing: '/',
    });
    await agent.get('/api/auth/me').expect(200);
    // The tutor sees the intern they were invited for.
    await agent.get(`/api/users/${world.people.candidate.id}`).expect(200);
    await request(platform.http).get(`/api/auth/invitations/${token}`).expect(404);
  });

  it('signs out a deactivated person at once', async () => {
    const victim = await signIn(platform, world.people.victim.email);
    const admin = await signIn(platform, world.people.admin.email);
    await admin.agent
      .post(`/api/users/${world.people.victim.id}/deactivate`)
      .set('X-CSRF-Token', admin.csrf)
      .expect(200);
    await victim.agent.get('/api/auth/me').expect(401);
    await request(platform.http)
      .post('/api/auth/login')
      .send({ email: world.people.victim.email, password: PASSWORD })
      .expect(401);
  });

  it('answers 401 to anonymous calls of protected routes', async () => {
    const { agent } = anonymous(platform);
    await agent.get('/api/users').expect(401);
  });
});

describe('authentication: login CSRF and inactive invitations', () => {
  let platform: TestPlatform;
  let world: World;

  beforeAll(async () => {
    platform = await startTestPlatform({ TRUST_PROXY: 'true' });
    world = await buildWorld(platform);
  });
  afterAll(async () => {
    await platform.close();
  });

  it('refuses a urlencoded login with 415 and sets no cookie', async () => {
    const res = await request(platform.http)
      .post('/api/auth/login')
      .type('form')
      .send({ email: world.people.admin.email, password: PASSWORD })
      .expect(415);
    expect(res.body.message).toMatch(/JSON/);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a login from a foreign Origin or a cross-site fetch with 403 and sets no cookie', async () => {
    const body = { email: world.people.admin.email, password: PASSWORD };
    const foreign = await request(platform.http)
      .post('/api/auth/login')
      .set('Origin', 'https://evil.example')
      .send(body)
      .expect(403);
    expect(foreign.headers['set-cookie']).toBeUndefined();
    const crossSite = await request(platform.http)
      .post('/api/auth/login')
      .set('Sec-Fetch-Site', 'cross-site')
      .send(body)
      .expect(403);
    expect(crossSite.headers['set-cookie']).toBeUndefined();
  });

  it('accepts a login from its own origin', async () => {
    const own = platform.env.PUBLIC_URL
      ? new URL(platform.env.PUBLIC_URL).origin
      : 'http://dossier.test';
    await request(platform.http)
      .post('/api/auth/login')
      .set('Host', new URL(own).host)
      .set('Origin', own)
      .set('Sec-Fetch-Site', 'same-origin')
      .send({ email: world.people.admin.email, password: PASSWORD })
      .expect(200);
  });

  it('does not consume the invitation of a deactivated account (404, password unset)', async () => {
    const admin = await signIn(platform, world.people.admin.email);
    const email = `gone.${Date.now()}@entreprise.example`;
    const invited = await admin.agent
      .post('/api/invitations')
      .set('X-CSRF-Token', admin.csrf)
      .send({
        email,
        displayName: 'Partie',
        role: 'tutor',
        candidateIds: [world.people.candidate.id],
      })
      .expect(201);
    const token = await lastLinkToken(platform.env.DATA_DIR, email, '/invitation');
    await admin.agent
      .post(`/api/users/${invited.body.id}/deactivate`)
      .set('X-CSRF-Token', admin.csrf)
      .expect(200);
    const res = await request(platform.http)
      .post('/api/auth/invitations/accept')
      .send({ token, password: 'my tutor password' })
      .expect(404);
    expect(res.body.message).toMatch(/Lien invalide/);
    // Deactivation itself revokes the link (so "not consumed by acceptance" shows as no password).
    const rows: { password_hash: string | null }[] = await platform.app
      .get(DataSource)
      .query(`SELECT password_hash FROM app_user WHERE id = $1`, [invited.body.id]);
    expect(rows[0]).toEqual({ password_hash: null });
  });

  it('a password change revokes the pending reset links', async () => {
    const { email } = world.people.teacher;
    await request(platform.http).post('/api/auth/password-reset').send({ email }).expect(202);
    const token = await lastLinkToken(platform.env.DATA_DIR, email, '/mot-de-passe/nouveau');
    const session = await signIn(platform, email);
    await session.agent
      .post('/api/auth/password')
      .set('X-CSRF-Token', session.csrf)
      .send({ currentPassword: PASSWORD, newPassword: 'changed password 2026' })
      .expect(204);
    await request(platform.http)
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'attacker password 2026' })
      .expect(404);
  });

  it('deactivating an account revokes its pending links', async () => {
    const { email, id } = world.people.otherTeacher;
    await request(platform.http).post('/api/auth/password-reset').send({ email }).expect(202);
    const token = await lastLinkToken(platform.env.DATA_DIR, email, '/mot-de-passe/nouveau');
    const admin = await signIn(platform, world.people.otherAdmin.email);
    await admin.agent
      .post(`/api/users/${id}/deactivate`)
      .set('X-CSRF-Token', admin.csrf)
      .expect(200);
    await request(platform.http)
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'attacker password 2026' })
      .expect(404);
  });
});
