import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { browserApp } from '../support/app.js';
import { DEMO_PASSWORD, pageProblems, signIn } from '../support/pages.js';

const TEACHER = 'formatrice@demo.dossier-sno.fr';

describe('teacher follow-up in the browser', () => {
  const app = browserApp('teacher');

  it('opens the cohort dashboard, filters and sorts it, exports it as CSV, axe-clean', async () => {
    const context = await app.browser.newContext({ locale: 'fr-FR', acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, app.server.url, TEACHER, DEMO_PASSWORD);
    await page.waitForURL(`${app.server.url}/`);

    await page.locator('header').getByRole('link', { name: 'Suivi de cohorte' }).click();
    // The demo teacher follows one cohort: the dashboard opens on it.
    await page.waitForURL(/\/suivi\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: /^Suivi de la cohorte/ }).waitFor();
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    expect(await page.getByRole('link', { name: 'Camille Martin' }).count()).toBe(1);
    expect(await pageProblems(page)).toEqual([]);

    await page.getByLabel('Rechercher une personne candidate').fill('camille');
    await page.getByText('1 personne candidate affichée sur 2').waitFor();
    expect(await rows.count()).toBe(1);
    await page.getByLabel('Rechercher une personne candidate').fill('');

    await page.getByRole('columnheader', { name: 'Traces' }).click();
    expect(await page.getByRole('columnheader', { name: 'Traces' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Exporter en CSV' }).click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFNom;Statut;/);
    expect(csv).toContain('Camille Martin');
    await context.close();
  });
});
