import type { MigrationInterface, QueryRunner } from 'typeorm';

/** PFMP periods (internships), with their proof (attestation or work certificate) and the tutor's bilan. */
export class Pfmp1764700000000 implements MigrationInterface {
  name = 'Pfmp1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE pfmp_period (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES app_user(id),
        organisation_name text NOT NULL CHECK (length(organisation_name) BETWEEN 1 AND 200),
        organisation_address text NOT NULL DEFAULT '',
        siret text CHECK (siret ~ '^[0-9]{14}$'),
        tutor_id uuid REFERENCES app_user(id),
        starts_on date NOT NULL,
        ends_on date NOT NULL CHECK (ends_on >= starts_on),
        absence_days integer NOT NULL DEFAULT 0 CHECK (absence_days >= 0),
        proof_storage_key text UNIQUE,
        proof_name text,
        proof_size bigint,
        proof_media_type text,
        proof_sha256 char(64),
        bilan jsonb,
        bilan_completed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await runner.query(
      `CREATE INDEX pfmp_period_candidate ON pfmp_period (candidate_id, starts_on)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE pfmp_period');
  }
}
