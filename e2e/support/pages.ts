/** What the browser tests share: signing in, axe checks, reading the e-mails the server wrote. */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { unreadable } from '@dossier-sno/i18n';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

export const DEMO_PASSWORD = 'demo-dossier-sno';

/**
 * What is wrong with the page as it is now, one line each: its serious and critical axe
 * violations (with `all`, the minor and moderate ones too, for a page with no excuse for any, such
 * as an exported file), and any text a reader would have to decode (an ISO timestamp, a UUID, a
 * « (s) » plural, a bilingual « … / English » tail: `unreadable` of @dossier-sno/i18n).
 */
export async function pageProblems(page: Page, all = false): Promise<string[]> {
  // Only violations are gathered: passes and incomplete results would double the time.
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  const violations = results.violations
    .filter((v) => all || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  return [...violations, ...unreadable(await readText(page), 'page').map((u) => `text: ${u}`)];
}

/** The text a person reads or hears: the page's, without what is hidden from everyone (icons). */
function readText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy
      .querySelectorAll('[aria-hidden="true"], script, style, template')
      .forEach((e) => e.remove());
    return copy.textContent ?? '';
  });
}

/** Fills the sign-in form and submits it (the caller waits for where it should lead). */
export async function signIn(
  page: Page,
  url: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${url}/connexion`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** The text of an .eml file, quoted-printable soft breaks and escapes undone. */
function decodeMail(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => `%${hex}`)
    .replace(/(%[0-9A-F]{2})+/g, (bytes) => {
      try {
        return decodeURIComponent(bytes);
      } catch {
        return bytes;
      }
    });
}

/** Waits for the e-mail sent to `to` under DATA_DIR/mail and returns its decoded text. */
export async function mailTo(dataDir: string, to: string): Promise<string> {
  const dir = join(dataDir, 'mail');
  const deadline = Date.now() + 15_000;
  for (;;) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.eml'))) {
      const text = decodeMail(await readFile(join(dir, name), 'utf8'));
      if (text.includes(to)) return text;
    }
    if (Date.now() > deadline) throw new Error(`no e-mail to ${to} in ${dir}: ${names.join(', ')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The link to `path` (with its token) exactly as the e-mail gives it. */
export function linkIn(mail: string, path: string): string {
  const link = new RegExp(`https?://[^\\s"<>]+${path}\\?token=[A-Za-z0-9_.~%-]+`).exec(mail)?.[0];
  if (!link) throw new Error(`no link to ${path} in the e-mail:\n${mail}`);
  return link;
}

/** A fresh French browser context signed in as `email`, on the home page. */
export async function openSignedIn(
  browser: Browser,
  url: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await signIn(page, url, email, password);
  await page.waitForURL(`${url}/`);
  return { context, page };
}

/** Set to a folder to keep screenshots of the page at each width, to look at. */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

/** The widths no page may scroll sideways at: a phone, a tablet, a laptop, a desktop. */
const WIDTHS = [375, 768, 1366, 1920] as const;

/**
 * How wide the page is against its window, and the first elements that make it wider: those
 * reaching past the right edge outside any box that clips or scrolls them within the window (a
 * table in its own scroll region is fine, the page scrolling sideways is not).
 */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => {
    const right = window.innerWidth + 1;
    const contained = (e: Element) => {
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= right)
          return true;
      }
      return false;
    };
    const culprits = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > right && !contained(e))
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}${[...e.classList].map((c) => `.${c}`).join('')}`);
    const { scrollWidth, clientWidth } = document.documentElement;
    return { scrollWidth, clientWidth, culprits };
  });

/**
 * Checks the page does not scroll sideways (`scrollWidth ≤ clientWidth`, naming what overflows) at
 * each width, keeping full-page screenshots when E2E_SCREENSHOTS is set.
 */
export async function screenshots(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize();
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    if (SCREENSHOTS) {
      await mkdir(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
    }
    const { scrollWidth, clientWidth, culprits } = await horizontalOverflow(page);
    expect.soft({ scrollWidth, culprits }, `${name} at ${width} px`).toEqual({
      scrollWidth: clientWidth,
      culprits: [],
    });
  }
  // The next steps of the test see the window they had.
  if (viewport) await page.setViewportSize(viewport);
}
