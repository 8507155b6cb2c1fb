import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ties each PFMP trace of a candidate to the period of theirs whose dates contain the trace's
 * (`occurred_on` to `occurred_until`, or the one day): exactly one such period, else left NULL (no
 * period, or overlapping periods: the candidate chooses). Shared with the backfill test.
 */
export const BACKFILL_TRACE_PERIODS = `UPDATE trace t SET pfmp_period_id = m.period_id
  FROM (
    SELECT t2.id AS trace_id, min(p.id::text)::uuid AS period_id
    FROM trace t2 JOIN pfmp_period p ON p.candidate_id = t2.owner_id
      AND p.starts_on <= t2.occurred_on AND coalesce(t2.occurred_until, t2.occurred_on) <= p.ends_on
    WHERE t2.context = 'pfmp' AND t2.pfmp_period_id IS NULL
    GROUP BY t2.id HAVING count(*) = 1
  ) m
  WHERE t.id = m.trace_id`;

/**
 * A trace records the PFMP period it was done in (issue 13): a tutor reaches only the traces of
 * the periods they tutor. Deleting the period unties its traces.
 */
export class TracePfmpPeriod1765600000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE trace ADD COLUMN pfmp_period_id uuid NULL
         REFERENCES pfmp_period(id) ON DELETE SET NULL`,
    );
    await runner.query(`CREATE INDEX trace_pfmp_period_idx ON trace (pfmp_period_id)`);
    // The policy looks up the periods a tutor tutors on every tutor request.
    await runner.query(`CREATE INDEX pfmp_period_tutor ON pfmp_period (tutor_id)`);
    await runner.query(BACKFILL_TRACE_PERIODS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX pfmp_period_tutor`);
    await runner.query(`ALTER TABLE trace DROP COLUMN pfmp_period_id`);
  }
}
