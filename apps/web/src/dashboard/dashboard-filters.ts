import type { DashboardCandidate, ExamCode } from '../api/types';
import { fold } from '../ui/fold';

/** What the teacher wants to look at: everyone, or those who need attention for one reason. */
export type Attention = 'all' | `notReady:${ExamCode}` | 'pfmpShort' | 'inactive';

export const ATTENTIONS: readonly Attention[] = [
  'all',
  'notReady:E1',
  'notReady:E2',
  'notReady:E3',
  'pfmpShort',
  'inactive',
];

/** No change to a trace, PFMP period or submission for this long counts as inactive. */
export const INACTIVE_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

function needsAttention(c: DashboardCandidate, attention: Attention, now: Date): boolean {
  if (attention === 'all') return true;
  if (attention === 'pfmpShort') return c.pfmp.weeks < c.pfmp.minimumWeeks;
  if (attention === 'inactive') {
    return (
      !c.lastActivityAt ||
      now.getTime() - new Date(c.lastActivityAt).getTime() > INACTIVE_DAYS * DAY_MS
    );
  }
  const exam = attention.slice('notReady:'.length);
  return c.exams.some((e) => e.exam === exam && !e.ready);
}

/** The candidates whose name contains `query` and who need the chosen kind of attention. */
export function filterCandidates(
  candidates: readonly DashboardCandidate[],
  query: string,
  attention: Attention,
  now = new Date(),
): DashboardCandidate[] {
  const wanted = fold(query.trim());
  return candidates.filter(
    (c) => fold(c.displayName).includes(wanted) && needsAttention(c, attention, now),
  );
}

/** Heat-map level of a competence cell: none yet, a little, or well covered. */
export function heatLevel(traces: number): 0 | 1 | 2 {
  if (traces === 0) return 0;
  return traces < 3 ? 1 : 2;
}
