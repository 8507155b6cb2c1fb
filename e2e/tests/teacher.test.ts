import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { DEMO_PASSWORD, seriousViolations, signIn } from '../support/pages.js';
import { embeddedEnv, type RunningServer, startServer } from '../support/server.js';

const TEACHER = 'formatrice@demo.dossier-sno.fr';

describe('teacher follow-up in the browser', () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dossier-sno-e2e-teacher-'));
    server = await startServer(embeddedEnv({ DATA_DIR: dataDir }));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('opens the cohort dashboard, filters and sorts it, exports it as CSV, axe-clean', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, server.url, TEACHER, DEMO_PASSWORD);
    await page.waitForURL(`${server.url}/`);

    await page.locator('header').getByRole('link', { name: 'Suivi de cohorte' }).click();
    // The demo teacher follows one cohort: the dashboard opens on it.
    await page.waitForURL(/\/suivi\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: /^Suivi de la cohorte/ }).waitFor();
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    expect(await page.getByRole('link', { name: 'Camille Martin' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Rechercher un·e candidat·e').fill('camille');
    await page.getByText('1 candidat·es affiché·es sur 2').waitFor();
    expect(await rows.count()).toBe(1);
    await page.getByLabel('Rechercher un·e candidat·e').fill('');

    await page.getByRole('columnheader', { name: 'Traces' }).click();
    expect(await page.getByRole('columnheader', { name: 'Traces' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Exporter en CSV' }).click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFCandidat·e;Statut;/);
    expect(csv).toContain('Camille Martin');
    await context.close();
  });
});
