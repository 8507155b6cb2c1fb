import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login failures and password-reset requests are counted per key in fixed windows, checked and
 * counted in one upsert (auth/rate-limiter.service.ts): the old log of attempts was read and then
 * written in two statements, which 30 requests at once could race (issue 13).
 */
export class RateLimits1765500000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE rate_limit (
        bucket text NOT NULL,
        key text NOT NULL,
        hits integer NOT NULL,
        window_start timestamptz NOT NULL,
        PRIMARY KEY (bucket, key)
      )`);
    await runner.query(`CREATE INDEX rate_limit_window_start ON rate_limit (window_start)`);
    await runner.query(`DROP TABLE login_attempt`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE login_attempt (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        succeeded boolean NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX login_attempt_email ON login_attempt (lower(email), at)`);
    await runner.query(`CREATE INDEX login_attempt_ip ON login_attempt (ip, at)`);
    await runner.query(`DROP TABLE rate_limit`);
  }
}
