import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Exam sessions, their commissions and candidates, and the commissions' evaluations. */
export class Exams1765100000000 implements MigrationInterface {
  name = 'Exams1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE exam_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        establishment_id uuid NOT NULL REFERENCES establishment(id),
        exam text NOT NULL CHECK (exam IN ('E1', 'E2', 'E3')),
        mode text NOT NULL CHECK (mode IN ('ccf', 'ponctuel')),
        label text NOT NULL,
        oral_starts_on date NOT NULL,
        oral_ends_on date NOT NULL,
        submission_deadline timestamptz NOT NULL,
        retention_until date NOT NULL,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await runner.query(
      `CREATE INDEX exam_session_establishment ON exam_session (establishment_id)`,
    );
    await runner.query(`
      CREATE TABLE exam_session_member (
        session_id uuid NOT NULL REFERENCES exam_session(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id),
        PRIMARY KEY (session_id, user_id)
      )`);
    await runner.query(`CREATE INDEX exam_session_member_user ON exam_session_member (user_id)`);
    await runner.query(`
      CREATE TABLE exam_session_candidate (
        session_id uuid NOT NULL REFERENCES exam_session(id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES app_user(id),
        PRIMARY KEY (session_id, candidate_id)
      )`);
    await runner.query(
      `CREATE INDEX exam_session_candidate_candidate ON exam_session_candidate (candidate_id)`,
    );
    await runner.query(`
      CREATE TABLE evaluation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES exam_session(id),
        candidate_id uuid NOT NULL REFERENCES app_user(id),
        scores jsonb NOT NULL DEFAULT '{}',
        proposed_mark numeric(3,1) CHECK (proposed_mark BETWEEN 0 AND 20 AND proposed_mark * 2 = round(proposed_mark * 2)),
        notes text NOT NULL DEFAULT '',
        locked_at timestamptz,
        updated_by uuid REFERENCES app_user(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (session_id, candidate_id)
      )`);
    await runner.query(`
      CREATE TABLE evaluation_sign_off (
        evaluation_id uuid NOT NULL REFERENCES evaluation(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        signed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (evaluation_id, user_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'DROP TABLE evaluation_sign_off, evaluation, exam_session_candidate, exam_session_member, exam_session',
    );
  }
}
