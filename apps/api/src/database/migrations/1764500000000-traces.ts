import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Traces (evidence) and their files. */
export class Traces1764500000000 implements MigrationInterface {
  name = 'Traces1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE trace (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES app_user(id),
        referential_version text NOT NULL REFERENCES referential_version(id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        context text NOT NULL
          CHECK (context IN ('centre', 'pfmp', 'projet', 'atelier', 'simulation', 'personnel')),
        occurred_on date NOT NULL,
        occurred_until date CHECK (occurred_until IS NULL OR occurred_until >= occurred_on),
        competences text[] NOT NULL DEFAULT '{}',
        detailed_competences text[] NOT NULL DEFAULT '{}',
        reflection text NOT NULL DEFAULT '',
        -- Names of the trace's files, kept by the service, so that search covers them.
        file_names text NOT NULL DEFAULT '',
        search tsvector GENERATED ALWAYS AS (
          to_tsvector('french', title || ' ' || description || ' ' || reflection || ' ' || file_names)
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await runner.query(`CREATE INDEX trace_owner ON trace (owner_id, occurred_on DESC)`);
    await runner.query(`CREATE INDEX trace_competences ON trace USING gin (competences)`);
    await runner.query(`CREATE INDEX trace_search ON trace USING gin (search)`);
    await runner.query(`
      CREATE TABLE trace_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        trace_id uuid NOT NULL REFERENCES trace(id) ON DELETE CASCADE,
        storage_key text NOT NULL UNIQUE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
        size bigint NOT NULL CHECK (size >= 0),
        media_type text NOT NULL,
        sha256 char(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX trace_file_trace ON trace_file (trace_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE trace_file');
    await runner.query('DROP TABLE trace');
  }
}
