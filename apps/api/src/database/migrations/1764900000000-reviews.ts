import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Comment threads (trace, dossier, submission), notifications and per-person settings. */
export class Reviews1764900000000 implements MigrationInterface {
  name = 'Reviews1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    // One thread per subject: a trace (gone with it), a dossier (candidate × exam, which may not be
    // saved yet) or a submission (immutable, so its comments stay with it).
    await runner.query(`
      CREATE TABLE comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        subject_type text NOT NULL CHECK (subject_type IN ('trace', 'dossier', 'submission')),
        trace_id uuid REFERENCES trace(id) ON DELETE CASCADE,
        submission_id uuid REFERENCES submission(id),
        exam text CHECK (exam IN ('E1', 'E2', 'E3')),
        author_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        CHECK (
          (subject_type = 'trace' AND trace_id IS NOT NULL AND submission_id IS NULL AND exam IS NULL) OR
          (subject_type = 'submission' AND submission_id IS NOT NULL AND trace_id IS NULL AND exam IS NULL) OR
          (subject_type = 'dossier' AND exam IS NOT NULL AND trace_id IS NULL AND submission_id IS NULL)
        )
      )`);
    await runner.query(`CREATE INDEX comment_trace ON comment (trace_id, created_at)`);
    await runner.query(`CREATE INDEX comment_submission ON comment (submission_id, created_at)`);
    await runner.query(`CREATE INDEX comment_dossier ON comment (candidate_id, exam, created_at)`);

    await runner.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL
          CHECK (kind IN ('comment', 'attestation', 'bilan', 'submission', 'commission')),
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        candidate_id uuid REFERENCES app_user(id) ON DELETE CASCADE,
        summary text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        emailed_at timestamptz
      )`);
    await runner.query(
      `CREATE INDEX notification_recipient ON notification (recipient_id, created_at DESC)`,
    );
    await runner.query(
      `CREATE INDEX notification_to_email ON notification (recipient_id)
       WHERE read_at IS NULL AND emailed_at IS NULL`,
    );

    await runner.query(`
      CREATE TABLE user_settings (
        user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
        email_digest boolean NOT NULL DEFAULT true,
        last_digest_at timestamptz
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE user_settings');
    await runner.query('DROP TABLE notification');
    await runner.query('DROP TABLE comment');
  }
}
