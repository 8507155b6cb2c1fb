import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Establishments, cohorts, users and roles, assignments, sessions, one-time links, login attempts, audit. */
export class Accounts1764400000000 implements MigrationInterface {
  name = 'Accounts1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE establishment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        uai text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE cohort (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        establishment_id uuid NOT NULL REFERENCES establishment(id),
        name text NOT NULL,
        school_year text NOT NULL CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
        referential_version text NOT NULL REFERENCES referential_version(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (establishment_id, name, school_year)
      )`);
    await runner.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        establishment_id uuid NOT NULL REFERENCES establishment(id),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text,
        roles text[] NOT NULL CHECK (
          cardinality(roles) > 0
          AND roles <@ ARRAY['candidate', 'tutor', 'teacher', 'examiner', 'admin']::text[]
        ),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    // E-mails are compared case-insensitively; one account per address on the platform.
    await runner.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`);
    await runner.query(`
      CREATE TABLE candidate_profile (
        user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
        cohort_id uuid NOT NULL REFERENCES cohort(id),
        status text NOT NULL,
        positionne boolean NOT NULL DEFAULT false
      )`);
    await runner.query(`CREATE INDEX candidate_profile_cohort ON candidate_profile (cohort_id)`);
    await runner.query(`
      CREATE TABLE tutor_assignment (
        tutor_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tutor_id, candidate_id)
      )`);
    await runner.query(
      `CREATE INDEX tutor_assignment_candidate ON tutor_assignment (candidate_id)`,
    );
    await runner.query(`
      CREATE TABLE teacher_cohort (
        teacher_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        cohort_id uuid NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (teacher_id, cohort_id)
      )`);
    await runner.query(`CREATE INDEX teacher_cohort_cohort ON teacher_cohort (cohort_id)`);
    // Server-side sessions (express-session store); shared by every API replica.
    await runner.query(`
      CREATE TABLE http_session (
        sid text PRIMARY KEY,
        sess jsonb NOT NULL,
        expire timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX http_session_expire ON http_session (expire)`);
    // One-time links (invitation, password reset); only a hash of the token is stored.
    await runner.query(`
      CREATE TABLE one_time_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('invitation', 'password_reset')),
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
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
    await runner.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        establishment_id uuid REFERENCES establishment(id),
        actor_id uuid, -- no foreign key: events outlive the accounts they name
        action text NOT NULL,
        subject_type text,
        subject_id text,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        ip text
      )`);
    await runner.query(
      `CREATE INDEX audit_event_establishment ON audit_event (establishment_id, at DESC)`,
    );
    // Append-only: the database itself refuses to change or remove an audit event.
    await runner.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only';
      END $$`);
    await runner.query(`
      CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE audit_event');
    await runner.query('DROP FUNCTION audit_event_append_only');
    for (const table of [
      'login_attempt',
      'one_time_token',
      'http_session',
      'teacher_cohort',
      'tutor_assignment',
      'candidate_profile',
      'app_user',
      'cohort',
      'establishment',
    ]) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
