import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1764380000000 implements MigrationInterface {
  name = 'Init1764380000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE referential_version (
        id text PRIMARY KEY,
        title text NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE referential_version');
  }
}
