import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserApp } from '../support/app.js';
import { DEMO_PASSWORD, pageProblems } from '../support/pages.js';

const CANDIDATE = 'camille.martin@demo.dossier-sno.fr';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A small valid PNG: 4×4 pixels of one colour. */
function png(): Buffer {
  const size = 4;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const row = Buffer.from([0, ...Array.from({ length: size }, () => [29, 78, 216]).flat()]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const VTT = 'WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour, voici la démonstration.\n';

/** The "Traces" count of a competence on the coverage page. */
async function tracesCount(page: Page, code: string): Promise<number> {
  const row = page
    .locator('tr.coverage__row')
    .filter({ has: page.locator('.coverage__code', { hasText: new RegExp(`^${code}$`) }) });
  return Number((await row.locator('td').first().textContent())?.trim());
}

async function openCoverage(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/couverture`);
  await page.getByRole('heading', { level: 1, name: 'Couverture du référentiel' }).waitFor();
  await page.locator('tr.coverage__row').first().waitFor();
}

describe('candidate workspace in the browser', () => {
  const app = browserApp('workspace');

  it('creates a trace with two files (a progress bar each), tags competences, sees the coverage change', async () => {
    const context = await app.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${app.server.url}/connexion`);
    await page.getByLabel('Adresse e-mail').fill(CANDIDATE);
    await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${app.server.url}/`);

    const header = page.locator('header');
    await header.getByRole('link', { name: 'Couverture' }).waitFor();
    await openCoverage(page, app.server.url);
    const before = {
      c11: await tracesCount(page, 'C1.1'),
      c21: await tracesCount(page, 'C2.1'),
    };

    await header.getByRole('link', { name: 'Mes traces' }).click();
    await page.waitForURL(/\/traces$/);
    await page.getByRole('heading', { level: 1, name: 'Mes traces' }).waitFor();
    await page.getByRole('status').getByText(/trace/).waitFor();
    app.axe.list = await pageProblems(page);
    expect(app.axe.list).toEqual([]);

    await page.getByRole('link', { name: 'Nouvelle trace' }).first().click();
    await page.waitForURL(/\/traces\/nouvelle$/);
    await page.getByRole('heading', { level: 1, name: 'Nouvelle trace' }).waitFor();
    await page.getByLabel('Rechercher une compétence').waitFor();
    app.axe.editorNew = await pageProblems(page);
    expect(app.axe.editorNew).toEqual([]);

    const title = `Assistance messagerie ${Date.now()}`;
    await page.getByLabel('Titre').fill(title);
    await page.getByLabel('Contexte').selectOption('pfmp');
    await page.getByLabel('Date (début)').fill('2026-11-20');
    // The blocks are folded: the search opens the one holding C1.1.
    await page.getByLabel('Rechercher une compétence').fill('C1.1');
    await page.locator('#competence-C1-1').check();
    await page
      .getByLabel('Analyse réflexive')
      .fill("J'ai aidé une utilisatrice à retrouver ses messages.");
    await page.locator('#reflection-count').getByText('8 mots').waitFor();
    // The files are chosen with the rest of the trace, and sent once it is created.
    await page.getByLabel('Choisir des fichiers').setInputFiles([
      { name: 'capture.png', mimeType: 'image/png', buffer: png() },
      { name: 'sous-titres.vtt', mimeType: 'text/vtt', buffer: Buffer.from(VTT) },
    ]);
    await page.getByRole('button', { name: 'Retirer sous-titres.vtt' }).waitFor();
    await page.getByRole('button', { name: 'Créer la trace' }).click();
    await page.waitForURL(/\/traces\/[0-9a-f-]{36}$/);
    await page.getByRole('progressbar', { name: 'Envoi du fichier capture.png' }).waitFor();
    await page.getByRole('progressbar', { name: 'Envoi du fichier sous-titres.vtt' }).waitFor();
    await page.getByRole('link', { name: 'Télécharger capture.png' }).waitFor();
    await page.getByRole('link', { name: 'Télécharger sous-titres.vtt' }).waitFor();
    await page
      .locator('#trace-status')
      .getByText(`La trace « ${title} » a été créée avec capture.png et sous-titres.vtt.`)
      .waitFor();
    expect(await page.locator('.upload-list li[data-status="done"]').count()).toBe(2);
    await page.getByRole('img', { name: 'capture.png' }).waitFor();
    const rows = await page.locator('.files-table tbody tr').allTextContents();
    expect(rows.some((r) => r.includes('image/png'))).toBe(true);
    expect(rows.some((r) => r.includes('text/vtt'))).toBe(true);

    await page.getByLabel('Rechercher une compétence').fill('C2.1');
    await page.locator('#competence-C2-1').check();
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByRole('status').getByText('La trace a été enregistrée.').waitFor();
    app.axe.editor = await pageProblems(page);
    expect(app.axe.editor).toEqual([]);

    await openCoverage(page, app.server.url);
    expect(await tracesCount(page, 'C1.1')).toBe(before.c11 + 1);
    expect(await tracesCount(page, 'C2.1')).toBe(before.c21 + 1);
    const link = page.getByRole('link', { name: /pour C2\.1 : voir les traces/ }).first();
    expect(await link.getAttribute('href')).toBe('/traces?competence=C2.1');
    app.axe.coverage = await pageProblems(page);
    expect(app.axe.coverage).toEqual([]);

    await link.click();
    await page.waitForURL(/\/traces\?competence=C2\.1$/);
    await page.getByRole('link', { name: title }).waitFor();
    await context.close();
  });
});
