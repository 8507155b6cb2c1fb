import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { browserApp } from '../support/app.js';
import { DEMO_PASSWORD, linkIn, mailTo, pageProblems, signIn } from '../support/pages.js';

const ADMIN = 'admin@demo.dossier-sno.fr';
const TUTOR = 'tuteur@demo.dossier-sno.fr';

describe('accounts in the browser', () => {
  const app = browserApp('accounts');

  it('the login page has no serious axe violation and says a wrong password in French only', async () => {
    const context = await app.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${app.server.url}/connexion`);
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    app.axe.login = await pageProblems(page);
    expect(app.axe.login).toEqual([]);

    await page.getByLabel('Adresse e-mail').fill(ADMIN);
    await page.getByLabel('Mot de passe', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'La connexion a échoué' });
    await alert.waitFor();
    // The refusal's sentence in the interface language, whole: no « … / English » tail.
    expect(await alert.textContent()).toContain('E-mail ou mot de passe incorrect.');
    expect(await alert.textContent()).not.toMatch(/ \/ /);
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
    await createForm.getByLabel('Candidat ou candidate').check();
    await page.getByRole('combobox', { name: 'Cohorte' }).click();
    await page.getByRole('option', { name: 'MC SNO démo' }).click();
    await page.getByRole('combobox', { name: 'Statut de la personne candidate' }).click();
    await page.getByRole('option').first().click();
    // The select's overlay closes with an animation: audit the page once it has gone.
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    app.axe.users = await pageProblems(page);
    expect(app.axe.users).toEqual([]);

    await page.getByRole('button', { name: 'Créer le compte' }).click();
    await page
      .getByRole('status')
      .getByText(/invitation a été envoyée/)
      .waitFor();
    await page.getByRole('cell', { name: email, exact: true }).waitFor();

    await page.locator('header').getByRole('link', { name: 'Cohortes' }).click();
    await page.getByRole('heading', { level: 2, name: 'MC SNO démo' }).waitFor();
    app.axe.cohorts = await pageProblems(page);
    expect(app.axe.cohorts).toEqual([]);
    await context.close();

    const fresh = await app.browser.newContext({ locale: 'fr-FR' });
    const invited = await fresh.newPage();
    // The link as the e-mail gives it (its host is PUBLIC_URL's, not necessarily the test's).
    const link = linkIn(await mailTo(app.dataDir, email), '/invitation');
    await invited.goto(link);
    await invited.getByText('Bonjour Léa Durand,').waitFor();
    app.axe.invitation = await pageProblems(invited);
    expect(app.axe.invitation).toEqual([]);

    await invited
      .getByLabel('Nouveau mot de passe', { exact: true })
      .fill('un-mot-de-passe-solide');
    await invited.getByLabel('Confirmer le nouveau mot de passe').fill('un-mot-de-passe-solide');
    await invited.getByRole('button', { name: 'Activer mon compte' }).click();
    await invited.waitForURL(new URL('/', link).href);
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
    const file = cohort.getByLabel(/Fichier CSV des personnes candidates/);

    const bad = [
      'email,displayName,candidateStatus,positionne',
      'pas-une-adresse,Jean Dupont,scolaire_public_ou_prive_sous_contrat,false',
      'ok.csv@example.fr,,scolaire_public_ou_prive_sous_contrat,false',
      'ambigu.csv@example.fr,Ambre Ambiguë,Scolaire,non',
    ].join('\n');
    await file.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await cohort.getByRole('button', { name: 'Importer les personnes candidates' }).click();
    const report = cohort.getByRole('table', { name: /Erreurs du fichier/ });
    await report.waitFor();
    const headers = await report.getByRole('columnheader').allTextContents();
    expect(headers.map((h) => h.trim())).toEqual(['Ligne', 'Colonne', 'Problème']);
    const rows = await report.getByRole('row').count();
    expect(rows).toBeGreaterThanOrEqual(3);
    await report.getByRole('cell', { name: 'email', exact: true }).first().waitFor();
    await report.getByRole('cell', { name: /« Scolaire » peut désigner/ }).waitFor();
    app.axe.cohortsImportReport = await pageProblems(page);
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
    await cohort.getByRole('button', { name: 'Importer les personnes candidates' }).click();
    await cohort.getByRole('status').getByText('Import terminé : 2 comptes créés.').waitFor();
    expect(await report.count()).toBe(0);
    await context.close();
  });
  it("admin corrects a person's name and e-mails them a password link; the e-mail's link opens the page that sets it", async () => {
    const context = await app.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await signIn(page, app.server.url, ADMIN, DEMO_PASSWORD);
    await page.waitForURL(`${app.server.url}/`);
    await page.goto(`${app.server.url}/admin/utilisateurs`);
    await page.getByRole('button', { name: 'Modifier le compte : Sam Tuteur' }).click();
    const edit = page.getByRole('region', { name: 'Modifier le compte : Sam Tuteur' });
    await edit.getByLabel('Nom affiché').fill('Sam Tuteur-Lefèvre');
    app.axe.userEdit = await pageProblems(page);
    expect(app.axe.userEdit).toEqual([]);
    await edit.getByRole('button', { name: 'Enregistrer le compte' }).click();
    await page.getByRole('status').getByText('Compte enregistré : Sam Tuteur-Lefèvre.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Modifier');
    await page.getByRole('cell', { name: 'Sam Tuteur-Lefèvre', exact: true }).waitFor();

    await page
      .getByRole('button', {
        name: 'Envoyer à Sam Tuteur-Lefèvre un lien pour choisir un nouveau mot de passe',
      })
      .click();
    await page
      .getByRole('status')
      .getByText(/Un lien pour choisir un nouveau mot de passe a été envoyé à Sam Tuteur-Lefèvre/)
      .waitFor();
    await context.close();

    const fresh = await app.browser.newContext({ locale: 'fr-FR' });
    const reset = await fresh.newPage();
    await reset.goto(linkIn(await mailTo(app.dataDir, TUTOR), '/mot-de-passe/nouveau'));
    await reset.getByLabel('Nouveau mot de passe', { exact: true }).fill('nouveau-mot-de-passe');
    await reset.getByLabel('Confirmer le nouveau mot de passe').fill('nouveau-mot-de-passe');
    app.axe.passwordReset = await pageProblems(reset);
    expect(app.axe.passwordReset).toEqual([]);
    await reset.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await reset.getByText('Votre mot de passe a été changé. Vous pouvez vous connecter.').waitFor();
    await signIn(reset, app.server.url, TUTOR, 'nouveau-mot-de-passe');
    await reset.waitForURL(`${app.server.url}/`);
    await reset.locator('header').getByText('Sam Tuteur-Lefèvre').waitFor();
    await fresh.close();
  });
});
