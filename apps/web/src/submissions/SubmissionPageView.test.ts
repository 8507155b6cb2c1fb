import { describe, expect, it } from 'vitest';
import type { Submission } from '../api/types';
import { adminUser, candidateUser } from '../test/session-fixtures';
import { jsonResponse } from '../test/support';
import { mountAt, tutorUser } from '../tutoring/tutoring-fixtures';
import SubmissionPageView from './SubmissionPageView.vue';

const ID = '44444444-4444-4444-8444-444444444444';
const submission = {
  id: ID,
  candidateId: candidateUser.id,
  exam: 'E2',
  mode: 'ccf',
  submittedAt: '2027-03-01T10:00:00.000Z',
  acknowledgedIncomplete: false,
  readiness: { ready: true, checks: [] },
  presentation: 'Présentation figée',
  project: null,
  highlights: [],
  items: [],
  referentialVersion: 'mc-sno-v1',
  pfmp: { periods: [], totalWeeks: 0, minimumWeeks: 0 },
  manifestSha256: 'b'.repeat(64),
} as unknown as Submission;
const api = (request: Request) =>
  new URL(request.url).pathname === `/api/submissions/${ID}` ? jsonResponse(submission) : null;

describe('SubmissionPageView (where a notification about a submission leads)', () => {
  it('shows the frozen submission and leads its candidate to their own dossier', async () => {
    const { wrapper } = await mountAt(SubmissionPageView, `/depots/${ID}`, candidateUser, api);
    expect(wrapper.text()).toContain('Présentation figée');
    expect(wrapper.get('a[href="/dossiers/E2"]').text()).toBe('Voir le dossier E2');
    expect(wrapper.find('.comment-thread').exists()).toBe(true);
    wrapper.unmount();
  });

  it('leads staff to the candidate’s dossier page, and a tutor nowhere they cannot go', async () => {
    const staff = await mountAt(SubmissionPageView, `/depots/${ID}`, adminUser, api);
    expect(
      staff.wrapper.find(`a[href="/candidats/${candidateUser.id}/dossiers/E2"]`).exists(),
    ).toBe(true);
    staff.wrapper.unmount();
    const tutor = await mountAt(SubmissionPageView, `/depots/${ID}`, tutorUser, () => null);
    expect(tutor.wrapper.get('[role="alert"]').text()).toContain('introuvable');
    tutor.wrapper.unmount();
  });
});
