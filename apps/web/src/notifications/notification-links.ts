import type { RouteLocationRaw } from 'vue-router';
import type { AppNotification } from '../api/types';

/**
 * Where a notification leads in the candidate's workspace. Staff pages about a candidate are not
 * routed here yet: their notifications show no link.
 */
export function candidateLink(n: AppNotification): RouteLocationRaw | null {
  if (n.subjectType === 'trace') return { name: 'trace', params: { id: n.subjectId } };
  if (n.subjectType === 'dossier' && /^E[123]$/.test(n.subjectId))
    return { name: 'dossier', params: { exam: n.subjectId } };
  return null;
}
