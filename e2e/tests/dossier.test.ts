import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { browserApp } from '../support/app.js';
import { DEMO_PASSWORD, openSignedIn, screenshots, pageProblems } from '../support/pages.js';

const CANDIDATE = 'camille.martin@demo.dossier-sno.fr';
const PONCTUEL = 'noah.bernard@demo.dossier-sno.fr';
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1');
/** A 1×1 PNG: the exported page draws images of the traces. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Writes every entry of a ZIP under a new temporary folder and returns that folder. */
async function unzipToFolder(zip: Buffer): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'dossier-export-'));
  const zipFile = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) =>
      error ? reject(error) : resolve(file),
    ),
  );
  await new Promise<void>((resolve, reject) => {
    zipFile.on('error', reject);
    zipFile.on('end', resolve);
    zipFile.on('entry', (entry: yauzl.Entry) => {
      zipFile.openReadStream(entry, async (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        const target = join(folder, entry.fileName);
        if (!target.startsWith(folder))
          return reject(new Error(`entry outside: ${entry.fileName}`));
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, Buffer.concat(chunks));
        zipFile.readEntry();
      });
    });
    zipFile.readEntry();
  });
  return folder;
}

/** Creates a trace through the API with the browser's session (and its CSRF token). */
async function createTrace(page: Page, url: string, title: string, competence: string) {
  const csrf = await page.request.get(`${url}/api/auth/csrf`);
  const { token } = (await csrf.json()) as { token: string };
  const response = await page.request.post(`${url}/api/traces`, {
    headers: { 'X-CSRF-Token': token },
    data: {
      title,
      description: '',
      context: 'centre',
      occurredOn: '2026-11-20',
      competences: [competence],
      detailedCompetences: [],
      reflection: 'Ce que j’ai appris.',
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe('candidate dossier in the browser', () => {
  const app = browserApp('dossier');

  it('goes from a dossier not ready to a submitted E3 dossier whose exported index.html opens every file, and sees the PFMP page', async () => {
    const context = await app.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${app.server.url}/connexion`);
    await page.getByLabel('Adresse e-mail').fill(CANDIDATE);
    await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${app.server.url}/`);

    const stamp = Date.now();
    const support = await createTrace(page, app.server.url, `Accompagnement ENT ${stamp}`, 'C3.1');
    const awareness = await createTrace(page, app.server.url, `Atelier RGPD ${stamp}`, 'C3.2');
    const { token } = (await (
      await page.request.get(`${app.server.url}/api/auth/csrf`)
    ).json()) as {
      token: string;
    };
    const upload = await page.request.post(`${app.server.url}/api/traces/${support}/files`, {
      headers: { 'X-CSRF-Token': token },
      multipart: {
        file: { name: 'Procédure ENT #1.pdf', mimeType: 'application/pdf', buffer: PDF },
      },
    });
    expect(upload.status()).toBe(201);
    const image = await page.request.post(`${app.server.url}/api/traces/${support}/files`, {
      headers: { 'X-CSRF-Token': token },
      multipart: { file: { name: 'capture écran.png', mimeType: 'image/png', buffer: PNG } },
    });
    expect(image.status()).toBe(201);

    await page.locator('header').getByRole('link', { name: 'Mes dossiers' }).click();
    await page.waitForURL(/\/dossiers\/E1$/);
    await page.getByLabel('Épreuve').selectOption('E3');
    await page.waitForURL(/\/dossiers\/E3$/);
    await page.getByRole('heading', { level: 1, name: "Dossier de l'épreuve E3" }).waitFor();
    const readiness = page.locator('.readiness');
    await readiness.getByText(/n'est pas encore prêt/).waitFor();
    const presentationCheck = page.locator('[data-code="PRESENTATION"]');
    expect(await presentationCheck.textContent()).toContain('À faire');
    expect(await presentationCheck.getByRole('link').getAttribute('href')).toContain(
      '#dossier-presentation',
    );
    app.axe.dossier = await pageProblems(page);
    expect(app.axe.dossier).toEqual([]);

    // Both traces ticked, added in one go.
    const missing: string[] = [];
    for (const id of [support, awareness])
      if (!(await page.locator(`#dossier-item-${id}`).count())) missing.push(id);
    for (const id of missing) await page.locator(`.dossier-add input[value="${id}"]`).check();
    if (missing.length) {
      await page
        .getByRole('button', { name: /^Ajouter (la trace cochée|les \d+ traces cochées)$/ })
        .click();
      for (const id of missing) await page.locator(`#dossier-item-${id}`).waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('dossier-items');
    }
    // Reorder with the mouse: drag the last item by its handle onto the first one.
    const order = () =>
      page.locator('.dossier-item').evaluateAll((items) => items.map((item) => item.id));
    const last = (await order()).at(-1)!;
    await page
      .locator(`[id="${last}"] .dossier-item__handle`)
      .dragTo(page.locator('.dossier-item').first());
    await page.getByRole('status').getByText('est maintenant en position 1').waitFor();
    expect((await order())[0]).toBe(last);
    await page
      .getByRole('textbox', { name: 'Analyse réflexive du dossier' })
      .fill('J’ai accompagné les utilisateurs et sensibilisé à la sécurité.');
    await page.getByRole('button', { name: 'Enregistrer le dossier' }).click();
    await page.getByRole('status').getByText('Le dossier a été enregistré.').waitFor();
    await readiness.getByText('Le dossier est prêt').waitFor();
    expect(await page.locator('.readiness__check--todo').count()).toBe(0);

    const before = await page.locator('tr.submission').count();
    await page.getByRole('button', { name: 'Déposer le dossier' }).click();
    const confirm = page.getByRole('group', { name: 'Confirmer le dépôt' });
    await confirm.waitFor();
    expect(await confirm.getByRole('checkbox').count()).toBe(0);
    await confirm.getByRole('button', { name: 'Déposer', exact: true }).click();
    await page
      .getByRole('status')
      .getByText(/Le dossier a été déposé le/)
      .waitFor();
    await page.locator('tr.submission').nth(before).waitFor();
    expect(await page.locator('tr.submission').count()).toBe(before + 1);
    const zip = page.getByRole('link', { name: /Télécharger le ZIP/ }).first();
    const zipHref = (await zip.getAttribute('href'))!;
    expect(zipHref).toMatch(/^\/api\/submissions\/[0-9a-f-]{36}\/export\.zip$/);
    // The exported dossier read offline: every link of its index.html opens a file of the ZIP.
    const archive = await page.request.get(`${app.server.url}${zipHref}`);
    expect(archive.status()).toBe(200);
    const offline = await unzipToFolder(await archive.body());
    const reader = await context.newPage();
    await reader.goto(pathToFileURL(join(offline, 'index.html')).href);
    const hrefs = await reader
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.some((href) => href.endsWith('.pdf'))).toBe(true);
    for (const href of hrefs) {
      expect(href.startsWith('file://'), href).toBe(true);
      expect(existsSync(fileURLToPath(href)), href).toBe(true);
    }
    // The page a jury opens offline: the candidate's name, the image drawn, no axe violation of any
    // impact, no sideways scrolling from a phone to a desktop.
    await reader
      .getByRole('heading', { level: 1, name: /^Dossier numérique de Camille Martin$/ })
      .waitFor();
    const drawn = reader.getByRole('img', { name: /^capture écran\.png — Accompagnement ENT/ });
    expect(await drawn.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1);
    app.axe.exportedIndex = await pageProblems(reader, true);
    expect(app.axe.exportedIndex).toEqual([]);
    await screenshots(reader, 'dossier-export-index');
    await reader.close();

    await page
      .getByRole('button', { name: /^Partager le dépôt du/ })
      .first()
      .click();
    await page.getByLabel('Nom du lien (facultatif)').fill('Commission E3');
    await page.getByRole('button', { name: 'Créer un lien' }).click();
    await page.getByRole('status').getByText('Lien créé.', { exact: false }).waitFor();
    const shareUrl = await page.getByLabel('Adresse du lien').inputValue();
    expect(shareUrl).toMatch(/^https?:\/\//);
    await page.getByRole('button', { name: 'Révoquer le lien Commission E3' }).waitFor();
    app.axe.dossierSubmitted = await pageProblems(page);
    expect(app.axe.dossierSubmitted).toEqual([]);
    await page.getByRole('button', { name: 'Révoquer le lien Commission E3' }).click();
    await page.getByRole('status').getByText('Le lien a été révoqué.').waitFor();

    await page.locator('header').getByRole('link', { name: 'PFMP' }).click();
    await page.waitForURL(/\/pfmp$/);
    await page
      .locator('.pfmp-gauge__text')
      .getByText(/semaines? sur/)
      .waitFor();
    app.axe.pfmp = await pageProblems(page);
    expect(app.axe.pfmp).toEqual([]);

    const organisation = `Médiathèque ${stamp}`;
    await page.getByRole('button', { name: 'Ajouter une période' }).click();
    await page.getByLabel("Organisation d'accueil").fill(organisation);
    await page.getByLabel('Premier jour').fill('2027-01-04');
    await page.getByLabel('Dernier jour').fill('2027-01-29');
    await page.getByRole('button', { name: 'Ajouter la période' }).click();
    await page.getByRole('status').getByText('La période a été ajoutée.').waitFor();
    await page
      .getByLabel(new RegExp(`^Déposer .* pour ${organisation}$`))
      .setInputFiles({ name: 'attestation.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('status').getByText('Le justificatif a été déposé.').waitFor();
    await page
      .getByRole('row', { name: new RegExp(organisation) })
      .getByText('attestation.pdf')
      .waitFor();
    app.axe.pfmpFilled = await pageProblems(page);
    expect(app.axe.pfmpFilled).toEqual([]);
    await context.close();
  });

  it('keeps what the candidate adds and types when they go to « Mes traces » and come back (E2 ponctuel)', async () => {
    const { context, page } = await openSignedIn(app.browser, app.server.url, PONCTUEL);
    const stamp = Date.now();
    const [first, second, third] = [
      await createTrace(page, app.server.url, `Parc applicatif ${stamp}`, 'C2.1'),
      await createTrace(page, app.server.url, `Espace partagé ${stamp}`, 'C2.2'),
      await createTrace(page, app.server.url, `Droits d'accès ${stamp}`, 'C2.3'),
    ];
    const openE2 = async () => {
      await page.locator('header').getByRole('link', { name: 'Mes dossiers' }).click();
      await page.waitForURL(/\/dossiers\/E1$/);
      await page.getByLabel('Épreuve').selectOption('E2');
      await page.waitForURL(/\/dossiers\/E2$/);
      await page.getByRole('heading', { level: 1, name: "Dossier de l'épreuve E2" }).waitFor();
      await page.locator('.readiness').waitFor();
    };
    await openE2();
    for (const id of [first, second])
      await page.locator(`.dossier-add input[value="${id}"]`).check();
    await page.getByRole('button', { name: 'Ajouter les 2 traces cochées' }).click();
    for (const id of [first, second]) await page.locator(`#dossier-item-${id}`).waitFor();
    // The activities carry their référentiel titles; text typed before the trace is chosen stays.
    const activity = (code: string) =>
      page.getByRole('group', { name: new RegExp(`^Activité ${code.replace('.', '\\.')} : `) });
    await activity('2.1')
      .getByText('Participation à la gestion des outils et applications numériques « métier »')
      .waitFor();
    await activity('2.1').getByLabel('Conception').fill('Inventaire du parc avant de choisir');
    await activity('2.1').getByText('Votre texte est enregistré. Choisissez la trace').waitFor();
    app.axe.dossierEditing = await pageProblems(page);
    expect(app.axe.dossierEditing).toEqual([]);
    // A trace not yet in the dossier, chosen for a realisation, joins the dossier.
    await activity('2.3').getByLabel('Trace de la réalisation').selectOption(third);
    await page.locator(`#dossier-item-${third}`).waitFor();

    // Straight away, before the autosave's pause and without « Enregistrer »: leaving saves first.
    await page.locator('header').getByRole('link', { name: 'Mes traces' }).click();
    await page.waitForURL(/\/traces$/);
    await openE2();
    for (const id of [first, second, third]) await page.locator(`#dossier-item-${id}`).waitFor();
    expect(await page.locator('.dossier-item').count()).toBe(3);
    expect(await activity('2.1').getByLabel('Conception').inputValue()).toBe(
      'Inventaire du parc avant de choisir',
    );
    expect(await activity('2.3').getByLabel('Trace de la réalisation').inputValue()).toBe(third);
    app.axe.dossierBack = await pageProblems(page);
    expect(app.axe.dossierBack).toEqual([]);
    await screenshots(page, 'dossier-e2');

    // Typing alone is saved too, after a pause, without leaving.
    await page
      .getByRole('textbox', { name: 'Analyse réflexive du dossier' })
      .fill('Trois réalisations du pôle 2.');
    await page
      .getByRole('status')
      .getByText(/^Modifications enregistrées automatiquement le /)
      .waitFor();
    await page.reload();
    await page.locator(`#dossier-item-${third}`).waitFor();
    expect(
      await page.getByRole('textbox', { name: 'Analyse réflexive du dossier' }).inputValue(),
    ).toBe('Trois réalisations du pôle 2.');
    await context.close();
  });
});
