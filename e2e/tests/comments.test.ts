import { describe, expect, it } from 'vitest';
import { browserApp } from '../support/app.js';
import { openSignedIn, pageProblems } from '../support/pages.js';

const CANDIDATE = 'camille.martin@demo.dossier-sno.fr';
const TEACHER = 'formatrice@demo.dossier-sno.fr';

describe('comments and notifications in the browser', () => {
  const app = browserApp('comments');

  const signIn = async (email: string) =>
    (await openSignedIn(app.browser, app.server.url, email)).page;

  it('a candidate comments a trace (hostile HTML stays inert) and the cohort teacher is notified', async () => {
    const candidate = await signIn(CANDIDATE);
    const { token } = (await (
      await candidate.request.get(`${app.server.url}/api/auth/csrf`)
    ).json()) as { token: string };
    const title = `Assistance ENT ${Date.now()}`;
    const created = await candidate.request.post(`${app.server.url}/api/traces`, {
      headers: { 'X-CSRF-Token': token },
      data: { title, context: 'centre', occurredOn: '2026-11-20', competences: ['C3.1'] },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };

    await candidate.goto(`${app.server.url}/traces/${id}`);
    await candidate.getByRole('heading', { level: 2, name: 'Commentaires' }).waitFor();
    await candidate
      .getByLabel('Votre commentaire')
      .fill(
        '**Merci** pour la relecture <script>window.__pwned = 1</script>\n\n<img src=x onerror="window.__pwned = 2">',
      );
    await candidate.getByRole('button', { name: 'Envoyer' }).click();
    await candidate.getByText('Commentaire envoyé.').waitFor();
    const body = candidate.locator('.comment__body').first();
    expect(await body.locator('strong').textContent()).toBe('Merci');
    expect(await body.locator('script, img').count()).toBe(0);
    expect(
      await candidate.evaluate(() => (window as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await pageProblems(candidate)).toEqual([]);

    const teacher = await signIn(TEACHER);
    const link = teacher.locator('header').getByRole('link', { name: /Notifications/ });
    await expect.poll(() => link.textContent()).toContain('1 notification non lue');
    await link.click();
    await teacher.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await teacher
      .getByText(`Camille Martin a commenté la trace « ${title} » de Camille Martin.`)
      .waitFor();
    expect(await pageProblems(teacher)).toEqual([]);
    await teacher.getByRole('button', { name: 'Tout marquer comme lu' }).click();
    await teacher.getByText('Toutes les notifications sont marquées comme lues.').waitFor();
    await expect.poll(() => link.textContent()).not.toContain('non lue');

    await teacher.goto(`${app.server.url}/compte/mot-de-passe`);
    const digest = teacher.getByLabel('Recevoir chaque jour un e-mail des nouvelles notifications');
    await expect.poll(() => digest.isChecked()).toBe(true);
    await digest.uncheck();
    await teacher.getByText('Récapitulatif quotidien désactivé.').waitFor();
    expect(await pageProblems(teacher)).toEqual([]);
  });
});
