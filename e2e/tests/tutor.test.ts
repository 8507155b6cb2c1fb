import { describe, expect, it } from 'vitest';
import { browserApp } from '../support/app.js';
import { mailTo, openSignedIn, pageProblems } from '../support/pages.js';

const CANDIDATE = 'camille.martin@demo.dossier-sno.fr';

describe('a tutor invited from the PFMP form, in the browser', () => {
  const app = browserApp('tutor');

  it('attests a trace and completes the bilan from the invitation link; the candidate sees both', async () => {
    const stamp = Date.now();
    const organisation = `Garage Dupont ${stamp}`;
    const tutorEmail = `paul.${stamp}@garage-dupont.fr`;
    const title = `Sauvegardes du serveur ${stamp}`;

    // The candidate records a PFMP trace and a period, inviting the tutor by e-mail.
    const { context: candidateContext, page: candidate } = await openSignedIn(
      app.browser,
      app.server.url,
      CANDIDATE,
    );
    const { token: csrf } = (await (
      await candidate.request.get(`${app.server.url}/api/auth/csrf`)
    ).json()) as { token: string };
    const created = await candidate.request.post(`${app.server.url}/api/traces`, {
      headers: { 'X-CSRF-Token': csrf },
      data: {
        title,
        context: 'pfmp',
        occurredOn: '2027-01-12',
        competences: ['C2.1'],
        reflection: 'J’ai appris à tester une restauration.',
      },
    });
    expect(created.status()).toBe(201);
    const traceId = ((await created.json()) as { id: string }).id;

    await candidate.locator('header').getByRole('link', { name: 'PFMP' }).click();
    await candidate.waitForURL(/\/pfmp$/);
    await candidate.getByRole('button', { name: 'Ajouter une période' }).click();
    await candidate.getByLabel("Organisation d'accueil").fill(organisation);
    await candidate.getByLabel('Premier jour').fill('2027-01-04');
    await candidate.getByLabel('Dernier jour').fill('2027-01-29');
    await candidate.getByLabel('Inviter par e-mail').check();
    await candidate.getByLabel('Adresse e-mail du tuteur ou de la tutrice').fill(tutorEmail);
    await candidate.getByLabel('Nom du tuteur ou de la tutrice').fill('Paul Dupont');
    app.axe.pfmpInvite = await pageProblems(candidate);
    expect(app.axe.pfmpInvite).toEqual([]);
    await candidate.getByRole('button', { name: 'Ajouter la période' }).click();
    await candidate.getByRole('status').getByText('La période a été ajoutée.').waitFor();
    await candidate
      .getByRole('row', { name: new RegExp(organisation) })
      .getByText('Paul Dupont')
      .waitFor();

    // The candidate ties the trace to that period: only its tutor will see and attest it.
    await candidate.goto(`${app.server.url}/traces/${traceId}`);
    await candidate
      .getByLabel('Période PFMP')
      .selectOption({ label: `${organisation} (du 4 janvier 2027 au 29 janvier 2027)` });
    app.axe.tracePeriod = await pageProblems(candidate);
    expect(app.axe.tracePeriod).toEqual([]);
    await candidate.getByRole('button', { name: 'Enregistrer' }).click();
    await candidate.getByRole('status').getByText('La trace a été enregistrée.').waitFor();

    // The tutor opens the link from the e-mail, sets a password, and has nothing else to set up.
    const mail = await mailTo(app.dataDir, tutorEmail);
    const token = /\/invitation\?token=([A-Za-z0-9_.~%-]+)/.exec(mail)?.[1];
    expect(token, mail).toBeTruthy();
    const tutorContext = await app.browser.newContext({ locale: 'fr-FR' });
    const tutor = await tutorContext.newPage();
    await tutor.goto(`${app.server.url}/invitation?token=${token}`);
    await tutor.getByText('Bonjour Paul Dupont,').waitFor();
    await tutor.getByLabel('Nouveau mot de passe', { exact: true }).fill('mot-de-passe-tuteur');
    await tutor.getByLabel('Confirmer le nouveau mot de passe').fill('mot-de-passe-tuteur');
    await tutor.getByRole('button', { name: 'Activer mon compte' }).click();
    await tutor.waitForURL(`${app.server.url}/`);
    await tutor.locator('header').getByRole('link', { name: 'Mes stagiaires' }).click();
    await tutor.waitForURL(/\/stagiaires$/);
    await tutor.getByRole('heading', { level: 2, name: 'Camille Martin' }).waitFor();
    app.axe.interns = await pageProblems(tutor);
    expect(app.axe.interns).toEqual([]);

    await tutor.getByRole('link', { name: title }).click();
    await tutor.waitForURL(new RegExp(`/traces/${traceId}$`));
    await tutor.getByRole('heading', { level: 1, name: title }).waitFor();
    await tutor.getByText('Pas encore attestée.').waitFor();
    app.axe.trace = await pageProblems(tutor);
    expect(app.axe.trace).toEqual([]);
    await tutor
      .getByLabel('Remarque (facultative, visible par la personne candidate)')
      .fill('Réalisé dans notre atelier.');
    await tutor.getByRole('button', { name: 'Attester cette trace' }).click();
    await tutor.getByRole('status').getByText('Trace attestée.').waitFor();
    await tutor.getByText(/Attestée par Paul Dupont le/).waitFor();
    await tutor.getByRole('button', { name: 'Retirer mon attestation' }).waitFor();

    await tutor.locator('header').getByRole('link', { name: 'Mes stagiaires' }).click();
    await tutor.getByRole('link', { name: `Remplir le bilan (${organisation})` }).click();
    await tutor.waitForURL(/\/bilan$/);
    await tutor.getByRole('heading', { level: 1, name: 'Bilan de PFMP' }).waitFor();
    await tutor.getByLabel('Activités réalisées').fill('Inventaire du parc et sauvegardes.');
    await tutor.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await tutor.getByRole('status').getByText('Brouillon enregistré.').waitFor();
    const groups = tutor.locator('fieldset.level-field');
    expect(await groups.count()).toBe(7);
    for (let i = 0; i < 7; i++) {
      await groups
        .nth(i)
        .getByLabel(i < 3 ? 'Maîtrisé' : 'Bien maîtrisé', { exact: true })
        .check();
    }
    await tutor.getByLabel('Commentaire libre').fill('Très bonne période.');
    app.axe.bilan = await pageProblems(tutor);
    expect(app.axe.bilan).toEqual([]);
    // Completing is final: it asks first, saying so, with focus on the answer.
    await tutor.getByRole('button', { name: 'Terminer le bilan' }).click();
    const confirmation = tutor.getByRole('group', { name: /Il devient définitif/ });
    await confirmation.waitFor();
    const yes = confirmation.getByRole('button', { name: 'Terminer définitivement le bilan' });
    expect(await yes.evaluate((b) => b === document.activeElement)).toBe(true);
    app.axe.bilanConfirm = await pageProblems(tutor);
    expect(app.axe.bilanConfirm).toEqual([]);
    await yes.click();
    await tutor
      .getByRole('status')
      .getByText(/Bilan terminé : la personne candidate peut maintenant le consulter/)
      .waitFor();
    await tutor.getByText('Inventaire du parc et sauvegardes.').waitFor();
    await tutorContext.close();

    // The candidate sees the attestation on the trace and the completed bilan on the PFMP page.
    await candidate.goto(`${app.server.url}/traces/${traceId}`);
    await candidate.getByText(/Attestée par Paul Dupont le/).waitFor();
    await candidate.getByText('Réalisé dans notre atelier.').waitFor();
    app.axe.candidateTrace = await pageProblems(candidate);
    expect(app.axe.candidateTrace).toEqual([]);
    await candidate.locator('header').getByRole('link', { name: 'PFMP' }).click();
    await candidate.waitForURL(/\/pfmp$/);
    await candidate.getByRole('button', { name: `Voir le bilan (${organisation})` }).click();
    const bilan = candidate.getByRole('region', {
      name: `Bilan de la période chez ${organisation}`,
    });
    await bilan.getByText('Inventaire du parc et sauvegardes.').waitFor();
    await bilan.getByText('Très bonne période.').waitFor();
    app.axe.candidateBilan = await pageProblems(candidate);
    expect(app.axe.candidateBilan).toEqual([]);
    await candidateContext.close();
  });
});
