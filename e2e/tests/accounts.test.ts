import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { browserApp } from '../support/app.js';
import { DEMO_PASSWORD, mailTo, seriousViolations, signIn } from '../support/pages.js';

const ADMIN = 'admin@demo.dossier-sno.fr';

describe('accounts in the browser', () => {
  const app = browserApp('accounts');

  it('the login page has no serious axe violation and shows the API message on a wrong password', async () => {
    const context = await app.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${app.server.url}/connexion`);
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    app.axe.login = await seriousViolations(page);
    expect(app.axe.login).toEqual([]);

    await page.getByLabel('Adresse e-mail').fill(ADMIN);
    await page.getByLabel('Mot de passe', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'La connexion a échoué' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/\//);
    await expect(alert.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await context.close();
  });

  it('signs the demo admin in through the form, shows the name, signs out', async () => {
    const context = await app.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${app.server.url}/admin/audit`);
    await page.waitForURL(/\/connexion\?redirect=/);

    await page.getByLabel('Adresse e-mail').fill(ADMIN);
    await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/admin\/audit$/);
    await page.getByRole('heading', { level: 1, name: "Journal d'audit" }).waitFor();
    await page.getByRole('cell', { name: 'Connexion', exact: true }).first().waitFor();
    await page.getByRole('cell', { name: 'Alex Admin', exact: true }).first().waitFor();

    const header = page.locator('header');
    await header.getByText('Alex Admin').waitFor();
    await header.getByRole('link', { name: 'Utilisateurs' }).waitFor();

    await header.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(/\/connexion$/);
    await header.getByRole('link', { name: 'Se connecter' }).waitFor();
    expect(await header.getByText('Alex Admin').count()).toBe(0);
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(401);
    await context.close();
  });

  it('admin creates a candidate without password; the invitation e-mail lets them set one and land signed in', async () => {
    const context = await app.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await signIn(page, app.server.url, ADMIN, DEMO_PASSWORD);
    await page.waitForURL(`${app.server.url}/`);
    await page.locator('header').getByRole('link', { name: 'Utilisateurs' }).click();
    await page.waitForURL(/\/admin\/utilisateurs$/);
    await page.getByRole('cell', { name: 'Camille Martin', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Créer un compte' }).click();
    const email = `lea.durand.${Date.now()}@example.fr`;
    // The page also holds the invitation form: work inside the account-creation form.
    const createForm = page
      .locator('form')
      .filter({ has: page.getByRole('button', { name: 'Créer le compte' }) });
    await createForm.getByLabel('Adresse e-mail').fill(email);
    await createForm.getByLabel('Nom affiché').fill('Léa Durand');
    await createForm.getByLabel('Candidat·e').check();
    await page.getByRole('combobox', { name: 'Cohorte' }).click();
    await page.getByRole('option', { name: 'MC SNO démo' }).click();
    await page.getByRole('combobox', { name: 'Statut du candidat' }).click();
    await page.getByRole('option').first().click();
    // The select's overlay closes with an animation: audit the page once it has gone.
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    app.axe.users = await seriousViolations(page);
    expect(app.axe.users).toEqual([]);

    await page.getByRole('button', { name: 'Créer le compte' }).click();
    await page
      .getByRole('status')
      .getByText(/invitation a été envoyée/)
      .waitFor();
    await page.getByRole('cell', { name: email, exact: true }).waitFor();

    await page.locator('header').getByRole('link', { name: 'Cohortes' }).click();
    await page.getByRole('heading', { level: 2, name: 'MC SNO démo' }).waitFor();
    app.axe.cohorts = await seriousViolations(page);
    expect(app.axe.cohorts).toEqual([]);
    await context.close();

    const mail = await mailTo(app.dataDir, email);
    const token = /\/invitation\?token=([A-Za-z0-9_.~%-]+)/.exec(mail)?.[1];
    expect(token, mail).toBeTruthy();

    const fresh = await app.browser.newContext({ locale: 'fr-FR' });
    const invited = await fresh.newPage();
    await invited.goto(`${app.server.url}/invitation?token=${token}`);
    await invited.getByText('Bonjour Léa Durand,').waitFor();
    app.axe.invitation = await seriousViolations(invited);
    expect(app.axe.invitation).toEqual([]);

    await invited
      .getByLabel('Nouveau mot de passe', { exact: true })
      .fill('un-mot-de-passe-solide');
    await invited.getByLabel('Confirmer le nouveau mot de passe').fill('un-mot-de-passe-solide');
    await invited.getByRole('button', { name: 'Activer mon compte' }).click();
    await invited.waitForURL(`${app.server.url}/`);
    await invited.getByRole('heading', { level: 1, name: 'Bienvenue, Léa Durand' }).waitFor();
    await invited.locator('header').getByText('Léa Durand').waitFor();
    const me = await invited.evaluate(async () => (await fetch('/api/auth/me')).json());
    expect(me).toMatchObject({ email, roles: ['candidate'] });
    await fresh.close();
  });
  it('imports a CSV into a cohort: a bad file shows its per-line report as a table, the downloaded template filled in creates accounts', async () => {
    const context = await app.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await signIn(page, app.server.url, ADMIN, DEMO_PASSWORD);
    await page.waitForURL(`${app.server.url}/`);
    await page.goto(`${app.server.url}/admin/cohortes`);
    const cohort = page.getByRole('region', { name: 'MC SNO démo' });
    await cohort.waitFor();
    const file = cohort.getByLabel(/Fichier CSV de candidats/);

    const bad = [
      'email,displayName,candidateStatus,positionne',
      'pas-une-adresse,Jean Dupont,scolaire_public_ou_prive_sous_contrat,false',
      'ok.csv@example.fr,,scolaire_public_ou_prive_sous_contrat,false',
      'ambigu.csv@example.fr,Ambre Ambiguë,Scolaire,non',
    ].join('\n');
    await file.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await cohort.getByRole('button', { name: 'Importer les candidats' }).click();
    const report = cohort.getByRole('table', { name: /Erreurs du fichier/ });
    await report.waitFor();
    const headers = await report.getByRole('columnheader').allTextContents();
    expect(headers.map((h) => h.trim())).toEqual(['Ligne', 'Colonne', 'Problème']);
    const rows = await report.getByRole('row').count();
    expect(rows).toBeGreaterThanOrEqual(3);
    await report.getByRole('cell', { name: 'email', exact: true }).first().waitFor();
    await report.getByRole('cell', { name: /« Scolaire » peut désigner/ }).waitFor();
    app.axe.cohortsImportReport = await seriousViolations(page);
    expect(app.axe.cohortsImportReport).toEqual([]);

    // The template the page offers, filled as an admin would: its lines write statuses as labels.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      cohort.getByRole('link', { name: 'Télécharger le modèle de fichier (CSV)' }).click(),
    ]);
    const template = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const stamp = Date.now();
    const good = template.replaceAll('@example.fr', `.${stamp}@example.fr`);
    expect(good.split('\r\n')[1]).toContain(
      ';Scolaire dans un établissement public ou privé sous contrat;',
    );
    await file.setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await cohort.getByRole('button', { name: 'Importer les candidats' }).click();
    await cohort
      .getByRole('status')
      .getByText(/2 compte\(s\) créé\(s\)/)
      .waitFor();
    expect(await report.count()).toBe(0);
    await context.close();
  });
});
