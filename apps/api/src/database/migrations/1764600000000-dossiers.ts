import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Exam dossiers (selection of traces per exam) and their immutable submissions. */
export class Dossiers1764600000000 implements MigrationInterface {
  name = 'Dossiers1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE dossier (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES app_user(id),
        exam text NOT NULL CHECK (exam IN ('E1', 'E2', 'E3')),
        presentation text NOT NULL DEFAULT '',
        project jsonb,
        highlights jsonb NOT NULL DEFAULT '[]'::jsonb,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (candidate_id, exam)
      )`);
    await runner.query(`
      CREATE TABLE dossier_item (
        dossier_id uuid NOT NULL REFERENCES dossier(id) ON DELETE CASCADE,
        trace_id uuid NOT NULL REFERENCES trace(id) ON DELETE CASCADE,
        position integer NOT NULL,
        comment text NOT NULL DEFAULT '',
        PRIMARY KEY (dossier_id, trace_id)
      )`);
    await runner.query(`
      CREATE TABLE submission (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES app_user(id),
        exam text NOT NULL CHECK (exam IN ('E1', 'E2', 'E3')),
        submitted_at timestamptz NOT NULL DEFAULT now(),
        acknowledged_incomplete boolean NOT NULL,
        readiness jsonb NOT NULL,
        manifest text NOT NULL,
        manifest_sha256 char(64) NOT NULL
      )`);
    await runner.query(
      `CREATE INDEX submission_candidate ON submission (candidate_id, exam, submitted_at DESC)`,
    );
    // The objects a submission references; storage keeps them while a row here names them.
    await runner.query(`
      CREATE TABLE submission_file (
        submission_id uuid NOT NULL REFERENCES submission(id),
        id uuid NOT NULL,
        storage_key text NOT NULL,
        path text NOT NULL,
        size bigint NOT NULL,
        media_type text NOT NULL,
        sha256 char(64) NOT NULL,
        PRIMARY KEY (submission_id, id)
      )`);
    await runner.query(`CREATE INDEX submission_file_key ON submission_file (storage_key)`);
    // Immutable: the database refuses to change or remove a submission or its files.
    await runner.query(`
      CREATE FUNCTION submission_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'submissions are immutable';
      END $$`);
    for (const table of ['submission', 'submission_file']) {
      await runner.query(`
        CREATE TRIGGER ${table}_immutable BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION submission_immutable()`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE submission_file');
    await runner.query('DROP TABLE submission');
    await runner.query('DROP FUNCTION submission_immutable');
    await runner.query('DROP TABLE dossier_item');
    await runner.query('DROP TABLE dossier');
  }
}
