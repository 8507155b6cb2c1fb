import { describe, expect, it } from 'vitest';
import type { DashboardCandidate } from '../api/types';
import { filterCandidates, heatLevel } from './dashboard-filters';

const now = new Date('2027-03-20T12:00:00Z');

function candidate(over: Partial<DashboardCandidate>): DashboardCandidate {
  return {
    id: over.displayName ?? 'x',
    displayName: 'X',
    status: 'scolaire_public_ou_prive_sous_contrat',
    positionne: false,
    mode: 'ccf',
    traceCount: 0,
    coverage: [],
    pfmp: { weeks: 12, minimumWeeks: 12 },
    exams: [
      { exam: 'E1', ready: true, failing: 0, lastSubmittedAt: null },
      { exam: 'E2', ready: true, failing: 0, lastSubmittedAt: null },
      { exam: 'E3', ready: true, failing: 0, lastSubmittedAt: null },
    ],
    lastActivityAt: '2027-03-19T12:00:00Z',
    ...over,
  };
}

const eloise = candidate({ displayName: 'Éloïse Durand' });
const short = candidate({ displayName: 'Marc', pfmp: { weeks: 7, minimumWeeks: 8 } });
const idle = candidate({ displayName: 'Inès', lastActivityAt: '2027-03-05T11:00:00Z' });
const never = candidate({ displayName: 'Jamais', lastActivityAt: null });
const notReady = candidate({
  displayName: 'Noah',
  exams: [
    { exam: 'E1', ready: true, failing: 0, lastSubmittedAt: null },
    { exam: 'E2', ready: false, failing: 2, lastSubmittedAt: null },
    { exam: 'E3', ready: true, failing: 0, lastSubmittedAt: null },
  ],
});
const all = [eloise, short, idle, never, notReady];
const names = (list: DashboardCandidate[]) => list.map((c) => c.displayName);

describe('filterCandidates', () => {
  it('finds names whatever the accents and case', () => {
    expect(names(filterCandidates(all, '  ELOISE ', 'all', now))).toEqual(['Éloïse Durand']);
    expect(filterCandidates(all, '', 'all', now)).toHaveLength(5);
  });

  it('keeps candidates not ready for the chosen exam only', () => {
    expect(names(filterCandidates(all, '', 'notReady:E2', now))).toEqual(['Noah']);
    expect(filterCandidates(all, '', 'notReady:E1', now)).toEqual([]);
  });

  it('keeps candidates below their PFMP minimum (7 of 8 weeks is short, 12 of 12 is not)', () => {
    expect(names(filterCandidates(all, '', 'pfmpShort', now))).toEqual(['Marc']);
  });

  it('calls inactive whoever did nothing for more than 14 days, or nothing at all', () => {
    expect(names(filterCandidates(all, '', 'inactive', now))).toEqual(['Inès', 'Jamais']);
  });

  it('combines the name and the attention filter', () => {
    expect(filterCandidates(all, 'marc', 'inactive', now)).toEqual([]);
  });
});

describe('heatLevel', () => {
  it('separates none, a little (1–2) and well covered (3+)', () => {
    expect([0, 1, 2, 3, 40].map(heatLevel)).toEqual([0, 1, 1, 2, 2]);
  });
});
