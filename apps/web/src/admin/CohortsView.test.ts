import { flushPromises, mount } from '@vue/test-utils';
import Select from 'primevue/select';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Cohort, User } from '../api/types';
import { appPlugins, jsonResponse, stubFetch, stubMatchMedia } from '../test/support';
import CohortsView from './CohortsView.vue';

const cohort: Cohort = {
  id: 'c1',
  establishmentId: 'e1',
  name: 'MC SNO démo',
  schoolYear: '2026-2027',
  referentialVersion: 'mc-sno-v1',
  teacherIds: ['t1'],
  candidateCount: 2,
};

function teacher(id: string, displayName: string): User {
  return {
    id,
    email: `${id}@example.fr`,
    displayName,
    roles: ['teacher'],
    active: true,
    establishmentId: 'e1',
    candidate: null,
    tutorIds: [],
    activated: true,
    version: 1,
    createdAt: '2026-09-01T08:00:00.000Z',
  };
}

const teachers = [teacher('t1', 'Théo Formateur'), teacher('t2', 'Tina Formatrice')];

describe('CohortsView teachers', () => {
  beforeEach(stubMatchMedia);

  it('names the teachers of each cohort and adds / removes one', async () => {
    const fetch = stubFetch((request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/cohorts') return jsonResponse([cohort]);
      if (url.pathname === '/api/users')
        return jsonResponse({ items: teachers, total: 2, page: 1, pageSize: 200 });
      if (url.pathname.startsWith('/api/cohorts/c1/teachers/'))
        return new Response(null, { status: 204 });
      return jsonResponse({ statusCode: 404, message: 'Introuvable' }, 404);
    });
    const { plugins } = appPlugins('fr');
    const wrapper = mount(CohortsView, { global: { plugins }, attachTo: document.body });
    await flushPromises();

    const usersRequest = fetch.mock.calls
      .map((c) => new URL(c[0].url))
      .find((u) => u.pathname === '/api/users');
    expect(usersRequest?.searchParams.get('role')).toBe('teacher');
    expect(wrapper.get('.chip-list').text()).toContain('Théo Formateur');

    wrapper.getComponent(Select).vm.$emit('update:modelValue', 't2');
    await flushPromises();
    await wrapper.get('.cohort-teachers form').trigger('submit');
    await flushPromises();
    let request = fetch.mock.calls.at(-1)![0];
    expect(request.method).toBe('PUT');
    expect(new URL(request.url).pathname).toBe('/api/cohorts/c1/teachers/t2');
    expect(wrapper.get('.chip-list').text()).toContain('Tina Formatrice');
    expect(wrapper.get('.cohort-teachers [role="status"]').text()).toBe(
      'Tina Formatrice suit désormais la cohorte MC SNO démo.',
    );

    await wrapper.get('button[aria-label="Retirer Théo Formateur"]').trigger('click');
    await flushPromises();
    request = fetch.mock.calls.at(-1)![0];
    expect(request.method).toBe('DELETE');
    expect(new URL(request.url).pathname).toBe('/api/cohorts/c1/teachers/t1');
    expect(wrapper.get('.chip-list').text()).not.toContain('Théo Formateur');
    wrapper.unmount();
  });
});
