import { describe, expect, it } from 'vitest';
import { browserApp } from '../support/app.js';
import { openSignedIn, screenshots, pageProblems } from '../support/pages.js';

const CANDIDATE = 'camille.martin@demo.dossier-sno.fr';
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1');
describe('a jury member opening a share link in the browser', () => {
  const app = browserApp('share');

  it('reads the submission without an account, until the candidate revokes the link', async () => {
    // The candidate submits an E3 dossier: one trace with an image, a PDF and a text file.
    const candidate = await openSignedIn(app.browser, app.server.url, CANDIDATE);
    const request = candidate.page.request;
    const api = (path: string) => `${app.server.url}/api${path}`;
    const { token } = (await (await request.get(api('/auth/csrf'))).json()) as { token: string };
    const headers = { 'X-CSRF-Token': token };
    const trace = (await (
      await request.post(api('/traces'), {
        headers,
        data: {
          title: 'Assistance sur l’ENT',
          context: 'pfmp',
          occurredOn: '2026-11-20',
          competences: ['C3.1'],
          reflection: 'J’ai appris à reformuler la demande.',
        },
      })
    ).json()) as { id: string };
    // A real-sized image (the candidate's own screen) so that the layout shows how it scales.
    const image = await candidate.page.screenshot({
      clip: { x: 0, y: 0, width: 800, height: 400 },
    });
    for (const file of [
      { name: 'capture.png', mimeType: 'image/png', buffer: image },
      { name: 'compte-rendu.pdf', mimeType: 'application/pdf', buffer: PDF },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Notes de la séance.\n') },
    ]) {
      const upload = await request.post(api(`/traces/${trace.id}/files`), {
        headers,
        multipart: { file },
      });
      expect(upload.status(), file.name).toBe(201);
    }
    const dossier = (await (await request.get(api('/dossiers/E3'))).json()) as { version: number };
    const saved = await request.put(api('/dossiers/E3'), {
      headers,
      data: {
        version: dossier.version,
        items: [{ traceId: trace.id }],
        presentation: 'Mon année d’accompagnement des utilisateurs.',
      },
    });
    expect(saved.status()).toBe(200);
    const submitted = await request.post(api('/dossiers/E3/submissions'), {
      headers,
      data: { acknowledgeIncomplete: true },
    });
    expect(submitted.status()).toBe(201);
    const { id: submissionId } = (await submitted.json()) as { id: string };
    const created = await request.post(api(`/submissions/${submissionId}/shares`), {
      headers,
      data: { label: 'Commission E3' },
    });
    expect(created.status()).toBe(201);
    const share = (await created.json()) as { id: string; url: string };
    expect(share.url).toMatch(/\/partage\?token=[\w-]+$/);

    // A jury member with no account opens exactly the address the candidate was given.
    const jury = await app.browser.newContext({ locale: 'fr-FR' });
    const page = await jury.newPage();
    const opened = await page.goto(share.url);
    expect(opened?.status()).toBe(200);
    expect(opened?.headers()['x-robots-tag']).toBe('noindex, nofollow');
    const h1 = page.getByRole('heading', { level: 1 });
    await page.getByRole('heading', { level: 1, name: 'Dossier E3 — Camille Martin' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/partage');
    expect(await h1.count()).toBe(1);
    await page.getByRole('heading', { level: 3, name: '1. Assistance sur l’ENT' }).waitFor();
    await page.getByText('J’ai appris à reformuler la demande.').waitFor();
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe(
      'noindex, nofollow',
    );
    const preview = page.getByRole('img', { name: 'Image jointe : capture.png' });
    await preview.waitFor();
    await page.waitForFunction(() => document.querySelector('img')?.complete);
    expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await page.getByRole('link', { name: /^Ouvrir compte-rendu\.pdf \(PDF, / }).waitFor();
    await page.getByRole('link', { name: /^Télécharger notes\.txt \(\d+ o\)$/ }).waitFor();

    // Nothing here asks the jury for an account.
    expect(await page.getByRole('link', { name: 'Se connecter' }).count()).toBe(0);
    const pdfLink = page.getByRole('link', { name: 'Résumé du dossier (PDF)' });
    const pdf = await page.request.get(
      new URL((await pdfLink.getAttribute('href'))!, page.url()).href,
    );
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
    const zipLink = page.getByRole('link', { name: 'Dossier complet avec ses fichiers (ZIP)' });
    const zip = await page.request.get(
      new URL((await zipLink.getAttribute('href'))!, page.url()).href,
    );
    expect(zip.status()).toBe(200);

    // The download links are reached with the keyboard, in reading order.
    let reached = false;
    for (let i = 0; i < 20 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await pdfLink.evaluate((a) => a === document.activeElement);
    }
    expect(reached).toBe(true);
    app.axe.shared = await pageProblems(page);
    expect(app.axe.shared).toEqual([]);
    await screenshots(page, 'shared');

    // The candidate revokes the link: the same address now explains itself.
    const revoked = await request.delete(api(`/shares/${share.id}`), { headers });
    expect(revoked.status()).toBe(204);
    await page.goto(share.url);
    await page
      .getByRole('heading', { level: 1, name: "Ce lien de partage n'est plus valide" })
      .waitFor();
    await page.getByText('Demandez un nouveau lien de partage à la personne candidate.').waitFor();
    expect(await page.getByText('Camille Martin').count()).toBe(0);
    app.axe.sharedRevoked = await pageProblems(page);
    expect(app.axe.sharedRevoked).toEqual([]);
    await screenshots(page, 'shared-revoked');

    await jury.close();
    await candidate.context.close();
  });
});
