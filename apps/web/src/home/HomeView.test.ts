import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../api/types';
import { candidateUser } from '../test/session-fixtures';
import { jsonResponse } from '../test/support';
import { mountAt, tutorUser } from '../tutoring/tutoring-fixtures';
import HomeView from './HomeView.vue';

const teacherUser: SessionUser = {
  id: '00000000-0000-4000-8000-000000000007',
  email: 'formatrice@demo.dossier-sno.fr',
  displayName: 'Fanny Formatrice',
  roles: ['teacher'],
};

const dossier = (exam: string) => ({
  exam,
  mode: 'ccf',
  candidateId: candidateUser.id,
  version: 1,
  items: [],
  presentation: '',
  project: null,
  highlights: [],
  readiness: {
    ready: false,
    checks: [
      { code: 'PRESENTATION', ok: false, message: 'Rédigez l’analyse réflexive.', traceIds: [] },
    ],
  },
  submissions: [],
});

describe('HomeView (where each person stands)', () => {
  it('shows the candidate each dossier with the next thing to do, PFMP weeks, coverage and the latest comments', async () => {
    const { wrapper } = await mountAt(HomeView, '/', candidateUser, (request) => {
      const url = new URL(request.url).pathname;
      if (url === `/api/users/${candidateUser.id}`) return jsonResponse({ ...candidateUser });
      if (url.startsWith('/api/dossiers/')) return jsonResponse(dossier(url.slice(-2)));
      if (url === '/api/pfmp')
        return jsonResponse({
          periods: [],
          totalDays: 0,
          totalWeeks: 3,
          minimumWeeks: 12,
          tutors: [],
        });
      if (url === '/api/coverage')
        return jsonResponse({
          competences: [
            { code: 'C1.1', traces: 2, detailed: [] },
            { code: 'C1.2', traces: 0, detailed: [] },
          ],
        });
      if (url === '/api/notifications')
        return jsonResponse({
          items: [
            {
              id: 'n1',
              kind: 'comment',
              subjectType: 'dossier',
              subjectId: 'E1',
              candidateId: candidateUser.id,
              summary: 'Fanny a commenté le dossier E1.',
              createdAt: '2027-03-01T10:00:00.000Z',
              readAt: null,
            },
            {
              id: 'n2',
              kind: 'submission',
              subjectType: 'submission',
              subjectId: 'x',
              candidateId: candidateUser.id,
              summary: 'Pas un commentaire',
              createdAt: '2027-03-01T10:00:00.000Z',
              readAt: null,
            },
          ],
          total: 2,
          unreadCount: 2,
        });
      return null;
    });
    const cards = wrapper.findAll('.standing__card');
    expect(cards).toHaveLength(3);
    expect(cards[0]!.text()).toContain('Prochaine étape : Rédigez l’analyse réflexive.');
    expect(cards[0]!.get('a').attributes('href')).toBe('/dossiers/E1');
    expect(wrapper.text()).toContain('3 semaines sur les 12 exigées.');
    expect(wrapper.text()).toContain('Sans trace pour l’instant : C1.2.');
    expect(wrapper.text()).toContain('Fanny a commenté le dossier E1.');
    expect(wrapper.text()).not.toContain('Pas un commentaire');
    wrapper.unmount();
  });

  it('shows the tutor what to attest and which bilans to fill', async () => {
    const { wrapper } = await mountAt(HomeView, '/', tutorUser, (request) =>
      new URL(request.url).pathname === '/api/interns'
        ? jsonResponse([
            {
              candidateId: candidateUser.id,
              displayName: 'Camille Martin',
              periods: [],
              tracesToAttest: [{}, {}],
              bilansToFill: ['p1'],
            },
          ])
        : null,
    );
    expect(wrapper.text()).toContain('Camille Martin : 2 traces à attester, 1 bilan à remplir');
    wrapper.unmount();
  });

  it('shows the teacher who is furthest behind in each cohort, with a link to follow them', async () => {
    const { wrapper } = await mountAt(HomeView, '/', teacherUser, (request) => {
      const url = new URL(request.url).pathname;
      if (url === '/api/cohorts') return jsonResponse([{ id: 'c1', name: 'MC SNO A' }]);
      if (url === '/api/cohorts/c1/dashboard')
        return jsonResponse({
          cohortId: 'c1',
          cohortName: 'MC SNO A',
          candidates: [
            {
              id: 'a',
              displayName: 'Prête',
              exams: [{ failing: 0 }],
              pfmp: { weeks: 12, minimumWeeks: 12 },
              lastActivityAt: null,
            },
            {
              id: 'b',
              displayName: 'En retard',
              exams: [{ failing: 4 }],
              pfmp: { weeks: 2, minimumWeeks: 12 },
              lastActivityAt: null,
            },
          ],
        });
      return null;
    });
    expect(wrapper.text()).toContain("Qui a besoin d'un coup de pouce (MC SNO A)");
    expect(wrapper.get('a[href="/candidats/b"]').text()).toBe('En retard');
    expect(wrapper.text()).toContain('4 points à faire');
    expect(wrapper.text()).not.toContain('Prête');
    wrapper.unmount();
  });
});
