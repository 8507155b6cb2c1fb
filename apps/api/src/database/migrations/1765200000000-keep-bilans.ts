import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A tutor's PFMP bilan no longer goes with its period: deleting a period that has one is refused
 * (the service answers 409 first; the constraint holds against a race with the tutor's first save).
 */
export class KeepBilans1765200000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE pfmp_bilan DROP CONSTRAINT pfmp_bilan_period_id_fkey`);
    await runner.query(
      `ALTER TABLE pfmp_bilan ADD CONSTRAINT pfmp_bilan_period_id_fkey
       FOREIGN KEY (period_id) REFERENCES pfmp_period(id) ON DELETE RESTRICT`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE pfmp_bilan DROP CONSTRAINT pfmp_bilan_period_id_fkey`);
    await runner.query(
      `ALTER TABLE pfmp_bilan ADD CONSTRAINT pfmp_bilan_period_id_fkey
       FOREIGN KEY (period_id) REFERENCES pfmp_period(id) ON DELETE CASCADE`,
    );
  }
}
