import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { ReadinessCheck } from '../api/types';
import { appPlugins } from '../test/support';
import ReadinessChecklist from './ReadinessChecklist.vue';

const checks: ReadinessCheck[] = [
  {
    code: 'E1_C1.1',
    ok: true,
    reason: 'coverageDone',
    params: { competence: 'C1.1', count: 1 },
    message: 'C1.1 est couverte par 1 trace.',
    traceIds: ['t1'],
  },
  {
    code: 'E2_PFMP_WEEKS',
    ok: false,
    reason: 'pfmpWeeksMissing',
    params: { count: 4.5, minimum: 12 },
    message: '…',
    traceIds: [],
  },
  // Frozen in a submission before checks carried a reason: its French sentence stays.
  {
    code: 'PRESENTATION',
    ok: true,
    message: 'Analyse réflexive du dossier rédigée.',
    traceIds: [],
  },
];

const sentences = (locale: 'fr' | 'en') =>
  mount(ReadinessChecklist, { props: { checks }, global: { plugins: appPlugins(locale).plugins } })
    .findAll('.readiness__message')
    .map((m) => m.text());

describe('ReadinessChecklist', () => {
  it('writes each check from its reason in the interface language, numbers as each writes them', () => {
    expect(sentences('fr')).toEqual([
      'C1.1 est couverte par 1 trace.',
      'PFMP : 4,5 semaines enregistrées sur 12 exigées : complétez vos périodes de formation en milieu professionnel.',
      'Analyse réflexive du dossier rédigée.',
    ]);
    expect(sentences('en')).toEqual([
      'C1.1 is covered by 1 trace.',
      'PFMP: 4.5 weeks recorded of the 12 required: complete your work placement periods.',
      'Analyse réflexive du dossier rédigée.',
    ]);
  });
});
