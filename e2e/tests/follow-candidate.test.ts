import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserApp } from '../support/app.js';
import { openSignedIn, screenshots, pageProblems } from '../support/pages.js';

const CANDIDATE = 'camille.martin@demo.dossier-sno.fr';
const TEACHER = 'formatrice@demo.dossier-sno.fr';

/** A real page (not the not-found one), axe-clean, that fits 375 and 1366 px. */
async function looksRight(page: Page, name: string): Promise<void> {
  expect(await page.getByRole('heading', { name: 'Page introuvable' }).count(), name).toBe(0);
  expect(await pageProblems(page), name).toEqual([]);
  await screenshots(page, name);
}

describe('a teacher following a candidate in the browser', () => {
  const app = browserApp('follow-candidate');

  it('goes from the notification of a submission to the submission, the dossier and the candidate, read-only', async () => {
    // The candidate submits an E1 dossier (through the API, with their session).
    const candidate = await openSignedIn(app.browser, app.server.url, CANDIDATE);
    const request = candidate.page.request;
    const api = (path: string) => `${app.server.url}/api${path}`;
    const { token } = (await (await request.get(api('/auth/csrf'))).json()) as { token: string };
    const headers = { 'X-CSRF-Token': token };
    const title = `Inventaire du parc ${Date.now()}`;
    const trace = (await (
      await request.post(api('/traces'), {
        headers,
        data: { title, context: 'centre', occurredOn: '2026-11-20', competences: ['C1.1'] },
      })
    ).json()) as { id: string };
    const dossier = (await (await request.get(api('/dossiers/E1'))).json()) as { version: number };
    const saved = await request.put(api('/dossiers/E1'), {
      headers,
      data: {
        version: dossier.version,
        items: [{ traceId: trace.id, comment: 'Le premier inventaire complet.' }],
        presentation: 'Mon année au service informatique.',
      },
    });
    expect(saved.status()).toBe(200);
    const submitted = await request.post(api('/dossiers/E1/submissions'), {
      headers,
      data: { acknowledgeIncomplete: true },
    });
    expect(submitted.status()).toBe(201);

    // The cohort's teacher hears of it and follows the notification.
    const { page: teacher } = await openSignedIn(app.browser, app.server.url, TEACHER);
    await teacher.goto(`${app.server.url}/notifications`);
    const item = teacher
      .locator('li.notification')
      .filter({ hasText: 'Camille Martin a déposé son dossier E1.' })
      .first();
    await item.getByRole('link', { name: 'Voir' }).click();
    await teacher.getByRole('heading', { level: 1, name: 'Dossier déposé' }).waitFor();
    await teacher.getByText('Mon année au service informatique.').first().waitFor();
    await looksRight(teacher, 'teacher-submission');

    await teacher.getByRole('link', { name: 'Voir le dossier E1' }).click();
    await teacher.getByRole('heading', { level: 1, name: 'Dossier E1 — Camille Martin' }).waitFor();
    await teacher.getByRole('link', { name: title }).waitFor();
    await teacher.getByText('Le premier inventaire complet.').waitFor();
    // Read-only: the dossier's texts are shown, not offered for editing.
    expect(await teacher.getByRole('button', { name: 'Enregistrer le dossier' }).count()).toBe(0);
    await looksRight(teacher, 'teacher-dossier');

    await teacher.getByRole('link', { name: 'Retour au suivi : Camille Martin' }).click();
    await teacher.getByRole('heading', { level: 1, name: 'Camille Martin' }).waitFor();
    await teacher.getByRole('link', { name: 'Dossier E1' }).waitFor();
    await teacher
      .getByText(/Dernier dépôt le/)
      .first()
      .waitFor();
    await looksRight(teacher, 'teacher-candidate');

    // The dashboard leads to the same page.
    await teacher.goto(`${app.server.url}/suivi`);
    await teacher.getByRole('link', { name: 'Camille Martin' }).first().click();
    await teacher.getByRole('heading', { level: 1, name: 'Camille Martin' }).waitFor();
  });
});
