import type { SelectQueryBuilder } from 'typeorm';
import { type Actor, hasRole } from '../auth/actor.js';

/**
 * Who reaches what, as SQL: each scope restricts a query to the rows an actor reaches. Lists use
 * them directly; the bulk checks of access.repository.ts use them too, so a list and a check by id
 * never disagree.
 *
 * Two circles around a candidate: the **record** (all their traces, PFMP, dossiers, submissions
 * and threads) is reached by the candidate, the teachers of their cohort and the admins of their
 * establishment; an assigned **tutor** sees the person (their name, in lists) but reaches only
 * the PFMP periods they tutor, the traces tied to those periods (`trace.pfmp_period_id`) with
 * their files and threads, and those periods' bilans. Nobody reaches another establishment.
 * Named parameters: `:actorId`, `:establishmentId` (set by every scope).
 */

export const actorParams = (actor: Actor) => ({
  actorId: actor.id,
  establishmentId: actor.establishmentId,
});

/** The clauses (on users aliased `alias`) whose whole record `actor` reaches. */
function recordClauses(actor: Actor, alias: string): string[] {
  const clauses = [`${alias}.id = :actorId`];
  if (hasRole(actor, 'admin')) clauses.push('TRUE');
  if (hasRole(actor, 'teacher')) {
    clauses.push(
      `${alias}.id IN (SELECT cp.user_id FROM candidate_profile cp
         JOIN teacher_cohort tc ON tc.cohort_id = cp.cohort_id WHERE tc.teacher_id = :actorId)`,
    );
  }
  return clauses;
}

/** A condition on a column holding a user id: `actor` reaches that user's whole record. */
export function recordOf(actor: Actor, column: string): string {
  return `${column} IN (SELECT ru.id FROM app_user ru WHERE ru.establishment_id = :establishmentId
    AND (${recordClauses(actor, 'ru').join(' OR ')}))`;
}

/**
 * The periods `:actorId` tutors: named their tutor on the period and still assigned to the
 * candidate, a candidate of `:establishmentId`.
 */
export const TUTORED_PERIODS = `SELECT tp.id FROM pfmp_period tp
  JOIN tutor_assignment tta ON tta.candidate_id = tp.candidate_id AND tta.tutor_id = tp.tutor_id
  JOIN app_user tcu ON tcu.id = tp.candidate_id AND tcu.establishment_id = :establishmentId
  WHERE tp.tutor_id = :actorId`;

/** A session (alias `s`) whose commission may still read: its retention date has not passed. */
export const SESSION_OPEN = 's.retention_until >= current_date';

/** `:actorId` sits on the commission of session `s` and may still read. */
export const OPEN_MEMBER_OF_S = `(s.id IN (SELECT m.session_id FROM exam_session_member m
  WHERE m.user_id = :actorId) AND ${SESSION_OPEN})`;

/**
 * Whether the actor is a candidate of session `s`: nobody ever reaches a session they are
 * examined in (its marks, grids, commission), whatever other role they hold (issue 13).
 */
const ENROLLED_IN_S = `s.id IN (SELECT e.session_id FROM exam_session_candidate e WHERE e.candidate_id = :actorId)`;

/**
 * The id of the latest submission made before the deadline of session `s` by candidate `c` for
 * the session's exam: the only one its commission sees.
 */
export const LATEST_BEFORE_DEADLINE = `SELECT sub.id FROM submission sub
  WHERE sub.candidate_id = c.candidate_id AND sub.exam = s.exam AND sub.submitted_at <= s.submission_deadline
  ORDER BY sub.submitted_at DESC LIMIT 1`;

const scoped = <T extends object>(qb: SelectQueryBuilder<T>, actor: Actor, clauses: string[]) =>
  qb.andWhere(`(${clauses.join(' OR ')})`).setParameters(actorParams(actor));

/**
 * The people `actor` may see (users aliased `alias`): their record circle, a tutor's interns, and
 * for a teacher the establishment's tutors (they invite and assign them to their candidates).
 */
