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

  it("lets the period's tutor fill the levels in labelled radio groups and save a draft", async () => {
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

    wrapper.unmount();
  });

  it('asks before completing the bilan, saying it becomes final, and sends nothing until confirmed', async () => {
    let saved = { ...draft, activities: 'Inventaire', version: 1, missing: [] };
    const { fetch, wrapper } = await mountAt(
      BilanView,
      `/pfmp/${periodId}/bilan`,
      tutorUser,
      (request) => {
        if (new URL(request.url).pathname !== `/api/pfmp/${periodId}/bilan`) return null;
        if (request.method === 'PUT') {
          saved = { ...saved, version: 2, completedAt: '2027-02-01T10:00:00.000Z' };
        }
        return jsonResponse(saved);
      },
    );
    const puts = () => fetch.mock.calls.map((c) => c[0]).filter((r) => r.method === 'PUT');
    const complete = () => wrapper.findAll('button').find((b) => b.text() === 'Terminer le bilan');

    // Cancelling sends nothing and gives focus back to the button.
    await complete()!.trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain(
      "Terminer ce bilan tel qu'il est saisi ? Il devient définitif et ne pourra plus être modifié",
    );
    expect(document.activeElement?.textContent?.trim()).toBe('Terminer définitivement le bilan');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Annuler')!
      .trigger('click');
    await flushPromises();
    expect(puts()).toHaveLength(0);
    expect(document.activeElement).toBe(complete()!.element);

    await complete()!.trigger('click');
    await flushPromises();
    expect(puts()).toHaveLength(0);
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Terminer définitivement le bilan')!
      .trigger('click');
    await flushPromises();
    expect(await puts()[0]!.json()).toMatchObject({ version: 1, complete: true });
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.text()).toContain(
      'Bilan terminé : la personne candidate peut maintenant le consulter.',
    );
    // The form is gone: focus goes to the page's title rather than being lost.
    expect(document.activeElement).toBe(wrapper.get('h1').element);
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
