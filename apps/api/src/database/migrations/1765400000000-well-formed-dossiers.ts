import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Before the DTO required an object, `"project": []` (or any JSON) was stored as is, and every view
 * of that dossier answered 500 (issue 13): such values become "no project" / "no highlights".
 */
export class WellFormedDossiers1765400000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `UPDATE dossier SET project = NULL WHERE project IS NOT NULL AND jsonb_typeof(project) <> 'object'`,
    );
    await runner.query(
      `UPDATE dossier SET highlights = '[]'::jsonb WHERE jsonb_typeof(highlights) <> 'array'`,
    );
  }

  async down(): Promise<void> {
    // Nothing to restore: the values cleared had no meaning.
  }
}
