import type { BrowserContext, FileChooser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserApp } from '../support/app.js';
import { openSignedIn, screenshots, pageProblems } from '../support/pages.js';

const CANDIDATE = 'camille.martin@demo.dossier-sno.fr';
/** Item 7 of issue 14: a trace and its file, with the keyboard, in this many Tab presses at most. */
const MAX_TABS = 25;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1');

/** What has focus: its id, else its text, to name it in assertions. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return e && e !== document.body ? e.id || (e.textContent ?? '').trim() : 'body';
  });

/**
 * The digits to type in a date field for `iso`: Chromium orders the parts by its own UI language
 * (not the page's locale), so a throwaway page finds that order first.
 */
async function dateKeys(context: BrowserContext, iso: string): Promise<string> {
  const probe = await context.newPage();
  await probe.setContent('<input type="date">');
  await probe.focus('input');
  await probe.keyboard.type('01022003');
  const value = await probe.inputValue('input');
  await probe.close();
  const [y, m, d] = iso.split('-') as [string, string, string];
  if (value === '2003-02-01') return `${d}${m}${y}`;
  return value === '2003-01-02' ? `${m}${d}${y}` : `${y}${m}${d}`;
}

describe('a trace with the keyboard only', () => {
  const app = browserApp('trace-keyboard');

  it(`creates a trace with a file in at most ${MAX_TABS} Tab presses, focus on the status after saving`, async () => {
    const { context, page } = await openSignedIn(app.browser, app.server.url, CANDIDATE);
    let tabs = 0;
    /** Presses Tab until `target` (an id or the start of a text) has focus; counts every press. */
    async function tabTo(target: string): Promise<void> {
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        tabs++;
        const now = await focused(page);
        if (now === target || now.startsWith(target)) return;
      }
      throw new Error(`Tab never reached ${target} (${tabs} presses so far)`);
    }

    await page.goto(`${app.server.url}/traces`);
    await page.getByRole('heading', { level: 1, name: 'Mes traces' }).waitFor();
    await tabTo('Aller au contenu principal');
    await page.keyboard.press('Enter');
    await tabTo('Nouvelle trace');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/traces\/nouvelle$/);
    await page.getByRole('heading', { level: 1, name: 'Nouvelle trace' }).waitFor();
    await page.locator('#competence-search').waitFor();
    app.axe.newTrace = await pageProblems(page);
    expect(app.axe.newTrace).toEqual([]);

    const title = `Sauvegarde du poste ${Date.now()}`;
    await tabTo('trace-title');
    await page.keyboard.type(title);
    await tabTo('trace-context');
    await page.keyboard.type('Centre');
    const date = await dateKeys(context, '2026-11-20');
    await tabTo('trace-on');
    await page.keyboard.type(date);
    expect(await page.locator('#trace-on').inputValue()).toBe('2026-11-20');

    await tabTo('competence-search');
    await page.keyboard.type('parc applicatif');
    await tabTo('competence-C2-1');
    await page.keyboard.press('Space');
    await page.locator('#competences-count').getByText('1 compétence cochée').waitFor();
    // The chip of the chosen competence shows above the search, the group lists only matches.
    await page.getByRole('button', { name: /^Retirer C2\.1 — / }).waitFor();

    await tabTo('new-file-input');
    // Space on the focused input opens the file dialog; on a loaded CI machine Chromium has been
    // seen to drop the first press, so it is pressed again (still the keyboard, never a click).
    let chooser: FileChooser | undefined;
    for (let attempt = 0; !chooser && attempt < 3; attempt++) {
      const opened = page.waitForEvent('filechooser', { timeout: 5_000 });
      await page.keyboard.press('Space');
      chooser = await opened.catch(() => undefined);
    }
    expect(chooser, 'Space on the file input opens the file dialog').toBeDefined();
    await chooser!.setFiles({ name: 'procedure.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Retirer procedure.pdf' }).waitFor();
    await screenshots(page, 'trace-new-keyboard');

    await tabTo('Créer la trace');
    console.log(`Tab presses to create a trace with a file: ${tabs}`);
    expect(tabs).toBeLessThanOrEqual(MAX_TABS);
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/traces\/[0-9a-f-]{36}$/);
    const status = page.locator('#trace-status');
    await status.getByText(`La trace « ${title} » a été créée avec procedure.pdf.`).waitFor();
    expect(await focused(page)).toBe('trace-status');
    await page.getByRole('link', { name: 'Télécharger procedure.pdf' }).waitFor();
    app.axe.createdTrace = await pageProblems(page);
    expect(app.axe.createdTrace).toEqual([]);
    await screenshots(page, 'trace-created-keyboard');

    // Saving again with the keyboard (Enter in the title) also lands on the status message.
    await page.locator('#trace-title').focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' (suite)');
    await page.keyboard.press('Enter');
    await status.getByText('La trace a été enregistrée.').waitFor();
    expect(await focused(page)).toBe('trace-status');
    await context.close();
  });
});
