import { Injectable } from '@nestjs/common';
import { DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { type Actor, hasRole } from '../auth/actor.js';
import { parseEvaluationKey } from './permission.js';
import {
  actorParams,
  LATEST_BEFORE_DEADLINE,
  OPEN_MEMBER_OF_S,
  recordOf,
  scopeCohorts,
  scopeExamSessions,
  scopePfmpPeriods,
  scopeTraces,
  scopeTutoredPeriods,
  scopeUsers,
} from './scopes.js';

/** Ids of one kind that an actor reaches, asked in bulk. */
export type Check = (actor: Actor, ids: string[]) => Promise<Set<string>>;

/**
 * Answers in bulk "which of these ids does this actor reach, in this way": one query per question,
 * whatever the number of ids, over the scopes of scopes.ts. Decisions are composed from these in
 * permissions.ts; nothing here throws.
 */
@Injectable()
export class AccessRepository {
  constructor(private readonly db: DataSource) {}

  /** The ids among `ids` of the rows of `table` (alias `alias`) that `scope` lets through. */
  private async ids(
    table: string,
    alias: string,
    ids: string[],
    scope: (qb: SelectQueryBuilder<ObjectLiteral>) => SelectQueryBuilder<ObjectLiteral>,
  ): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const qb = this.db
      .createQueryBuilder()
      .select(`${alias}.id`, 'id')
      .from(table, alias)
      .where(`${alias}.id IN (:...ids)`, { ids });
    const rows: { id: string }[] = await scope(qb).getRawMany();
    return new Set(rows.map((r) => r.id));
  }

  readonly user = {
    visible: (actor: Actor, ids: string[]) =>
      this.ids('app_user', 'u', ids, (qb) => scopeUsers(qb, actor)),
    /** Those whose whole record `actor` reaches (not only as their tutor). */
    record: (actor: Actor, ids: string[]) =>
      this.ids('app_user', 'u', ids, (qb) =>
        qb.andWhere(recordOf(actor, 'u.id')).setParameters(actorParams(actor)),
      ),
    /** The candidates among those `actor` sees. */
    visibleCandidate: (actor: Actor, ids: string[]) =>
      this.ids('app_user', 'u', ids, (qb) =>
        scopeUsers(qb, actor).andWhere(`'candidate' = ANY(u.roles)`),
      ),
    /** The candidates of the cohorts `actor` follows as a teacher. */
    taughtCandidate: (actor: Actor, ids: string[]) =>
      this.ids('app_user', 'u', ids, (qb) =>
        qb
          .andWhere(`'candidate' = ANY(u.roles)`)
          .andWhere(
            `u.id IN (SELECT cp.user_id FROM candidate_profile cp
               JOIN teacher_cohort tc ON tc.cohort_id = cp.cohort_id WHERE tc.teacher_id = :actorId)`,
          )
          .setParameters(actorParams(actor)),
      ),
  };

  readonly cohort = {
    visible: (actor: Actor, ids: string[]) =>
      this.ids('cohort', 'c', ids, (qb) => scopeCohorts(qb, actor)),
  };

  readonly trace = {
    visible: (actor: Actor, ids: string[]) =>
      this.ids('trace', 't', ids, (qb) => scopeTraces(qb, actor)),
    owned: (actor: Actor, ids: string[]) =>
      this.ids('trace', 't', ids, (qb) =>
        qb.andWhere('t.owner_id = :actorId', { actorId: actor.id }),
      ),
    /** The traces of candidates `actor` is an assigned tutor of. */
    ofTutoredCandidate: (actor: Actor, ids: string[]) =>
      this.ids('trace', 't', ids, (qb) =>
        qb.andWhere(
          hasRole(actor, 'tutor')
            ? `t.owner_id IN (SELECT ta.candidate_id FROM tutor_assignment ta WHERE ta.tutor_id = :actorId)`
            : 'FALSE',
          { actorId: actor.id },
        ),
      ),
  };

  readonly file = {
    visible: (actor: Actor, ids: string[]) =>
      this.ids('trace_file', 'f', ids, (qb) =>
        scopeTraces(qb.innerJoin('trace', 't', 't.id = f.trace_id'), actor),
      ),
    owned: (actor: Actor, ids: string[]) =>
      this.ids('trace_file', 'f', ids, (qb) =>
        qb
          .innerJoin('trace', 't', 't.id = f.trace_id')
          .andWhere('t.owner_id = :actorId', { actorId: actor.id }),
      ),
  };

  readonly period = {
    visible: (actor: Actor, ids: string[]) =>
      this.ids('pfmp_period', 'p', ids, (qb) => scopePfmpPeriods(qb, actor)),
    owned: (actor: Actor, ids: string[]) =>
      this.ids('pfmp_period', 'p', ids, (qb) =>
        qb.andWhere('p.candidate_id = :actorId', { actorId: actor.id }),
      ),
    tutored: (actor: Actor, ids: string[]) =>
      this.ids('pfmp_period', 'p', ids, (qb) => scopeTutoredPeriods(qb, actor)),
    /** Those whose bilan is complete, or that are not the actor's own. */
    bilanShown: (actor: Actor, ids: string[]) =>
      this.ids('pfmp_period', 'p', ids, (qb) =>
        qb.andWhere('(p.candidate_id <> :actorId OR p.bilan_completed_at IS NOT NULL)', {
          actorId: actor.id,
        }),
      ),
  };

  readonly submission = {
    /** Submissions of candidates whose record `actor` reaches. */
    ofRecord: (actor: Actor, ids: string[]) =>
      this.ids('submission', 'sub', ids, (qb) =>
        qb.andWhere(recordOf(actor, 'sub.candidate_id')).setParameters(actorParams(actor)),
      ),
    /**
     * The submissions an open commission `actor` sits on reviews: the latest before the deadline
     * of the session's exam, of a session `actor` is not a candidate of.
     */
    reviewed: (actor: Actor, ids: string[]) =>
      this.ids('submission', 'r', ids, (qb) =>
        qb
          .andWhere(
            `EXISTS (SELECT 1 FROM exam_session s
               JOIN exam_session_candidate c ON c.session_id = s.id AND c.candidate_id = r.candidate_id
               WHERE s.establishment_id = :establishmentId AND s.exam = r.exam AND ${OPEN_MEMBER_OF_S}
                 AND NOT EXISTS (SELECT 1 FROM exam_session_candidate e WHERE e.session_id = s.id AND e.candidate_id = :actorId)
                 AND (${LATEST_BEFORE_DEADLINE}) = r.id)`,
          )
          .setParameters(actorParams(actor)),
      ),
    ownedByActor: (actor: Actor, ids: string[]) =>
      this.ids('submission', 'sub', ids, (qb) =>
        qb.andWhere('sub.candidate_id = :actorId', { actorId: actor.id }),
      ),
  };

  readonly comment = {
    /** Comments of a trace `actor` reaches, or of a dossier or submission of a record they reach. */
    visible: async (actor: Actor, ids: string[]) => {
      if (ids.length === 0) return new Set<string>();
      const rows: { id: string; trace_id: string | null }[] = await this.db
        .createQueryBuilder()
        .select(['cm.id AS id', 'cm.trace_id AS trace_id'])
        .from('comment', 'cm')
        .where('cm.id IN (:...ids)', { ids })
        .andWhere(`(cm.trace_id IS NOT NULL OR ${recordOf(actor, 'cm.candidate_id')})`)
        .setParameters(actorParams(actor))
        .getRawMany();
      const traces = await this.trace.visible(
        actor,
        rows.flatMap((r) => (r.trace_id ? [r.trace_id] : [])),
      );
      return new Set(rows.filter((r) => !r.trace_id || traces.has(r.trace_id)).map((r) => r.id));
    },
    authored: (actor: Actor, ids: string[]) =>
      this.ids('comment', 'cm', ids, (qb) =>
        qb.andWhere('cm.author_id = :actorId', { actorId: actor.id }),
      ),
  };

  readonly session = {
    visible: (actor: Actor, ids: string[]) =>
      this.ids('exam_session', 's', ids, (qb) => scopeExamSessions(qb, actor)),
    /** Sessions `actor` manages: all of theirs for an admin, those they created for a teacher. */
    managed: (actor: Actor, ids: string[]) =>
      this.ids('exam_session', 's', ids, (qb) =>
        qb.andWhere(
          hasRole(actor, 'admin')
            ? 'TRUE'
            : hasRole(actor, 'teacher')
              ? 's.created_by = :actorId'
              : 'FALSE',
          { actorId: actor.id },
        ),
      ),
    /** Sessions whose marks `actor` reaches: the open commission's members, the admins. */
    marks: (actor: Actor, ids: string[]) =>
      this.ids('exam_session', 's', ids, (qb) =>
        qb
          .andWhere(hasRole(actor, 'admin') ? 'TRUE' : OPEN_MEMBER_OF_S)
          .setParameters(actorParams(actor)),
      ),
    openMember: (actor: Actor, ids: string[]) =>
      this.ids('exam_session', 's', ids, (qb) =>
        qb.andWhere(OPEN_MEMBER_OF_S).setParameters(actorParams(actor)),
      ),
  };

  readonly evaluation = {
    /** `evaluationKey`s whose candidate is enrolled in the session, of a session `pass` lets through. */
    enrolled: async (actor: Actor, keys: string[], pass: Check) => {
      const pairs = keys.map(parseEvaluationKey);
      const sessions = await pass(actor, [...new Set(pairs.map((p) => p.sessionId))]);
      const candidates = pairs.filter((p) => sessions.has(p.sessionId));
      if (candidates.length === 0) return new Set<string>();
      // By the pair, so that the (session_id, candidate_id) key serves the lookup.
      const rows: { key: string }[] = await this.db.query(
        `SELECT e.session_id || '/' || e.candidate_id AS key FROM exam_session_candidate e
         WHERE (e.session_id, e.candidate_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))`,
        [candidates.map((p) => p.sessionId), candidates.map((p) => p.candidateId)],
      );
      return new Set(rows.map((r) => r.key));
    },
  };
}
