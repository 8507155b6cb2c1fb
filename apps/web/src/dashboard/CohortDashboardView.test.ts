import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { CohortDashboard, DashboardCandidate, SessionUser } from '../api/types';
import { createAppRouter } from '../router';
import { useSessionStore } from '../stores/session';
import { referentialFixture } from '../test/referential-fixture';
import { sessionApi } from '../test/session-fixtures';
import { appPlugins, jsonResponse, stubFetch, stubMatchMedia } from '../test/support';
import CohortDashboardView from './CohortDashboardView.vue';

const teacher: SessionUser = {
  id: '00000000-0000-4000-8000-000000000009',
  email: 'formatrice@demo.dossier-sno.fr',
  displayName: 'Fatou Formatrice',
  roles: ['teacher'],
};
const COHORT = '11111111-1111-4111-8111-111111111111';
const competences = ['C1.1', 'C1.2', 'C1.3', 'C2.1', 'C2.2', 'C2.3', 'C3.1', 'C3.2', 'C3.3'];

function candidate(
  id: string,
  displayName: string,
  traces: number[],
  over: Partial<DashboardCandidate> = {},
): DashboardCandidate {
  return {
    id,
    displayName,
    status: 'scolaire_public_ou_prive_sous_contrat',
    positionne: false,
    mode: 'ccf',
    traceCount: traces.reduce((a, b) => a + b, 0),
    coverage: competences.map((code, i) => ({
      code,
      traces: traces[i] ?? 0,
      attested: i === 0 ? 1 : 0,
    })),
    pfmp: { weeks: 12, minimumWeeks: 12 },
    exams: [
      { exam: 'E1', ready: true, failing: 0, lastSubmittedAt: '2027-03-01T10:00:00.000Z' },
      { exam: 'E2', ready: false, failing: 2, lastSubmittedAt: null },
      { exam: 'E3', ready: false, failing: 1, lastSubmittedAt: null },
    ],
    lastActivityAt: new Date().toISOString(),
    ...over,
  };
}

const dashboard: CohortDashboard = {
  cohortId: COHORT,
  cohortName: 'MC SNO 2026',
  referentialVersion: 'mc-sno-v1',
  competences,
  candidates: [
    candidate('00000000-0000-4000-8000-00000000000a', 'Zoé Martin', [3, 0, 1]),
    candidate('00000000-0000-4000-8000-00000000000b', 'Éloïse Bernard', [10, 2], {
      pfmp: { weeks: 7, minimumWeeks: 8 },
      lastActivityAt: null,
    }),
  ],
};

async function mountDashboard(path = `/suivi/${COHORT}`, cohorts: unknown[] = []) {
  stubMatchMedia();
  const fetch = stubFetch(
    sessionApi(teacher, (request) => {
      const url = new URL(request.url).pathname;
      if (url === `/api/cohorts/${COHORT}/dashboard`) return jsonResponse(dashboard);
      if (url === '/api/cohorts') return jsonResponse(cohorts);
      if (url === '/api/referential') return jsonResponse(referentialFixture());
      return null;
    }),
  );
  const { plugins } = appPlugins('fr');
  useSessionStore().user = teacher;
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(CohortDashboardView, {
    props: { cohortId: router.currentRoute.value.params.cohortId as string | undefined },
    global: { plugins: [...plugins, router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { fetch, wrapper, router };
}

const names = (wrapper: Awaited<ReturnType<typeof mountDashboard>>['wrapper']) =>
  wrapper.findAll('tbody tr').map((tr) => tr.find('td a').text());

afterEach(() => {
  document.body.innerHTML = '';
});

describe('CohortDashboardView', () => {
  it('shows candidates × competences with counts in words for screen readers, sorted by name', async () => {
    const { wrapper } = await mountDashboard();
    expect(wrapper.get('h1').text()).toBe('Suivi de la cohorte MC SNO 2026');
    expect(names(wrapper)).toEqual(['Éloïse Bernard', 'Zoé Martin']);
    const zoe = wrapper.findAll('tbody tr')[1]!;
    expect(zoe.find('td a').attributes('href')).toBe(
      '/candidats/00000000-0000-4000-8000-00000000000a',
    );
    // The exams and last activity come right after the name, so that they show without scrolling.
    expect(wrapper.findAll('thead th').map((th) => th.text().replace(/\s+/g, ' ').trim())).toEqual([
      'Personne candidate',
      'E1',
      'E2',
      'E3',
      'Dernière activité',
      'PFMP',
      'Traces',
      ...competences,
    ]);
    const firstCell = zoe.findAll('td')[7]!;
    expect(firstCell.find('.heat--2').exists()).toBe(true);
    expect(firstCell.find('.sr-only').text()).toBe('3 traces, dont 1 attestée');
    expect(zoe.findAll('td')[8]!.find('.heat--0').exists()).toBe(true);
    // The part that scrolls sideways is named and reachable from the keyboard.
    const region = wrapper.get('[role="region"]');
    expect(region.attributes('aria-label')).toBe(
      'Tableau de suivi de la cohorte (défile horizontalement)',
    );
    expect(region.attributes('tabindex')).toBe('0');
    expect(wrapper.text()).toContain('2 points à compléter');
    expect(wrapper.text()).toContain('Déposé le 1er mars 2027');
    expect(wrapper.find('abbr[title]').text()).toBe('C1.1');
    expect(wrapper.get('a[download]').attributes('href')).toBe(
      `/api/cohorts/${COHORT}/dashboard.csv`,
    );
    wrapper.unmount();
  });

  it('says who is below the PFMP minimum and has no activity, in text', async () => {
    const { wrapper } = await mountDashboard();
    const eloise = wrapper.findAll('tbody tr')[0]!;
    expect(eloise.text()).toContain('7 / 8 semaines');
    expect(eloise.text()).toContain('Sous le minimum');
    expect(eloise.text()).toContain('Aucune');
    wrapper.unmount();
  });

  it('filters by name, accents ignored, and announces the count', async () => {
    const { wrapper } = await mountDashboard();
    await wrapper.get('#dashboard-query').setValue('eloise');
    expect(names(wrapper)).toEqual(['Éloïse Bernard']);
    expect(wrapper.get('[role="status"]').text()).toBe('1 personne candidate affichée sur 2');
    wrapper.unmount();
  });

  it('sorts by a competence column when its header is activated', async () => {
    const { wrapper } = await mountDashboard();
    const header = wrapper.findAll('thead th').find((th) => th.text() === 'C1.2')!;
    await header.trigger('click');
    expect(names(wrapper)).toEqual(['Zoé Martin', 'Éloïse Bernard']);
    await header.trigger('click');
    expect(names(wrapper)).toEqual(['Éloïse Bernard', 'Zoé Martin']);
    wrapper.unmount();
  });

  it('goes straight to the only cohort a teacher follows', async () => {
    const { router, wrapper } = await mountDashboard('/suivi', [
      { id: COHORT, name: 'MC SNO 2026', schoolYear: '2026-2027' },
    ]);
    expect(router.currentRoute.value.fullPath).toBe(`/suivi/${COHORT}`);
    wrapper.unmount();
  });
});
