import { describe, expect, it } from 'vitest';
import type { DashboardCandidate } from '../api/types';
import { furthestBehind, lagOf } from './behind';

const candidate = (
  displayName: string,
  failing: number[],
  weeks: number,
  lastActivityAt: string | null,
): DashboardCandidate =>
  ({
    id: displayName,
    displayName,
    exams: failing.map((f, i) => ({ exam: `E${i + 1}`, ready: f === 0, failing: f })),
    pfmp: { weeks, minimumWeeks: 12 },
    lastActivityAt,
  }) as unknown as DashboardCandidate;

describe('furthestBehind', () => {
  it('ranks by failing checks, then missing PFMP weeks, then the oldest activity, and leaves out those done', () => {
    const done = candidate('Done', [0, 0, 0], 12, '2027-03-01T00:00:00Z');
    const idle = candidate('Idle', [1, 0, 0], 12, null);
    const recent = candidate('Recent', [1, 0, 0], 12, '2027-03-01T00:00:00Z');
    const weeks = candidate('Weeks', [1, 0, 0], 4, '2027-03-02T00:00:00Z');
    const most = candidate('Most', [3, 2, 1], 12, '2027-03-03T00:00:00Z');
    expect(furthestBehind([done, idle, recent, weeks, most], 10).map((c) => c.displayName)).toEqual(
      ['Most', 'Weeks', 'Idle', 'Recent'],
    );
    expect(furthestBehind([done, idle, recent, weeks, most], 2)).toHaveLength(2);
    expect(lagOf(weeks)).toEqual({ failing: 1, missingWeeks: 8 });
  });
});
