import { describe, expect, it } from 'vitest';
import type { Coverage, Dossier, PfmpRecord, User } from '../api/types';
import { adminUser, candidateUser } from '../test/session-fixtures';
import { jsonResponse } from '../test/support';
import { mountAt, tutorUser } from '../tutoring/tutoring-fixtures';
import CandidateDossierView from './CandidateDossierView.vue';
import CandidateView from './CandidateView.vue';

const TRACE = '11111111-1111-4111-8111-111111111111';
const PERIOD = '33333333-3333-4333-8333-333333333333';
const person = {
  id: candidateUser.id,
  displayName: 'Camille Martin',
  roles: ['candidate'],
} as unknown as User;

const dossier = (exam: Dossier['exam'], ready: boolean): Dossier => ({
  exam,
  mode: 'ccf',
  candidateId: candidateUser.id,
  version: 2,
  items: [
    {
      traceId: TRACE,
      comment: 'Mon premier incident',
      position: 0,
      title: 'Panne réseau',
      competences: ['C3.1'],
    },
  ],
  presentation: 'Ce que j’ai appris.',
  project: null,
  highlights: [],
  readiness: {
    ready,
    checks: ready
      ? [{ code: 'items', ok: true, message: 'Au moins une trace.', traceIds: [] }]
      : [
          {
            code: 'reflection',
            ok: false,
            message: 'Ajoutez l’analyse réflexive du dossier.',
            traceIds: [],
          },
        ],
  },
  submissions:
    exam === 'E1'
      ? [
          {
            id: '44444444-4444-4444-8444-444444444444',
            submittedAt: '2027-03-01T10:00:00.000Z',
            manifestSha256: 'a'.repeat(64),
            acknowledgedIncomplete: false,
          },
        ]
      : [],
});

const pfmp = {
  candidateId: candidateUser.id,
  periods: [
    {
      id: PERIOD,
      organisationName: 'Mairie de Lyon',
      startsOn: '2027-01-04',
      endsOn: '2027-01-29',
      bilanComplete: false,
    },
  ],
  totalDays: 20,
  totalWeeks: 4,
  minimumWeeks: 6,
  proofKind: 'attestation',
  tutors: [],
} as unknown as PfmpRecord;

const coverage = {
  candidateId: candidateUser.id,
  referentialVersion: 'mc-sno-v1',
  competences: [
    { code: 'C3.1', traces: 1, detailed: [] },
    { code: 'C3.2', traces: 0, detailed: [] },
  ],
} as unknown as Coverage;

/** The candidate's record as the API answers it; `asked` keeps the paths requested. */
function api(asked: string[]) {
  return (request: Request) => {
    const url = new URL(request.url);
    asked.push(url.pathname);
    if (
      url.searchParams.get('candidateId') !== candidateUser.id &&
      url.pathname !== `/api/users/${candidateUser.id}`
    )
      return null;
    if (url.pathname === `/api/users/${candidateUser.id}`) return jsonResponse(person);
    if (url.pathname === '/api/pfmp') return jsonResponse(pfmp);
    if (url.pathname === '/api/coverage') return jsonResponse(coverage);
    const exam = /^\/api\/dossiers\/(E[123])$/.exec(url.pathname)?.[1] as Dossier['exam'];
    if (exam) return jsonResponse(dossier(exam, exam === 'E3'));
    return null;
  };
}

describe('CandidateView (staff follow a candidate)', () => {
  it('shows a teacher or admin each dossier with its readiness and last submission, the PFMP weeks and the coverage', async () => {
    const asked: string[] = [];
    const { wrapper } = await mountAt(
      CandidateView,
      `/candidats/${candidateUser.id}`,
      adminUser,
      api(asked),
    );
    expect(wrapper.get('h1').text()).toBe('Camille Martin');
    const cards = wrapper.findAll('.standing__card');
    expect(cards.map((c) => c.get('h3').text())).toEqual([
      'Dossier E1',
      'Dossier E2',
      'Dossier E3',
    ]);
    expect(cards[0]!.text()).toContain('Pas encore prêt : 1 point à faire');
    expect(cards[0]!.text()).toMatch(/Dernier dépôt le 1er mars 2027/);
    expect(cards[2]!.text()).toContain('Prêt à être déposé');
    expect(cards[2]!.text()).toContain('Pas encore déposé');
    expect(cards[0]!.get('a').attributes('href')).toBe(
      `/candidats/${candidateUser.id}/dossiers/E1`,
    );
    expect(wrapper.text()).toContain('4 semaines sur les 6 exigées.');
    expect(wrapper.get(`a[href="/pfmp/${PERIOD}/bilan"]`).text()).toContain('Mairie de Lyon');
    expect(wrapper.text()).toContain('1 compétence sur 2 a au moins une trace.');
    expect(wrapper.text()).toContain('Sans trace pour l’instant : C3.2.');
    wrapper.unmount();
  });

  it('does not ask a tutor’s dossiers (the API keeps them to the record) and still shows the PFMP', async () => {
    const asked: string[] = [];
    const { wrapper } = await mountAt(
      CandidateView,
      `/candidats/${candidateUser.id}`,
      tutorUser,
      api(asked),
    );
    expect(asked.filter((p) => p.startsWith('/api/dossiers'))).toEqual([]);
    expect(wrapper.find('.standing__card').exists()).toBe(false);
    expect(wrapper.text()).toContain('Mairie de Lyon');
    wrapper.unmount();
  });

  it('says so when the candidate is out of reach, instead of an empty page', async () => {
    const { wrapper } = await mountAt(CandidateView, `/candidats/${TRACE}`, adminUser, () => null);
    expect(wrapper.get('[role="alert"]').text()).toContain('vous ne la suivez pas');
    wrapper.unmount();
  });
});

describe('CandidateDossierView (a dossier, read-only)', () => {
  it('shows readiness in words, the traces with links and comments, the texts and the submissions, with nothing to edit but the thread', async () => {
    const { wrapper } = await mountAt(
      CandidateDossierView,
      `/candidats/${candidateUser.id}/dossiers/E1`,
      adminUser,
      api([]),
    );
    expect(wrapper.get('h1').text()).toBe('Dossier E1 — Camille Martin');
    expect(wrapper.get('.readiness__check--todo').text()).toContain('À faire');
    expect(wrapper.get(`a[href="/candidats/${candidateUser.id}/traces/${TRACE}"]`).text()).toBe(
      'Panne réseau',
    );
    expect(wrapper.text()).toContain('Mon premier incident');
    expect(wrapper.text()).toContain('Ce que j’ai appris.');
    expect(wrapper.get('a[aria-current="page"]').text()).toBe('E1');
    expect(wrapper.find('a[href$="/export.pdf"]').exists()).toBe(true);
    // Only the comment thread takes input: the dossier itself is the candidate's to change.
    const fields = wrapper.findAll('input, textarea, select');
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.every((e) => e.element.closest('.comment-thread'))).toBe(true);
    wrapper.unmount();
  });
});
