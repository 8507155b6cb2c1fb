import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { fixtureCounts, referentialFixture } from '../test/referential-fixture';
import { appPlugins } from '../test/support';
import CompetencePicker from './CompetencePicker.vue';

function mountPicker(competences: string[] = [], detailed: string[] = []) {
  const { plugins } = appPlugins('fr');
  const chosen = { competences: ref(competences), detailed: ref(detailed) };
  const wrapper = mount(
    defineComponent({
      setup: () => () =>
        h(CompetencePicker, {
          blocks: referentialFixture().blocks,
          competences: chosen.competences.value,
          'onUpdate:competences': (v: string[]) => (chosen.competences.value = v),
          detailed: chosen.detailed.value,
          'onUpdate:detailed': (v: string[]) => (chosen.detailed.value = v),
        }),
    }),
    { global: { plugins }, attachTo: document.body },
  );
  return { wrapper, chosen };
}

const visibleCodes = (wrapper: ReturnType<typeof mountPicker>['wrapper']) =>
  wrapper.findAll('input[type="checkbox"]').map((i) => i.attributes('value'));

describe('CompetencePicker', () => {
  it('groups the competences by block, folded, and a search by words opens and filters them', async () => {
    const { wrapper } = mountPicker();
    const blocks = wrapper.findAll('details');
    expect(blocks.map((d) => d.get('summary').text())).toEqual([
      expect.stringMatching(/^B1 — .* aucune cochée$/),
      expect.stringMatching(/^B2 — .* aucune cochée$/),
      expect.stringMatching(/^B3 — .* aucune cochée$/),
    ]);
    expect(blocks.every((d) => !(d.element as HTMLDetailsElement).open)).toBe(true);
    expect(wrapper.get('label[for="competence-search"]').text()).toBe('Rechercher une compétence');

    // « reputation » without its accent finds the detailed competence and keeps its competence.
    await wrapper.get('#competence-search').setValue('e-reputation');
    expect(visibleCodes(wrapper)).toEqual(['C1.2', 'C1.2.3']);
    const open = wrapper.findAll('details');
    expect(open).toHaveLength(1);
    expect((open[0]!.element as HTMLDetailsElement).open).toBe(true);
    expect(wrapper.text()).toContain('2 résultats');

    await wrapper.get('#competence-search').setValue('C2.1');
    expect(visibleCodes(wrapper)).toEqual(['C2.1', 'C2.1.1', 'C2.1.2']);

    await wrapper.get('#competence-search').setValue('zzz');
    expect(wrapper.findAll('details')).toHaveLength(0);
    expect(wrapper.text()).toContain('Aucune compétence ne correspond à « zzz ».');

    await wrapper.get('#competence-search').setValue('');
    expect(wrapper.findAll('details')).toHaveLength(3);
    expect(visibleCodes(wrapper)).toHaveLength(fixtureCounts.competences + fixtureCounts.detailed);
    wrapper.unmount();
  });

  it('ticks a competence with its detailed one, counts them aloud and shows them as chips', async () => {
    const { wrapper, chosen } = mountPicker();
    await wrapper.get('#competence-C1-1-2').setValue(true);
    expect(chosen.competences.value).toEqual(['C1.1']);
    expect(chosen.detailed.value).toEqual(['C1.1.2']);
    const count = wrapper.get('#competences-count');
    expect(count.attributes('aria-live')).toBe('polite');
    expect(count.text()).toBe('1 compétence cochée');
    expect(wrapper.get('#picker-B1').text()).toContain('2 cochées');
    const chips = wrapper.get('ul[aria-label="Compétences cochées"]').findAll('button');
    expect(chips.map((c) => c.text())).toEqual(['C1.1 ×', 'C1.1.2 ×']);
    expect(chips[0]!.attributes('aria-label')).toMatch(/^Retirer C1\.1 — /);
    wrapper.unmount();
  });

  it('removes a chip, its detailed ones with a competence, and keeps focus on the chips then the search', async () => {
    const { wrapper, chosen } = mountPicker(['C1.1', 'C2.1'], ['C1.1.2']);
    await wrapper.get('#chip-competence-C1-1').trigger('click');
    await flushPromises();
    expect(chosen.competences.value).toEqual(['C2.1']);
    expect(chosen.detailed.value).toEqual([]);
    expect(document.activeElement?.id).toBe('chip-competence-C2-1');
    await wrapper.get('#chip-competence-C2-1').trigger('click');
    await flushPromises();
    expect(chosen.competences.value).toEqual([]);
    expect(wrapper.find('ul[aria-label="Compétences cochées"]').exists()).toBe(false);
    expect(document.activeElement?.id).toBe('competence-search');
    wrapper.unmount();
  });
});
