import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { SessionUser, User } from '../api/types';
import { createAppRouter } from '../router';
import { useSessionStore } from '../stores/session';
import { adminUser, sessionApi } from '../test/session-fixtures';
import { appPlugins, jsonResponse, stubFetch } from '../test/support';
import ExamSessionView from './ExamSessionView.vue';
import { examinerUser, examSession, sessionCandidate } from './fixtures';

const teacher: User = {
  id: '00000000-0000-4000-8000-000000000007',
  establishmentId: '00000000-0000-4000-8000-0000000000e1',
  email: 'formatrice@demo.dossier-sno.fr',
  displayName: 'Fanny Formatrice',
  roles: ['teacher'],
  active: true,
  candidate: null,
  version: 1,
} as User;

async function mountSession(user: SessionUser, canManage: boolean) {
  const fetch = stubFetch(
    sessionApi(user, (request) => {
      const path = new URL(request.url).pathname;
      const base = `/api/exam-sessions/${examSession.id}`;
      if (request.method === 'POST' && path.endsWith('/cohorts/c-a/candidates'))
        return jsonResponse({ enrolled: 12, alreadyEnrolled: 2 });
      if (request.method !== 'GET') return new Response(null, { status: 204 });
      if (path === '/api/cohorts')
        return jsonResponse([{ id: 'c-a', name: 'MC SNO A', schoolYear: '2026-2027' }]);
      if (path === base) return jsonResponse({ ...examSession, canManage, isMember: !canManage });
      if (path === `${base}/candidates`) return jsonResponse([sessionCandidate]);
      if (path === '/api/users')
        return jsonResponse({ items: [teacher], total: 1, page: 1, pageSize: 200 });
      return null;
    }),
  );
  const { plugins } = appPlugins('fr');
  useSessionStore().user = user;
  const router = createAppRouter(createMemoryHistory());
  await router.push(`/sessions/${examSession.id}`);
  await router.isReady();
  const wrapper = mount(ExamSessionView, {
    props: { id: examSession.id },
    global: { plugins: [...plugins, router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { fetch, wrapper };
}

describe('ExamSessionView', () => {
  it('shows an examiner the candidates with the dossier to review, and nothing to manage', async () => {
    const { wrapper } = await mountSession(examinerUser, false);
    expect(wrapper.get('h1').text()).toBe('E3 — juin 2027');
    const row = wrapper.get('tr.session-candidate');
    expect(row.text()).toContain('Camille Martin');
    expect(row.text()).toContain('Grille non commencée');
    expect(row.get('a').attributes('href')).toBe(
      `/sessions/${examSession.id}/candidats/${sessionCandidate.candidateId}`,
    );
    expect(wrapper.find('#session-add-member').exists()).toBe(false);
    expect(wrapper.find('a[href$="grids.pdf"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('lets a manager seat a member and invite an examiner by e-mail', async () => {
    const { fetch, wrapper } = await mountSession(adminUser, true);
    await wrapper.get('#session-add-member').setValue(teacher.id);
    const addButton = wrapper
      .findAll('button')
      .find((b) => b.text() === 'Ajouter à la commission')!;
    await addButton.trigger('click');
    await flushPromises();
    expect(
      fetch.mock.calls.some(
        (c) =>
          c[0].method === 'PUT' &&
          new URL(c[0].url).pathname ===
            `/api/exam-sessions/${examSession.id}/members/${teacher.id}`,
      ),
    ).toBe(true);
    expect(wrapper.text()).toContain('Fanny Formatrice fait partie de la commission.');

    await wrapper.get('#invite-email').setValue('pas-une-adresse');
    await wrapper.get('#invite-name').setValue('Jury');
    await wrapper.findAll('form').at(-1)!.trigger('submit');
    await flushPromises();
    expect(wrapper.get('#invite-email').attributes('aria-invalid')).toBe('true');
    await wrapper.get('#invite-email').setValue('jury@example.org');
    await wrapper.findAll('form').at(-1)!.trigger('submit');
    await flushPromises();
    const invite = fetch.mock.calls.map((c) => c[0]).find((r) => r.method === 'POST')!;
    expect(new URL(invite.url).pathname).toBe(
      `/api/exam-sessions/${examSession.id}/members/invitations`,
    );
    expect(await invite.json()).toEqual({ email: 'jury@example.org', displayName: 'Jury' });
    wrapper.unmount();
  });

  it('lets a manager enrol a whole cohort at once and says how many joined', async () => {
    const { wrapper, fetch } = await mountSession(adminUser, true);
    await wrapper.get('#session-enrol-cohort').setValue('c-a');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Inscrire la cohorte')!
      .trigger('click');
    await flushPromises();
    const post = fetch.mock.calls.map((c) => c[0] as Request).find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(
      `/api/exam-sessions/${examSession.id}/cohorts/c-a/candidates`,
    );
    expect(wrapper.text()).toContain(
      'Cohorte MC SNO A : 12 personnes candidates inscrites, 2 déjà inscrites.',
    );
    wrapper.unmount();
  });
});