export function scopeUsers<T extends object>(
  qb: SelectQueryBuilder<T>,
  actor: Actor,
  alias = 'u',
): SelectQueryBuilder<T> {
  const clauses = recordClauses(actor, alias);
  if (hasRole(actor, 'teacher')) clauses.push(`'tutor' = ANY(${alias}.roles)`);
  if (hasRole(actor, 'tutor')) {
    clauses.push(
      `${alias}.id IN (SELECT ta.candidate_id FROM tutor_assignment ta WHERE ta.tutor_id = :actorId)`,
    );
  }
  return scoped(qb.andWhere(`${alias}.establishment_id = :establishmentId`), actor, clauses);
}

/** The cohorts `actor` may see: admins all of theirs, teachers those they follow, a candidate theirs. */
export function scopeCohorts<T extends object>(
  qb: SelectQueryBuilder<T>,
  actor: Actor,
  alias = 'c',
): SelectQueryBuilder<T> {
  const clauses = ['FALSE'];
  if (hasRole(actor, 'admin')) clauses.push('TRUE');
  if (hasRole(actor, 'teacher')) {
    clauses.push(
      `${alias}.id IN (SELECT tc.cohort_id FROM teacher_cohort tc WHERE tc.teacher_id = :actorId)`,
    );
  }
  if (hasRole(actor, 'candidate')) {
    clauses.push(
      `${alias}.id IN (SELECT cp.cohort_id FROM candidate_profile cp WHERE cp.user_id = :actorId)`,
    );
  }
  return scoped(qb.andWhere(`${alias}.establishment_id = :establishmentId`), actor, clauses);
}

/** The traces `actor` reaches: the records they reach, and the traces of the periods they tutor. */
export function scopeTraces<T extends object>(
  qb: SelectQueryBuilder<T>,
  actor: Actor,
  alias = 't',
): SelectQueryBuilder<T> {
  const clauses = [recordOf(actor, `${alias}.owner_id`)];
  if (hasRole(actor, 'tutor')) clauses.push(`${alias}.pfmp_period_id IN (${TUTORED_PERIODS})`);
  return scoped(qb, actor, clauses);
}

/** The PFMP periods `actor` reaches: the records they reach, and the periods they tutor. */
export function scopePfmpPeriods<T extends object>(
  qb: SelectQueryBuilder<T>,
  actor: Actor,
  alias = 'p',
): SelectQueryBuilder<T> {
  const clauses = [recordOf(actor, `${alias}.candidate_id`)];
  if (hasRole(actor, 'tutor')) clauses.push(`${alias}.id IN (${TUTORED_PERIODS})`);
  return scoped(qb, actor, clauses);
}

/** Only the periods `actor` tutors (the tutor's own view, `/interns`; their bilans). */
export function scopeTutoredPeriods<T extends object>(
  qb: SelectQueryBuilder<T>,
  actor: Actor,
  alias = 'p',
): SelectQueryBuilder<T> {
  return scoped(qb, actor, [
    hasRole(actor, 'tutor') ? `${alias}.id IN (${TUTORED_PERIODS})` : 'FALSE',
  ]);
}

/**
 * The exam sessions `actor` may see (alias `s`): admins of the establishment, the teacher who
 * created one, its commission until the retention date; never one they are a candidate of.
 */
export function scopeExamSessions<T extends object>(
  qb: SelectQueryBuilder<T>,
  actor: Actor,
): SelectQueryBuilder<T> {
  const clauses = [OPEN_MEMBER_OF_S];
  if (hasRole(actor, 'admin')) clauses.push('TRUE');
  if (hasRole(actor, 'teacher')) clauses.push('s.created_by = :actorId');
  return scoped(qb.andWhere('s.establishment_id = :establishmentId'), actor, clauses).andWhere(
    `NOT (${ENROLLED_IN_S})`,
  );
}
