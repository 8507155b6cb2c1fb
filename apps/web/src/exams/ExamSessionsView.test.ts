import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createAppRouter } from '../router';
import { useSessionStore } from '../stores/session';
import { adminUser, sessionApi } from '../test/session-fixtures';
import { appPlugins, jsonResponse, stubFetch } from '../test/support';
import type { SessionUser } from '../api/types';
import ExamSessionsView from './ExamSessionsView.vue';
import { examinerUser, examSession } from './fixtures';

async function mountList(user: SessionUser, extra: (r: Request) => Response | null = () => null) {
  const fetch = stubFetch(
    sessionApi(user, (request) => {
      const answer = extra(request);
      if (answer) return answer;
      return new URL(request.url).pathname === '/api/exam-sessions' && request.method === 'GET'
        ? jsonResponse([examSession])
        : null;
    }),
  );
  const { plugins } = appPlugins('fr');
  useSessionStore().user = user;
  const router = createAppRouter(createMemoryHistory());
  await router.push('/sessions');
  await router.isReady();
  const wrapper = mount(ExamSessionsView, {
    global: { plugins: [...plugins, router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { fetch, wrapper, router };
}

describe('ExamSessionsView', () => {
  it('lists the examiner’s sessions, without the creation form', async () => {
    const { wrapper } = await mountList(examinerUser);
    expect(wrapper.get('h1').text()).toBe("Sessions d'examen");
    const row = wrapper.get('tr.exam-session-row');
    expect(row.text()).toContain('E3 — juin 2027');
    expect(row.text()).toContain('contrôle en cours de formation');
    expect(row.get('a').attributes('href')).toBe(`/sessions/${examSession.id}`);
    expect(wrapper.find('.session-new').exists()).toBe(false);
    wrapper.unmount();
  });

  it('lets an admin create a session, checking the dates first, then opens it', async () => {
    const { fetch, wrapper, router } = await mountList(adminUser, (request) =>
      request.method === 'POST' ? jsonResponse({ ...examSession, canManage: true }, 201) : null,
    );
    await wrapper.get('.session-new').trigger('click');
    await wrapper.get('#session-exam').setValue('E3');
    await wrapper.get('#session-label').setValue('E3 — juin 2027');
    await wrapper.get('#session-oral-start').setValue('2027-06-01');
    await wrapper.get('#session-oral-end').setValue('2027-06-03');
    await wrapper.get('#session-deadline').setValue('2027-06-10T18:00');
    await wrapper.get('#session-retention').setValue('2027-09-30');
    await wrapper.get('form.session-form').trigger('submit');
    await flushPromises();
    expect(fetch.mock.calls.some((c) => c[0].method === 'POST')).toBe(false);
    expect(wrapper.get('#session-deadline').attributes('aria-invalid')).toBe('true');
    expect(wrapper.text()).toContain(
      'La date limite de dépôt doit précéder le premier jour des oraux.',
    );

    await wrapper.get('#session-deadline').setValue('2027-05-15T18:00');
    await wrapper.get('form.session-form').trigger('submit');
    await flushPromises();
    const post = fetch.mock.calls.map((c) => c[0]).find((r) => r.method === 'POST')!;
    expect(await post.json()).toMatchObject({
      exam: 'E3',
      mode: 'ccf',
      label: 'E3 — juin 2027',
      oralStartsOn: '2027-06-01',
      retentionUntil: '2027-09-30',
      submissionDeadline: new Date('2027-05-15T18:00').toISOString(),
    });
    await vi.waitFor(() =>
      expect(router.currentRoute.value.fullPath).toBe(`/sessions/${examSession.id}`),
    );
    wrapper.unmount();
  });
});
