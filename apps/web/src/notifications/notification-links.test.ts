import { describe, expect, it } from 'vitest';
import type { AppNotification } from '../api/types';
import { notificationLink } from './notification-links';

const CANDIDATE = '00000000-0000-4000-8000-000000000002';
const ID = '11111111-1111-4111-8111-111111111111';

function notification(subjectType: string, subjectId = ID): AppNotification {
  return {
    id: '22222222-2222-4222-8222-222222222222',
    kind: 'comment',
    subjectType,
    subjectId,
    candidateId: CANDIDATE,
    summary: 'Quelqu’un a commenté.',
    createdAt: '2027-03-01T10:00:00.000Z',
    readAt: null,
  } as AppNotification;
}

describe('notificationLink', () => {
  it('leads the candidate into their own workspace', () => {
    expect(notificationLink(notification('trace'), true)).toEqual({
      name: 'trace',
      params: { id: ID },
    });
    expect(notificationLink(notification('dossier', 'E2'), true)).toEqual({
      name: 'dossier',
      params: { exam: 'E2' },
    });
    expect(notificationLink(notification('pfmp_period'), true)).toEqual({ name: 'pfmp' });
    expect(notificationLink(notification('submission'), true)).toEqual({
      name: 'submission',
      params: { submissionId: ID },
    });
  });

  it('leads staff to their read-only view of the candidate, the bilan or the session', () => {
    expect(notificationLink(notification('trace'), false)).toEqual({
      name: 'candidate-trace',
      params: { candidateId: CANDIDATE, traceId: ID },
    });
    expect(notificationLink(notification('submission'), false)).toEqual({
      name: 'submission',
      params: { submissionId: ID },
    });
    expect(notificationLink(notification('dossier', 'E1'), false)).toEqual({
      name: 'candidate-dossier',
      params: { candidateId: CANDIDATE, exam: 'E1' },
    });
    expect(notificationLink(notification('pfmp_period'), false)).toEqual({
      name: 'pfmp-bilan',
      params: { periodId: ID },
    });
    expect(notificationLink(notification('exam_session'), false)).toEqual({
      name: 'exam-session',
      params: { id: ID },
    });
  });
});
