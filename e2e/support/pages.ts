/** What the browser tests share: signing in, axe checks, reading the e-mails the server wrote. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'demo-dossier-sno';

/** Serious and critical axe violations of the page as it is now, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
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
