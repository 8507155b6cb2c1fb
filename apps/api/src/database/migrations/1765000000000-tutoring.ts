import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tutors' attestations of PFMP traces and PFMP bilans. The bilan moves from the unused
 * `pfmp_period.bilan` column to its own table (drafts have their own version, so the tutor and the
 * candidate editing the period never conflict); `pfmp_period.bilan_completed_at` stays the flag
 * readiness reads, set in the transaction that completes the bilan.
 */
export class Tutoring1765000000000 implements MigrationInterface {
  name = 'Tutoring1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE trace_attestation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        trace_id uuid NOT NULL REFERENCES trace(id) ON DELETE CASCADE,
        tutor_id uuid NOT NULL REFERENCES app_user(id),
        attested_at timestamptz NOT NULL DEFAULT now(),
        comment text NOT NULL DEFAULT '',
        trace_version integer NOT NULL,
        UNIQUE (trace_id, tutor_id)
      )`);
    await runner.query(`CREATE INDEX trace_attestation_tutor ON trace_attestation (tutor_id)`);
    await runner.query(`
      CREATE TABLE pfmp_bilan (
        period_id uuid PRIMARY KEY REFERENCES pfmp_period(id) ON DELETE CASCADE,
        tutor_id uuid NOT NULL REFERENCES app_user(id),
        activities text NOT NULL DEFAULT '',
        competences jsonb NOT NULL DEFAULT '[]',
        transversal jsonb NOT NULL DEFAULT '[]',
        comment text NOT NULL DEFAULT '',
        completed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await runner.query(`ALTER TABLE pfmp_period DROP COLUMN bilan`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE pfmp_period ADD COLUMN bilan jsonb`);
    await runner.query('DROP TABLE pfmp_bilan');
    await runner.query('DROP TABLE trace_attestation');
  }
}
