import type { RateBucket, RateRule } from '../limits/rate-limiter.service.js';

/**
 * A candidate names tutors by e-mail: 10 a day. Whether an e-mail already has an account cannot be
 * hidden from the person who may create one (an existing account answers 409), so the answer
 * stays one generic sentence and the rate makes probing addresses impractical (decision 42).
 */
export const TUTOR_INVITATIONS: RateBucket = {
  name: 'pfmp_tutor_invitation',
  windowMinutes: 24 * 60,
  refusal: 'TOO_MANY_TUTOR_INVITATIONS',
  waitUnit: 'hours',
};

export const tutorInvitationRules = (candidateId: string): RateRule[] => [
  { key: `candidate:${candidateId}`, max: 10 },
];
