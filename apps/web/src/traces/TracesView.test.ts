import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { Trace } from '../api/types';
import { createAppRouter } from '../router';
import { useSessionStore } from '../stores/session';
import { referentialFixture } from '../test/referential-fixture';
import { candidateUser } from '../test/session-fixtures';
import { appPlugins, jsonResponse, stubFetch } from '../test/support';
import TracesView from './TracesView.vue';

async function mountList(path: string, items: Partial<Trace>[]) {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  const fetch = stubFetch((request) => {
    const url = new URL(request.url).pathname;
    if (url === '/api/traces')
      return jsonResponse({ items, total: items.length, page: 1, pageSize: 20 });
    if (url === '/api/referential') return jsonResponse(referentialFixture());
    if (url === '/api/auth/me') return jsonResponse(candidateUser);
    if (url === '/api/auth/csrf') return jsonResponse({ token: 'csrf' });
    return jsonResponse({ statusCode: 404, message: 'Introuvable' }, 404);
  });
  const { plugins } = appPlugins('fr');
  useSessionStore().user = candidateUser;
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(TracesView, { global: { plugins: [...plugins, router] } });
  await flushPromises();
  return { fetch, wrapper, router };
}

describe('TracesView', () => {
  it('says what to do next when there is no trace yet', async () => {
    const { wrapper } = await mountList('/traces', []);
    expect(wrapper.text()).toContain('Créez votre première trace');
    expect(wrapper.findAll('a[href="/traces/nouvelle"]').length).toBeGreaterThan(0);
    expect(wrapper.get('[role="status"]').text()).toBe('Aucune trace');
  });

  it('reads the filters from the query, sends them, and links each trace', async () => {
    const trace = {
      id: 't1',
      title: 'Installation poste',
      context: 'atelier',
      occurredOn: '2026-11-20',
      occurredUntil: null,
      competences: ['C1.1'],
      files: [],
    } as Partial<Trace>;
    const { fetch, wrapper, router } = await mountList('/traces?competence=C1.1', [trace]);
    const request = fetch.mock.calls.map((c) => c[0]).find((r) => r.url.includes('/api/traces'))!;
    expect(new URL(request.url).searchParams.get('competence')).toBe('C1.1');
    expect((wrapper.get('#filter-competence').element as HTMLSelectElement).value).toBe('C1.1');
    expect(wrapper.get('a[href="/traces/t1"]').text()).toBe('Installation poste');
    expect(wrapper.text()).toContain('Atelier');

    await wrapper.get('#filter-q').setValue('poste');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ competence: 'C1.1', q: 'poste' });
    const last = fetch.mock.calls.at(-1)![0];
    expect(new URL(last.url).searchParams.get('q')).toBe('poste');
  });

  it('warns of a PFMP trace tied to no period: no tutor sees it', async () => {
    const base = {
      context: 'pfmp',
      occurredOn: '2027-01-12',
      occurredUntil: null,
      competences: ['C2.1'],
      files: [],
    };
    const { wrapper } = await mountList('/traces', [
      { ...base, id: 't1', title: 'Sans période', pfmpPeriodId: null },
      { ...base, id: 't2', title: 'Avec période', pfmpPeriodId: 'p1' },
    ] as Partial<Trace>[]);
    const items = wrapper.findAll('.trace-list li');
    expect(items[0]!.text()).toContain(
      'Aucune période PFMP choisie : ni tuteur ni tutrice ne voit cette trace',
    );
    expect(items[1]!.text()).not.toContain('Aucune période PFMP choisie');
  });
});
