import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export const MAX_FAILURES = 10;
export const WINDOW_MINUTES = 15;

/**
 * More than MAX_FAILURES failed logins for one account or from one address within WINDOW_MINUTES
 * → 429 with Retry-After. Attempts are kept in PostgreSQL so every replica counts the same.
 */
/** 429; the controller turns `retryAfter` (seconds) into the Retry-After header. */
export class TooManyLogins extends HttpException {
  constructor(readonly retryAfter: number) {
    super(
      {
        statusCode: 429,
        error: 'Too Many Requests',
        message: `Trop d'échecs de connexion : réessayez dans ${Math.ceil(retryAfter / 60)} min. / Too many failed logins: retry later.`,
        retryAfter,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

@Injectable()
export class LoginThrottle {
  constructor(private readonly db: DataSource) {}

  /** Throws 429 when the account or the address has used up its failures. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const [row] = (await this.db.query(
      `SELECT
         count(*) FILTER (WHERE lower(email) = lower($1))::int AS by_email,
         count(*) FILTER (WHERE ip = $2)::int AS by_ip,
         min(at) FILTER (WHERE lower(email) = lower($1)) AS oldest_email,
         min(at) FILTER (WHERE ip = $2) AS oldest_ip
       FROM login_attempt
       WHERE NOT succeeded AND at > now() - make_interval(mins => $3)
         AND (lower(email) = lower($1) OR ip = $2)`,
      [email, ip, WINDOW_MINUTES],
    )) as { by_email: number; by_ip: number; oldest_email: Date | null; oldest_ip: Date | null }[];
    if (!row) return;
    const oldest =
      row.by_email >= MAX_FAILURES
        ? row.oldest_email
        : row.by_ip >= MAX_FAILURES
          ? row.oldest_ip
          : null;
    if (!oldest) return;
    const retryAfter = Math.max(
      1,
      Math.ceil((new Date(oldest).getTime() + WINDOW_MINUTES * 60_000 - Date.now()) / 1000),
    );
    throw new TooManyLogins(retryAfter);
  }

  async record(email: string, ip: string, succeeded: boolean): Promise<void> {
    await this.db.query(`INSERT INTO login_attempt (email, ip, succeeded) VALUES ($1, $2, $3)`, [
      email,
      ip,
      succeeded,
    ]);
  }
}
