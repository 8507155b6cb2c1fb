import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createAppRouter } from '../router';
import { useSessionStore } from '../stores/session';
import { sessionApi } from '../test/session-fixtures';
import { appPlugins, jsonResponse, stubFetch } from '../test/support';
import { evaluation, examinerUser, examSession, sessionCandidate, submission } from './fixtures';
import ReviewView from './ReviewView.vue';

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
    expect(wrapper.get('label[for="level-C3.1-1"]').text()).toBe('Niveau pour le critère C3.1-1');
    expect(wrapper.text()).toContain('En attente de la signature de Eva Examinatrice');
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

  it('signs off, and shows a locked grid read-only', async () => {
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
    const { wrapper } = await mountReview({
      [`GET ${base}/evaluation`]: () =>
        jsonResponse({ ...evaluation, version: 1, proposedMark: 14.5 }),
      [`POST ${base}/evaluation/sign-off`]: () => jsonResponse(locked),
    });
    const sign = wrapper.findAll('button').find((b) => b.text() === 'Signer la grille')!;
    await sign.trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Votre signature a été enregistrée.');
    expect(wrapper.text()).toMatch(/verrouillée le/);
    expect(wrapper.get('#level-C3\\.1-1').attributes('disabled')).toBeDefined();
    expect(wrapper.findAll('button').some((b) => b.text() === 'Signer la grille')).toBe(false);
    wrapper.unmount();
  });
});
