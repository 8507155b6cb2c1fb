import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createAppRouter } from '../router';
import { useSessionStore } from '../stores/session';
import { sessionApi } from '../test/session-fixtures';
import { appPlugins, jsonResponse, stubFetch } from '../test/support';
import { evaluation, examinerUser, examSession, sessionCandidate, submission } from './fixtures';
import ReviewView from './ReviewView.vue';

const otherMember = {
  id: '00000000-0000-4000-8000-000000000010',
  displayName: 'Inès Formatrice',
  email: 'formatrice@demo.dossier-sno.fr',
  roles: ['teacher'],
};
const thirdMember = {
  ...otherMember,
  id: '00000000-0000-4000-8000-000000000011',
  displayName: 'Paul Jury',
};
const base = `/api/exam-sessions/${examSession.id}/candidates/${sessionCandidate.candidateId}`;

async function mountReview(answers: Record<string, () => Response> = {}) {
  const fetch = stubFetch(
    sessionApi(examinerUser, (request) => {
      const key = `${request.method} ${new URL(request.url).pathname}`;
      if (answers[key]) return answers[key]();
      if (key === `GET ${base}/submission`) return jsonResponse(submission);
      if (key === `GET ${base}/evaluation`) return jsonResponse(evaluation);
      return null;
    }),
  );
  const { plugins } = appPlugins('fr');
  useSessionStore().user = examinerUser;
  const router = createAppRouter(createMemoryHistory());
  await router.push(`/sessions/${examSession.id}/candidats/${sessionCandidate.candidateId}`);
  await router.isReady();
  const wrapper = mount(ReviewView, {
    props: { id: examSession.id, candidateId: sessionCandidate.candidateId },
    global: { plugins: [...plugins, router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { fetch, wrapper };
}

describe('ReviewView', () => {
  it('shows the submitted dossier with safe files inline and others as downloads, beside the grid', async () => {
    const { wrapper } = await mountReview();
    expect(wrapper.get('h1').text()).toBe('Examen du dossier');
    expect(wrapper.text()).toContain('Une année d’accompagnement des utilisateurs.');
    const img = wrapper.get('.submitted-file img');
    expect(img.attributes('src')).toBe(
      `/api/submissions/${submission.id}/files/${submission.items[0]!.files[0]!.id}/content?inline=1`,
    );
    expect(img.attributes('alt')).toBe('capture.png');
    const odt = wrapper.findAll('a').find((a) => a.text() === 'Télécharger notes.odt')!;
    expect(odt.attributes('href')).not.toContain('inline');
    // Each field is named by the criterion's own words (in French whatever the interface), not its id.
    const criterion = evaluation.grid.competences[0]!.criteria[0]!.label;
    // What a screen reader reads of a label: its text, hidden parts aside.
    const heard = (selector: string) =>
      wrapper.get(`${selector} .sr-only`).text().replace(/\s+/g, ' ');
    const level = wrapper.get('label[for="level-C3.1-1"]');
    expect(level.get('[aria-hidden="true"]').text()).toBe('Niveau');
    expect(heard('label[for="level-C3.1-1"]')).toBe(`Niveau : ${criterion}`);
    expect(level.get('[lang="fr"]').text()).toBe(criterion);
    expect(heard('label[for="comment-C3.1-1"]')).toBe(`Commentaire : ${criterion}`);
    expect(wrapper.text()).not.toContain('C3.1-1');
    expect(wrapper.text()).toContain('Signatures recueillies : 0 sur 1.');
    wrapper.unmount();
  });

  it('saves the grid with a mark in half points, refusing anything else first', async () => {
    const saved = { ...evaluation, proposedMark: 14.5, version: 1 };
    const { fetch, wrapper } = await mountReview({
      [`PUT ${base}/evaluation`]: () => jsonResponse(saved),
    });
    await wrapper.get('#level-C3\\.1-1').setValue('satisfaisant');
    await wrapper.get('#comment-C3\\.1-1').setValue('Besoins bien reformulés');
    await wrapper.get('#evaluation-mark').setValue('14,25');
    await wrapper.get('form.evaluation-form').trigger('submit');
    await flushPromises();
    expect(fetch.mock.calls.some((c) => c[0].method === 'PUT')).toBe(false);
    expect(wrapper.get('#evaluation-mark').attributes('aria-invalid')).toBe('true');

    await wrapper.get('#evaluation-mark').setValue('14,5');
    await wrapper.get('#evaluation-notes').setValue('Oral solide');
    await wrapper.get('form.evaluation-form').trigger('submit');
    await flushPromises();
    const put = fetch.mock.calls.map((c) => c[0]).find((r) => r.method === 'PUT')!;
    expect(await put.json()).toEqual({
      version: 0,
      scores: [
        { criterionId: 'C3.1-1', level: 'satisfaisant', comment: 'Besoins bien reformulés' },
      ],
      proposedMark: 14.5,
      notes: 'Oral solide',
    });
    expect(wrapper.text()).toContain('La grille a été enregistrée.');
    wrapper.unmount();
  });

  it('signs off only once confirmed, saying what is signed, and shows a locked grid read-only', async () => {
    const locked = {
      ...evaluation,
      proposedMark: 14.5,
      version: 2,
      lockedAt: '2027-06-02T10:00:00.000Z',
      signOffs: [
        {
          userId: examinerUser.id,
          displayName: examinerUser.displayName,
          signedAt: '2027-06-02T10:00:00.000Z',
        },
      ],
      pendingMembers: [],
    };
    const { fetch, wrapper } = await mountReview({
      [`GET ${base}/evaluation`]: () =>
        jsonResponse({ ...evaluation, version: 1, proposedMark: 14.5 }),
      [`POST ${base}/evaluation/sign-off`]: () => jsonResponse(locked),
    });
    const posts = () => fetch.mock.calls.filter((c) => c[0].method === 'POST');
    const sign = () => wrapper.findAll('button').find((b) => b.text() === 'Signer la grille');

    await sign()!.trigger('click');
    await flushPromises();
    expect(posts()).toHaveLength(0);
    expect(wrapper.get('#evaluation-sign-confirm').text()).toContain(
      "Signer la grille telle qu'elle est enregistrée, avec la note proposée de 14,5/20 ? Vous êtes le dernier membre à signer : la grille sera verrouillée",
    );
    expect(document.activeElement?.textContent?.trim()).toBe('Confirmer ma signature');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Annuler')!
      .trigger('click');
    await flushPromises();
    expect(posts()).toHaveLength(0);
    expect(document.activeElement).toBe(sign()!.element);

    await sign()!.trigger('click');
    await flushPromises();
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Confirmer ma signature')!
      .trigger('click');
    await flushPromises();
    expect(posts()).toHaveLength(1);
    expect(wrapper.text()).toContain('Votre signature a été enregistrée.');
    expect(wrapper.text()).toMatch(/verrouillée le/);
    expect(wrapper.get('#level-C3\\.1-1').attributes('disabled')).toBeDefined();
    expect(sign()).toBeUndefined();
    expect(document.activeElement).toBe(wrapper.get('#evaluation-signatures').element);
    wrapper.unmount();
  });

  it('shows who has signed and who of the commission still has to, and warns before a save withdraws the signatures', async () => {
    const signed = {
      ...evaluation,
      proposedMark: 12,
      version: 3,
      signOffs: [
        {
          userId: otherMember.id,
          displayName: 'Inès Formatrice',
          signedAt: '2027-06-01T09:00:00.000Z',
        },
        { userId: thirdMember.id, displayName: 'Paul Jury', signedAt: '2027-06-01T09:30:00.000Z' },
      ],
      pendingMembers: [examSession.members[0]!],
    };
    const { fetch, wrapper } = await mountReview({
      [`GET ${base}/evaluation`]: () => jsonResponse(signed),
      [`PUT ${base}/evaluation`]: () =>
        jsonResponse({
          ...signed,
          version: 4,
          proposedMark: 13,
          signOffs: [],
          pendingMembers: [examSession.members[0]!, otherMember, thirdMember],
        }),
    });
    const signatures = wrapper.get('.evaluation-signatures');
    expect(signatures.text()).toContain('Signatures recueillies : 2 sur 3.');
    const lists = signatures.findAll('ul');
    expect(signatures.get('#evaluation-signed').text()).toBe('Ont signé');
    expect(lists[0]!.findAll('li').map((li) => li.text())).toEqual([
      expect.stringMatching(/^Signée par Inès Formatrice le 1er juin 2027/),
      expect.stringMatching(/^Signée par Paul Jury le 1er juin 2027/),
    ]);
    expect(signatures.get('#evaluation-pending').text()).toBe('Doivent encore signer');
    expect(lists[1]!.findAll('li').map((li) => li.text())).toEqual(['Eva Examinatrice']);
    // Said before any save, beside the button.
    expect(wrapper.text()).toContain(
      'Grille déjà signée par Inès Formatrice et Paul Jury : enregistrer une modification retirera ces signatures',
    );

    await wrapper.get('#evaluation-mark').setValue('13');
    await wrapper.get('form.evaluation-form').trigger('submit');
    await flushPromises();
    const puts = () => fetch.mock.calls.filter((c) => c[0].method === 'PUT');
    expect(puts()).toHaveLength(0);
    expect(wrapper.get('#evaluation-save-confirm').text()).toContain(
      'Enregistrer ces modifications retire les signatures données par Inès Formatrice et Paul Jury',
    );
    const yes = wrapper
      .findAll('button')
      .find((b) => b.text() === 'Enregistrer et retirer les signatures')!;
    expect(document.activeElement).toBe(yes.element);
    await yes.trigger('click');
    await flushPromises();
    expect(puts()).toHaveLength(1);
    expect(await puts()[0]![0].json()).toMatchObject({ version: 3, proposedMark: 13 });
    expect(wrapper.get('[role="status"]').text()).toBe(
      'La grille a été enregistrée. Les signatures données par Inès Formatrice et Paul Jury ont été retirées : chaque membre doit signer à nouveau.',
    );
    expect(wrapper.get('.evaluation-signatures').text()).toContain(
      'Signatures recueillies : 0 sur 3.',
    );
    expect(document.activeElement).toBe(wrapper.get('#evaluation-save').element);
    wrapper.unmount();
  });

  it('warns a member signing that unsaved changes are not part of the signature', async () => {
    const { wrapper } = await mountReview({
      [`GET ${base}/evaluation`]: () =>
        jsonResponse({
          ...evaluation,
          version: 1,
          proposedMark: 14.5,
          pendingMembers: [examSession.members[0]!, otherMember],
        }),
    });
    await wrapper.get('#evaluation-notes').setValue('Encore à discuter');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Signer la grille')!
      .trigger('click');
    await flushPromises();
    const question = wrapper.get('#evaluation-sign-confirm').text();
    expect(question).toContain('Elle sera verrouillée quand Inès Formatrice aura signé');
    expect(question).toContain(
      'vos modifications non enregistrées ne font pas partie de ce que vous signez',
    );
    wrapper.unmount();
  });
});
