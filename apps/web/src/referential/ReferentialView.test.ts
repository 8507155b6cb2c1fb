import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fixtureCounts, referentialFixture } from '../test/referential-fixture';
import { appPlugins, deferred, jsonResponse, stubFetch } from '../test/support';
import ReferentialView from './ReferentialView.vue';

function mountView() {
  const { plugins } = appPlugins('fr');
  return mount(ReferentialView, { global: { plugins }, attachTo: document.body });
}

describe('ReferentialView', () => {
  it('shows every competence as an h3 starting with its code, and every detailed competence', async () => {
    const fixture = referentialFixture();
    stubFetch(() => jsonResponse(fixture));
    const wrapper = mountView();
    await flushPromises();

    expect(wrapper.get('h1').text()).toBe('Référentiel MC SNO');
    expect(wrapper.text()).toContain(`Version du référentiel : ${fixture.version}`);

    const competenceHeadings = wrapper
      .findAll('h3')
      .map((h) => h.text())
      .filter((name) => /^C\d\.\d/.test(name));
    expect(competenceHeadings).toHaveLength(fixtureCounts.competences);
    expect(competenceHeadings).toHaveLength(9);
    const first = fixture.blocks[0]!.competences[0]!;
    expect(competenceHeadings[0]).toBe(`${first.code} – ${first.title}`);

    const blockHeadings = wrapper.findAll('h2').map((h) => h.text());
    fixture.blocks.forEach((block, index) => {
      expect(blockHeadings).toContain(`Bloc ${index + 1} – ${block.title}`);
    });

    const detailed = wrapper.findAll('.detailed__item');
    expect(detailed).toHaveLength(fixtureCounts.detailed);
    const firstDetailed = first.detailed[0];
    if (firstDetailed) {
      expect(detailed[0]!.text()).toContain(firstDetailed.code);
      expect(detailed[0]!.text()).toContain(firstDetailed.label);
    }
    wrapper.unmount();
  });

  it('puts savoirs, résultats attendus and critères in keyboard-operable disclosures, closed at first', async () => {
    const fixture = referentialFixture();
    stubFetch(() => jsonResponse(fixture));
    const wrapper = mountView();
    await flushPromises();

    const firstCard = wrapper.get('.competence');
    const toggles = firstCard.findAll('button[aria-expanded]');
    expect(toggles.map((b) => b.text())).toEqual([
      'Contexte de mise en œuvre de la compétence C1.1',
      'Savoirs associés de la compétence C1.1',
      'Résultats attendus de la compétence C1.1',
      "Critères d'évaluation de la compétence C1.1",
    ]);
    const knowledge = toggles[1]!;
    expect(knowledge.attributes('aria-expanded')).toBe('false');
    const region = firstCard.get(`#${knowledge.attributes('aria-controls')}`);
    expect(region.attributes('role')).toBe('region');
    expect(region.isVisible()).toBe(false);

    await knowledge.trigger('click');
    expect(knowledge.attributes('aria-expanded')).toBe('true');
    expect(region.isVisible()).toBe(true);
    const firstKnowledge = fixture.blocks[0]!.competences[0]!.knowledge[0];
    if (firstKnowledge) expect(region.text()).toContain(firstKnowledge);
    wrapper.unmount();
  });

  it('lists the exams with their coefficients and the transversal competences', async () => {
    const fixture = referentialFixture();
    stubFetch(() => jsonResponse(fixture));
    const wrapper = mountView();
    await flushPromises();

    const examRows = wrapper.findAll('.exams table tbody tr');
    expect(examRows).toHaveLength(fixtureCounts.exams);
    fixture.exams.forEach((exam, index) => {
      expect(examRows[index]!.text()).toContain(exam.code);
      expect(examRows[index]!.text()).toContain(String(exam.coefficient));
    });
    expect(wrapper.findAll('.transversal__list li')).toHaveLength(fixtureCounts.transversal);
    wrapper.unmount();
  });

  it('announces loading politely and marks the page busy', async () => {
    const response = deferred<Response>();
    stubFetch(() => response.promise);
    const wrapper = mountView();
    await flushPromises();

    const status = wrapper.get('[role="status"]');
    expect(status.attributes('aria-live')).toBe('polite');
    expect(status.text()).toContain('Chargement du référentiel');
    expect(wrapper.get('.referential').attributes('aria-busy')).toBe('true');

    response.resolve(jsonResponse(referentialFixture()));
    await flushPromises();
    expect(wrapper.get('.referential').attributes('aria-busy')).toBe('false');
    expect(status.text()).toBe('');
    wrapper.unmount();
  });

  it('shows an error with a retry button that loads again', async () => {
    let fail = true;
    const fetch = stubFetch(() =>
      fail ? jsonResponse({ message: 'Internal' }, 500) : jsonResponse(referentialFixture()),
    );
    const wrapper = mountView();
    await flushPromises();

    expect(wrapper.get('[role="alert"]').text()).toContain('erreur 500');
    const retry = wrapper.findAll('button').find((b) => b.text() === 'Réessayer');
    expect(retry).toBeDefined();
    expect(wrapper.findAll('h3')).toHaveLength(0);

    fail = false;
    await retry!.trigger('click');
    await flushPromises();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.findAll('h3').filter((h) => /^C\d\.\d/.test(h.text()))).toHaveLength(9);
    wrapper.unmount();
  });
});
