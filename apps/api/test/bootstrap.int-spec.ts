import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/users/bootstrap.service.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { signIn } from './support/world.js';

/** Start-up on an empty database (embedded default, as the README's run command). */
describe('accounts at start-up', () => {
  const dirs: string[] = [];
  let platform: TestPlatform | undefined;
  const fresh = async (env: Record<string, string>) => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-sno-bootstrap-'));
    dirs.push(dir);
    return startTestPlatform({
      DATA_DIR: dir,
      DATABASE_URL: undefined,
      S3_ENDPOINT: undefined,
      ...env,
    });
  };

  afterEach(async () => {
    await platform?.close();
    platform = undefined;
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  it('seeds the demo establishment and creates the ADMIN_EMAIL admin in it', async () => {
    platform = await fresh({
      ADMIN_EMAIL: 'Root@Example.fr',
      ADMIN_PASSWORD: 'bootstrap-password',
    });
    const admin = await signIn(platform, 'root@example.fr', 'bootstrap-password');
    const { body: me } = await admin.agent.get('/api/auth/me').expect(200);
    expect(me.roles).toEqual(['admin']);
    const { body: users } = await admin.agent.get('/api/users').expect(200);
    const emails = (users.items as { email: string }[]).map((u) => u.email);
    expect(emails).toEqual(
      expect.arrayContaining([
        DEMO_ACCOUNTS.candidateCcf,
        DEMO_ACCOUNTS.candidatePonctuel,
        DEMO_ACCOUNTS.tutor,
      ]),
    );
    // With ADMIN_EMAIL set, the demo has no admin of its own.
    expect(emails).not.toContain(DEMO_ACCOUNTS.admin);
    const modes = (users.items as { email: string; candidate: { mode: string } | null }[])
      .filter((u) => u.candidate)
      .map((u) => [u.email, u.candidate!.mode]);
    expect(modes).toEqual(
      expect.arrayContaining([
        [DEMO_ACCOUNTS.candidateCcf, 'ccf'],
        [DEMO_ACCOUNTS.candidatePonctuel, 'ponctuel'],
      ]),
    );
    for (const email of [DEMO_ACCOUNTS.tutor, DEMO_ACCOUNTS.teacher, DEMO_ACCOUNTS.examiner]) {
      await signIn(platform, email, DEMO_PASSWORD);
    }
  });

  it('with DEMO_SEED=false creates only the admin', async () => {
    platform = await fresh({
      DEMO_SEED: 'false',
      ADMIN_EMAIL: 'root@example.fr',
      ADMIN_PASSWORD: 'bootstrap-password',
    });
    const admin = await signIn(platform, 'root@example.fr', 'bootstrap-password');
    const { body } = await admin.agent.get('/api/users').expect(200);
    expect(body.total).toBe(1);
  });
});
