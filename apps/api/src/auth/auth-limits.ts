import type { RateBucket, RateRule } from '../limits/rate-limiter.service.js';

/** Failed logins: 10 per account and 10 per address in 15 minutes. */
export const LOGIN_FAILURES: RateBucket = {
  name: 'login_failure',
  windowMinutes: 15,
  refusal: 'TOO_MANY_LOGIN_FAILURES',
  waitUnit: 'minutes',
};

export const loginRules = (email: string, ip: string): RateRule[] => [
  { key: `email:${email.toLowerCase()}`, max: 10 },
  { key: `ip:${ip}`, max: 10 },
];

/**
 * Password-reset requests: 3 per e-mail and 20 per address an hour, counted whether the account
 * exists or not (the answer must not tell). A school's pupils often share one public address.
 */
export const PASSWORD_RESETS: RateBucket = {
  name: 'password_reset',
  windowMinutes: 60,
  refusal: 'TOO_MANY_RESET_REQUESTS',
  waitUnit: 'minutes',
};

export const passwordResetRules = (email: string, ip: string): RateRule[] => [
  { key: `email:${email.toLowerCase()}`, max: 3 },
  { key: `ip:${ip}`, max: 20 },
];

/** While a reset link younger than this is unused, no new one is sent. */
export const RESET_RESEND_MINUTES = 15;
