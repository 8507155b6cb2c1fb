import { describe, expect, it } from 'vitest';
import { browserApp } from '../support/app.js';
import { openSignedIn, pageProblems } from '../support/pages.js';

const CANDIDATE = 'camille.martin@demo.dossier-sno.fr';
const ADMIN = 'admin@demo.dossier-sno.fr';
const EXAMINER = 'examinateur@demo.dossier-sno.fr';
const TEACHER = 'formatrice@demo.dossier-sno.fr';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);

/** A day `offset` days from today, `YYYY-MM-DD`. */
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('examiner reviewing a submitted dossier in the browser', () => {
  const app = browserApp('examiner');

  it('a candidate submits, an admin sets up a commission of two, the examiner fills the grid and signs after confirming, re-saving warns first, the last signature locks it', async () => {
    // The candidate submits an E3 dossier with an image (through the API, with their session).
    const candidate = await openSignedIn(app.browser, app.server.url, CANDIDATE);
    const request = candidate.page.request;
    const { token } = (await (await request.get(`${app.server.url}/api/auth/csrf`)).json()) as {
      token: string;
    };
    const headers = { 'X-CSRF-Token': token };
    const trace = (await (
      await request.post(`${app.server.url}/api/traces`, {
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
    const upload = await request.post(`${app.server.url}/api/traces/${trace.id}/files`, {
      headers,
      multipart: { file: { name: 'capture.png', mimeType: 'image/png', buffer: PNG } },
    });
    expect(upload.status()).toBe(201);
    const dossier = (await (await request.get(`${app.server.url}/api/dossiers/E3`)).json()) as {
      version: number;
    };
    const saved = await request.put(`${app.server.url}/api/dossiers/E3`, {
      headers,
      data: {
        version: dossier.version,
        items: [{ traceId: trace.id }],
        presentation: 'Mon année d’accompagnement des utilisateurs.',
      },
    });
    expect(saved.status()).toBe(200);
    const submitted = await request.post(`${app.server.url}/api/dossiers/E3/submissions`, {
      headers,
      data: { acknowledgeIncomplete: true },
    });
    expect(submitted.status()).toBe(201);

    // The admin creates the session, seats the examiner and enrols the candidate.
    const admin = await openSignedIn(app.browser, app.server.url, ADMIN);
    const a = admin.page;
    await a.locator('header').getByRole('link', { name: "Sessions d'examen" }).click();
    await a.waitForURL(/\/sessions$/);
    await a.getByRole('button', { name: 'Créer une session' }).click();
    await a.getByLabel('Épreuve').selectOption('E3');
    await a.getByLabel('Intitulé').fill('E3 — session de démonstration');
    await a.getByLabel('Premier jour des oraux').fill(day(40));
    await a.getByLabel('Dernier jour des oraux').fill(day(41));
    await a.getByLabel('Date limite de dépôt').fill(`${day(30)}T18:00`);
    await a.getByLabel("Accès de la commission jusqu'au").fill(day(120));
    app.axe.sessionNew = await pageProblems(a);
    expect(app.axe.sessionNew).toEqual([]);
    await a.getByRole('button', { name: 'Créer la session' }).click();
    await a.getByRole('heading', { level: 1, name: 'E3 — session de démonstration' }).waitFor();
    await a.getByLabel('Ajouter un membre de la commission').selectOption({
      label: `Yann Examinateur (${EXAMINER})`,
    });
    await a.getByRole('button', { name: 'Ajouter à la commission' }).click();
    await a
      .getByRole('status')
      .getByText('Yann Examinateur fait partie de la commission.')
      .waitFor();
    await a.getByLabel('Ajouter un membre de la commission').selectOption({
      label: `Inès Formatrice (${TEACHER})`,
    });
    await a.getByRole('button', { name: 'Ajouter à la commission' }).click();
    await a
      .getByRole('status')
      .getByText('Inès Formatrice fait partie de la commission.')
      .waitFor();
    await a.getByLabel('Inscrire une personne candidate').selectOption({
      label: `Camille Martin (${CANDIDATE})`,
    });
    await a.getByRole('button', { name: 'Inscrire', exact: true }).click();
    await a
      .getByRole('status')
      .getByText('Camille Martin fait désormais partie de la session.')
      .waitFor();
    await a
      .getByRole('row', { name: /Camille Martin/ })
      .getByText(/Déposé le/)
      .waitFor();
    app.axe.sessionManaged = await pageProblems(a);
    expect(app.axe.sessionManaged).toEqual([]);

    // The examiner finds the session, opens the dossier, fills the grid and signs.
    const examiner = await openSignedIn(app.browser, app.server.url, EXAMINER);
    const e = examiner.page;
    await e.locator('header').getByRole('link', { name: "Sessions d'examen" }).click();
    await e.getByRole('link', { name: 'E3 — session de démonstration' }).click();
    await e.getByRole('link', { name: 'Examiner le dossier déposé par Camille Martin' }).click();
    await e.getByRole('heading', { level: 1, name: 'Examen du dossier' }).waitFor();
    await e.getByText('Mon année d’accompagnement des utilisateurs.').waitFor();
    await e.getByRole('img', { name: 'capture.png' }).waitFor();
    app.axe.review = await pageProblems(e);
    expect(app.axe.review).toEqual([]);

    // The fields are named by the criterion's words (the first criterion of C3.1).
    const criterion = /^Efficience des ressources d'accompagnement/;
    await e
      .getByRole('group', { name: criterion })
      .getByLabel(/^Niveau/)
      .selectOption('satisfaisant');
    await e
      .getByRole('group', { name: criterion })
      .getByLabel(/^Commentaire/)
      .fill('Besoin bien reformulé.');
    await e.getByLabel('Note proposée sur 20').fill('14,5');
    await e.getByLabel('Notes de la commission (privées)').fill('Oral à approfondir sur C3.2.');
    await e.getByRole('button', { name: 'Enregistrer la grille' }).click();
    await e.getByRole('status').getByText('La grille a été enregistrée.').waitFor();
    // Signing asks first, saying what is signed and who else has to; nothing is sent before.
    await e.getByRole('button', { name: 'Signer la grille' }).click();
    const signing = e.getByRole('group', {
      name: /Signer la grille telle qu'elle est enregistrée/,
    });
    await signing
      .getByText(
        /note proposée de 14,5\/20 \? Elle sera verrouillée quand Inès Formatrice aura signé/,
      )
      .waitFor();
    const confirmSign = signing.getByRole('button', { name: 'Confirmer ma signature' });
    expect(await confirmSign.evaluate((b) => b === document.activeElement)).toBe(true);
    app.axe.reviewSignConfirm = await pageProblems(e);
    expect(app.axe.reviewSignConfirm).toEqual([]);
    await confirmSign.click();
    await e.getByRole('status').getByText('Votre signature a été enregistrée.').waitFor();
    const signatures = e.getByRole('region', { name: 'Signatures' });
    await signatures.getByText('Signatures recueillies : 1 sur 2.').waitFor();
    await signatures
      .getByRole('list', { name: 'Ont signé' })
      .getByText(/Yann Examinateur/)
      .waitFor();
    await signatures
      .getByRole('list', { name: 'Doivent encore signer' })
      .getByText('Inès Formatrice')
      .waitFor();
    app.axe.reviewSigned = await pageProblems(e);
    expect(app.axe.reviewSigned).toEqual([]);

    // Changing a signed grid says, before saving, that it withdraws Yann's signature.
    await e.getByLabel('Note proposée sur 20').fill('15');
    await e.getByRole('button', { name: 'Enregistrer la grille' }).click();
    const withdrawing = e.getByRole('group', {
      name: /retire la signature donnée par Yann Examinateur/,
    });
    await withdrawing.waitFor();
    await withdrawing.getByRole('button', { name: 'Enregistrer et retirer la signature' }).click();
    await e
      .getByRole('status')
      .getByText(/La signature donnée par Yann Examinateur a été retirée/)
      .waitFor();
    await signatures.getByText('Signatures recueillies : 0 sur 2.').waitFor();
    await e.getByRole('button', { name: 'Signer la grille' }).click();
    await e.getByRole('button', { name: 'Confirmer ma signature' }).click();
    await e.getByRole('status').getByText('Votre signature a été enregistrée.').waitFor();

    // The second member signs last, which locks the grid.
    const teacher = await openSignedIn(app.browser, app.server.url, TEACHER);
    const i = teacher.page;
    await i.goto(e.url());
    await i.getByRole('heading', { level: 1, name: 'Examen du dossier' }).waitFor();
    await i.getByRole('button', { name: 'Signer la grille' }).click();
    await i.getByText(/note proposée de 15\/20 \? Vous êtes le dernier membre à signer/).waitFor();
    await i.getByRole('button', { name: 'Confirmer ma signature' }).click();
    await i.getByText(/Grille signée par toute la commission et verrouillée le/).waitFor();
    expect(await i.getByLabel('Note proposée sur 20').isDisabled()).toBe(true);
    app.axe.reviewLocked = await pageProblems(i);
    expect(app.axe.reviewLocked).toEqual([]);

    // The candidate never sees the grid: the route refuses them.
    const refused = await request.get(
      `${e.url().replace(/\/sessions\/([^/]+)\/candidats\/([^/]+)$/, '/api/exam-sessions/$1/candidates/$2/evaluation')}`,
    );
    expect(refused.status()).toBe(403);
  });
});
