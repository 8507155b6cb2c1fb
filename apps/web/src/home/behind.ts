import type { DashboardCandidate } from '../api/types';

/** What a candidate still lacks: failing readiness checks of E1–E3, and missing PFMP weeks. */
export function lagOf(c: DashboardCandidate): { failing: number; missingWeeks: number } {
  return {
    failing: c.exams.reduce((sum, e) => sum + e.failing, 0),
    missingWeeks: Math.max(0, c.pfmp.minimumWeeks - c.pfmp.weeks),
  };
}

/**
 * The candidates furthest behind, first: most failing checks, then most PFMP weeks missing, then
 * the longest without activity (never active counts as longest). Those with nothing left are out.
 */
export function furthestBehind(
  candidates: readonly DashboardCandidate[],
  count: number,
): DashboardCandidate[] {
  const last = (c: DashboardCandidate) => (c.lastActivityAt ? Date.parse(c.lastActivityAt) : 0);
  return candidates
    .filter((c) => {
      const lag = lagOf(c);
      return lag.failing > 0 || lag.missingWeeks > 0;
    })
    .sort((a, b) => {
      const [la, lb] = [lagOf(a), lagOf(b)];
      return lb.failing - la.failing || lb.missingWeeks - la.missingWeeks || last(a) - last(b);
    })
    .slice(0, count);
}
