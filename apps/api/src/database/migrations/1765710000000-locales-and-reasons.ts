import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15: each person has a language (e-mails are written in it), and a notification stores
 * why it was sent and with which names, so that each reader sees it in their own language. Rows
 * written before keep their French summary (reason NULL).
 */
export class LocalesAndReasons1765710000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE app_user ADD COLUMN locale text NOT NULL DEFAULT 'fr'
         CONSTRAINT app_user_locale_known CHECK (locale IN ('fr', 'en'))`,
    );
    await runner.query(`ALTER TABLE notification ADD COLUMN reason text NULL`);
    await runner.query(`ALTER TABLE notification ADD COLUMN params jsonb NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE notification DROP COLUMN params`);
    await runner.query(`ALTER TABLE notification DROP COLUMN reason`);
    await runner.query(`ALTER TABLE app_user DROP COLUMN locale`);
  }
}
