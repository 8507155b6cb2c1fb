import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { Coverage } from '../api/types';
import { createAppRouter } from '../router';
import { useSessionStore } from '../stores/session';
import { referentialFixture } from '../test/referential-fixture';
import { candidateUser } from '../test/session-fixtures';
import { appPlugins, jsonResponse, stubFetch } from '../test/support';
import CoverageView from './CoverageView.vue';

function coverage(counts: Record<string, [number, number, number]>): Coverage {
  const competences = referentialFixture().blocks.flatMap((b) => b.competences);
  const cell = (code: string) => {
    const [traces, withReflection, attested] = counts[code] ?? [0, 0, 0];
    return { code, traces, withReflection, attested, traceIds: [] };
  };
  return {
    candidateId: candidateUser.id,
    referentialVersion: 'mc-sno-v1',
    competences: competences.map((c) => ({
      ...cell(c.code),
      detailed: c.detailed.map((d) => cell(d.code)),
    })),
  };
}

async function mountView(answer: Coverage) {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  stubFetch((request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/coverage') return jsonResponse(answer);
    if (path === '/api/referential') return jsonResponse(referentialFixture());
    return jsonResponse({ statusCode: 404, message: 'Introuvable' }, 404);
  });
  const { plugins } = appPlugins('fr');
  useSessionStore().user = candidateUser;
  const router = createAppRouter(createMemoryHistory());
  const wrapper = mount(CoverageView, { global: { plugins: [...plugins, router] } });
  await flushPromises();
  return wrapper;
}

describe('CoverageView', () => {
  it('renders one row per competence, with its title, numbers and links to the traces', async () => {
    const wrapper = await mountView(coverage({ 'C1.1': [2, 1, 0], 'C1.1.2': [1, 0, 0] }));
    const table = wrapper.get('table');
    expect(table.get('caption').text()).toBe('Couverture des compétences par vos traces');
    expect(table.findAll('thead th').map((th) => [th.text(), th.attributes('scope')])).toEqual([
      ['Compétence', 'col'],
      ['Traces', 'col'],
      ['Avec analyse réflexive', 'col'],
      ['Attestées', 'col'],
    ]);
    const rows = table.findAll('tbody tr');
    expect(rows).toHaveLength(9);
    const first = rows[0]!;
    expect(first.get('th').attributes('scope')).toBe('row');
    const title = referentialFixture().blocks[0]!.competences[0]!.title;
    expect(first.get('th').text()).toContain('C1.1');
    expect(first.get('th').text()).toContain(title);
    expect(first.findAll('td').map((td) => td.text())).toEqual(['2', '1', '0']);
    const link = first.get('td a');
    expect(link.attributes('href')).toBe('/traces?competence=C1.1');
    expect(first.findAll('td')[2]!.find('a').exists()).toBe(false);
    expect(rows[1]!.findAll('td').map((td) => td.text())).toEqual(['0', '0', '0']);
    expect(wrapper.text()).not.toContain('Aucune compétence');

    const toggle = first.get('button');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('true');
    const detailed = wrapper.findAll('tbody tr.coverage__detailed');
    expect(detailed.length).toBeGreaterThan(0);
    const c112 = detailed.find((tr) => tr.get('th').text().startsWith('C1.1.2'))!;
    expect(c112.get('td a').attributes('href')).toBe('/traces?competence=C1.1.2');
  });

  it('says what to do next when nothing is covered', async () => {
    const wrapper = await mountView(coverage({}));
    expect(wrapper.text()).toContain("Aucune compétence n'est encore couverte.");
    expect(wrapper.get('a[href="/traces/nouvelle"]').text()).toBe('Créer une trace');
    expect(wrapper.findAll('tbody tr')).toHaveLength(9);
  });
});
