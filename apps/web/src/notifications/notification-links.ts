import type { RouteLocationRaw } from 'vue-router';
import type { AppNotification } from '../api/types';

/**
 * Where a notification leads: the page it talks about, in the candidate's own workspace for the
 * candidate, in the staff's read-only view of the candidate (or the PFMP bilan, the session) for
 * everyone else. A submission has its own page for both. Null when no page shows the subject.
 */
export function notificationLink(
  n: AppNotification,
  asCandidate: boolean,
): RouteLocationRaw | null {
  if (n.subjectType === 'submission')
    return { name: 'submission', params: { submissionId: n.subjectId } };
  if (asCandidate) {
    if (n.subjectType === 'trace') return { name: 'trace', params: { id: n.subjectId } };
    if (n.subjectType === 'dossier' && /^E[123]$/.test(n.subjectId))
      return { name: 'dossier', params: { exam: n.subjectId } };
    if (n.subjectType === 'pfmp_period') return { name: 'pfmp' };
    return null;
  }
  if (n.subjectType === 'pfmp_period')
    return { name: 'pfmp-bilan', params: { periodId: n.subjectId } };
  if (n.subjectType === 'exam_session')
    return { name: 'exam-session', params: { id: n.subjectId } };
  if (!n.candidateId) return null;
  if (n.subjectType === 'trace')
    return {
      name: 'candidate-trace',
      params: { candidateId: n.candidateId, traceId: n.subjectId },
    };
  if (n.subjectType === 'dossier' && /^E[123]$/.test(n.subjectId))
    return { name: 'candidate-dossier', params: { candidateId: n.candidateId, exam: n.subjectId } };
  return null;
}
