import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Secret, expiring, revocable read-only links to one submission. */
export class ShareLinks1764800000000 implements MigrationInterface {
  name = 'ShareLinks1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE share_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        submission_id uuid NOT NULL REFERENCES submission(id),
        token_hash char(64) NOT NULL UNIQUE,
        label text NOT NULL DEFAULT '',
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await runner.query(`CREATE INDEX share_link_submission ON share_link (submission_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE share_link');
  }
}
