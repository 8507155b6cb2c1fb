import { MASTERY_SCALE } from '@dossier-sno/exam-rules';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { PfmpBilan } from '../api/types';
import fr from '../i18n/fr.json';
import { candidateUser } from '../test/session-fixtures';
import { jsonResponse } from '../test/support';
import BilanView from './BilanView.vue';
import { mountAt, tutorUser } from './tutoring-fixtures';

const periodId = '22222222-2222-4222-8222-222222222222';
const draft: PfmpBilan = {
  periodId,
  candidateId: candidateUser.id,
  tutorId: tutorUser.id,
  tutorName: 'Tom Tuteur',
  activities: '',
  competences: ['C2.1', 'C2.2', 'C2.3'].map((code) => ({ code, level: null })),
  transversal: ['T1', 'T2', 'T3', 'T4'].map((code) => ({ code, level: null })),
  comment: '',
  completedAt: null,
  version: 0,
  missing: ['Décrivez les activités réalisées.'],
};

describe('BilanView', () => {
  it('labels the levels with the scale of libs/exam-rules', () => {
    expect(Object.values(fr.tutoring.levels)).toEqual(MASTERY_SCALE.map((s) => s.label));
  });

  it("lets the period's tutor fill the levels in labelled radio groups, save a draft, then complete", async () => {
    let saved = draft;
    const { fetch, wrapper } = await mountAt(
      BilanView,
      `/pfmp/${periodId}/bilan`,
      tutorUser,
      (request) => {
        if (new URL(request.url).pathname !== `/api/pfmp/${periodId}/bilan`) return null;
        if (request.method === 'PUT') {
          saved = { ...saved, version: saved.version + 1, missing: [] };
          return jsonResponse(saved);
        }
        return jsonResponse(saved);
      },
    );
    expect(wrapper.get('h1').text()).toBe('Bilan de PFMP');
    const legends = wrapper.findAll('fieldset.level-field legend').map((l) => l.text());
    expect(legends).toHaveLength(7);
    expect(legends[0]).toMatch(/^C2\.1 — /);
    expect(legends[3]).toBe('T1 — Se repérer dans une organisation');
    expect(wrapper.get('label[for="bilan-level-C2-1-3"]').text()).toBe('Maîtrisé');
    expect(wrapper.get('#bilan-level-C2-1-3').attributes('type')).toBe('radio');

    await wrapper.get('#bilan-activities').setValue('Inventaire et sauvegardes');
    await wrapper.get('#bilan-level-C2-1-3').setValue(true);
    await wrapper.get('#bilan-level-T4-2').setValue(true);
    await wrapper.get('#bilan-target-C2-3').setValue(false);
    await wrapper.get('form.bilan-form').trigger('submit');
    await flushPromises();
    const puts = () => fetch.mock.calls.map((c) => c[0]).filter((r) => r.method === 'PUT');
    const first = await puts()[0]!.json();
    expect(first).toMatchObject({
      version: 0,
      activities: 'Inventaire et sauvegardes',
      competences: [
        { code: 'C2.1', level: 3 },
        { code: 'C2.2', level: null },
      ],
      complete: false,
    });
    expect(first.transversal).toContainEqual({ code: 'T4', level: 2 });
    expect(wrapper.text()).toContain('Brouillon enregistré.');

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Terminer le bilan')!
      .trigger('click');
    await flushPromises();
    expect(await puts()[1]!.json()).toMatchObject({ version: 1, complete: true });
    wrapper.unmount();
  });

  it('shows a teacher the bilan read-only, and says a draft is not final', async () => {
    const teacher = {
      ...tutorUser,
      id: '00000000-0000-4000-8000-000000000009',
      roles: ['teacher' as const],
    };
    const { wrapper } = await mountAt(BilanView, `/pfmp/${periodId}/bilan`, teacher, (request) =>
      new URL(request.url).pathname === `/api/pfmp/${periodId}/bilan`
        ? jsonResponse({ ...draft, activities: 'Inventaire', version: 1 })
        : null,
    );
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.text()).toContain('Ce bilan est encore un brouillon');
    expect(wrapper.text()).toContain('Inventaire');
    wrapper.unmount();
  });
});
