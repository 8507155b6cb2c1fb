import type { RateBucket, RateRule } from '../limits/rate-limiter.service.js';

/**
 * A candidate names tutors by e-mail: 10 a day. Whether an e-mail already has an account cannot be
 * hidden from the person who may create one (an existing account answers 409), so the answer
 * stays one generic sentence and the rate makes probing addresses impractical (decision 42).
 */
export const TUTOR_INVITATIONS: RateBucket = {
  name: 'pfmp_tutor_invitation',
  windowMinutes: 24 * 60,
  message: (minutes) =>
    `Vous avez déjà indiqué 10 tuteurs par e-mail aujourd'hui : réessayez dans ${Math.ceil(minutes / 60)} h, ou demandez à votre formateur. / Too many tutor invitations today.`,
};

export const tutorInvitationRules = (candidateId: string): RateRule[] => [
  { key: `candidate:${candidateId}`, max: 10 },
];
