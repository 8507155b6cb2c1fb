import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type Actor, hasRole } from '../auth/actor.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { User } from '../users/user.entity.js';

export const NOT_FOUND = 'Introuvable. / Not found.';

/**
 * People and cohorts: who sees whom (the first layer of `AccessPolicy`, see access-policy.ts).
 *
 * Two circles around a candidate: the **record** (all their traces, PFMP, dossiers, submissions
 * and threads) is reached by the candidate, the teachers of their cohort and the admins of their
 * establishment; an assigned **tutor** sees the person (their name, in lists) but reaches only
 * the PFMP periods they tutor and what hangs off them (tutoring-policy.ts).
 */
@Injectable()
export class PeoplePolicy {
  constructor(protected readonly db: DataSource) {}

  /** The clauses (on users aliased `alias`) whose whole record `actor` reaches. */
  protected recordClauses(actor: Actor, alias: string): string[] {
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
  protected recordOf(actor: Actor, column: string): string {
    return `${column} IN (SELECT ru.id FROM app_user ru WHERE ru.establishment_id = :establishmentId
      AND (${this.recordClauses(actor, 'ru').join(' OR ')}))`;
  }

  /** Restricts a query on users (alias `alias`) to the people `actor` may see. */
  scopeUsers(qb: SelectQueryBuilder<User>, actor: Actor, alias = 'u'): SelectQueryBuilder<User> {
    const clauses = this.recordClauses(actor, alias);
    if (hasRole(actor, 'tutor')) {
      clauses.push(
        `${alias}.id IN (SELECT ta.candidate_id FROM tutor_assignment ta WHERE ta.tutor_id = :actorId)`,
      );
    }
    return qb
      .andWhere(`${alias}.establishment_id = :establishmentId`)
      .andWhere(`(${clauses.join(' OR ')})`)
      .setParameters({ actorId: actor.id, establishmentId: actor.establishmentId });
  }

  /**
   * The tutors of a candidate that `actor` may know of: all of them for the candidate and their
   * establishment's staff; a tutor only learns of themself, not of the other periods' tutors.
   */
  tutorIdsVisibleTo(actor: Actor, candidateId: string, tutorIds: string[]): string[] {
    if (actor.id === candidateId || hasRole(actor, 'admin', 'teacher')) return tutorIds;
    return tutorIds.filter((id) => id === actor.id);
  }

  /** The user if `actor` may see them, else 404. */
  async visibleUser(actor: Actor, userId: string): Promise<User> {
    const qb = this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.id = :userId', { userId });
    const user = await this.scopeUsers(qb, actor).getOne();
    if (!user) throw new NotFoundException(NOT_FOUND);
    return user;
  }

  /** Whether `actor` reaches the whole record of `userId` (not only as their tutor). */
  async reachesRecord(actor: Actor, userId: string): Promise<boolean> {
    const count = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.id = :userId', { userId })
      .andWhere(this.recordOf(actor, 'u.id'))
      .setParameters({ actorId: actor.id, establishmentId: actor.establishmentId })
      .getCount();
    return count > 0;
  }

  /** Accounts are managed by the admins of their establishment. */
  async manageableUser(actor: Actor, userId: string): Promise<User> {
    const user = await this.visibleUser(actor, userId);
    if (!hasRole(actor, 'admin')) {
      throw new ForbiddenException('Réservé aux administrateurs. / Admins only.');
    }
    return user;
  }

  /**
   * A candidate's exam profile (status, positionné) is set by the admins and by the teachers
   * following the candidate's cohort.
   */
  async candidateProfileEditable(actor: Actor, userId: string): Promise<User> {
    const user = await this.visibleUser(actor, userId);
    if (
      !hasRole(actor, 'admin') &&
      !(hasRole(actor, 'teacher') && (await this.teaches(actor, userId)))
    ) {
      throw new ForbiddenException('Réservé au personnel de la cohorte. / Cohort staff only.');
    }
    return user;
  }

  /** Whether the candidate belongs to a cohort the teacher follows. */
  private async teaches(actor: Actor, candidateId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM candidate_profile cp JOIN teacher_cohort tc ON tc.cohort_id = cp.cohort_id
       WHERE cp.user_id = $1 AND tc.teacher_id = $2`,
      [candidateId, actor.id],
    );
    return rows.length > 0;
  }

  /**
   * Whose traces or PFMP periods `actor` is asking for: their own by default; staff name a
   * candidate they may see (a tutor then gets only what their periods reach: `scopeTraces`,
   * `scopePfmpPeriods`). Reads by anyone but the candidate are audited by the caller.
   */
  async traceOwnerFor(actor: Actor, candidateId: string | undefined): Promise<string> {
    if (!candidateId || candidateId === actor.id) return actor.id;
    const candidate = await this.visibleUser(actor, candidateId);
    if (!candidate.roles.includes('candidate')) throw new NotFoundException(NOT_FOUND);
    return candidate.id;
  }

  /**
   * Whose whole record (dossiers and their threads): the caller's own, or a candidate whose record
   * they reach (not a tutor, who reaches only their periods: 404), else 404.
   */
  async recordOwnerFor(actor: Actor, candidateId: string | undefined): Promise<string> {
    const ownerId = await this.traceOwnerFor(actor, candidateId);
    if (!(await this.reachesRecord(actor, ownerId))) throw new NotFoundException(NOT_FOUND);
    return ownerId;
  }

  /** The candidate's user row if `actor` reaches their whole record, else 404. */
  protected async recordUser(actor: Actor, candidateId: string): Promise<void> {
    if (!(await this.reachesRecord(actor, candidateId))) throw new NotFoundException(NOT_FOUND);
  }

  /** A PFMP tutor must be a tutor already assigned to the candidate by their establishment. */
  async assertAssignedTutor(actor: Actor, tutorId: string): Promise<void> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM tutor_assignment WHERE tutor_id = $1 AND candidate_id = $2`,
      [tutorId, actor.id],
    );
    if (rows.length === 0) {
      throw new BadRequestException(
        "tutorId : ce tuteur ne vous est pas attribué ; demandez à votre formateur ou à l'administration de l'ajouter. / Tutor not assigned to you.",
      );
    }
  }

  /** Whether `actor` is a tutor assigned to the candidate. */
  protected async tutors(actor: Actor, candidateId: string): Promise<boolean> {
    if (!hasRole(actor, 'tutor')) return false;
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM tutor_assignment WHERE tutor_id = $1 AND candidate_id = $2`,
      [actor.id, candidateId],
    );
    return rows.length > 0;
  }

  /**
   * A candidate naming their PFMP tutor by e-mail may reach an existing account only if it is a
   * tutor of their own establishment (`existing` read in the caller's transaction).
   */
  assertInvitableTutor(actor: Actor, existing: User | null): void {
    if (
      existing &&
      (existing.establishmentId !== actor.establishmentId || !existing.roles.includes('tutor'))
    ) {
      throw new ConflictException(
        "tutor.email : cette adresse appartient à un compte qui ne peut pas être votre tuteur ; demandez à votre formateur ou à l'administration de vous l'attribuer. / This e-mail belongs to an account that cannot be your tutor: ask your teacher or the administration.",
      );
    }
  }

  /**
   * The active staff who follow a candidate, by relation: teachers of the candidate's cohort,
   * admins of the establishment, and the assigned tutors who reach the subject: those tutoring
   * `periodId` (a trace's period), none when it is null (a dossier, a submission, an untied
   * trace). `manager` so it can run inside a transaction.
   */
  async followersOf(
    manager: EntityManager,
    candidateId: string,
    periodId: string | null = null,
  ): Promise<{ id: string; relation: 'tutor' | 'teacher' | 'admin' }[]> {
    return manager.query(
      `SELECT ta.tutor_id AS id, 'tutor' AS relation FROM tutor_assignment ta
         JOIN app_user u ON u.id = ta.tutor_id
         JOIN pfmp_period p ON p.id = $2 AND p.candidate_id = ta.candidate_id AND p.tutor_id = ta.tutor_id
         WHERE ta.candidate_id = $1 AND u.active AND 'tutor' = ANY(u.roles)
       UNION
       SELECT tc.teacher_id, 'teacher' FROM candidate_profile cp
         JOIN teacher_cohort tc ON tc.cohort_id = cp.cohort_id
         JOIN app_user u ON u.id = tc.teacher_id WHERE cp.user_id = $1 AND u.active AND 'teacher' = ANY(u.roles)
       UNION
       SELECT a.id, 'admin' FROM app_user a JOIN app_user c ON c.establishment_id = a.establishment_id
         WHERE c.id = $1 AND a.active AND 'admin' = ANY(a.roles)`,
      [candidateId, periodId],
    );
  }

  /** Restricts a query on cohorts (alias `alias`) to those `actor` may see. */
  scopeCohorts(
    qb: SelectQueryBuilder<Cohort>,
    actor: Actor,
    alias = 'c',
  ): SelectQueryBuilder<Cohort> {
    const clauses: string[] = [];
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
    if (clauses.length === 0) clauses.push('FALSE');
    return qb
      .andWhere(`${alias}.establishment_id = :establishmentId`)
      .andWhere(`(${clauses.join(' OR ')})`)
      .setParameters({ actorId: actor.id, establishmentId: actor.establishmentId });
  }

  async visibleCohort(actor: Actor, cohortId: string): Promise<Cohort> {
    const qb = this.db
      .getRepository(Cohort)
      .createQueryBuilder('c')
      .where('c.id = :cohortId', { cohortId });
    const cohort = await this.scopeCohorts(qb, actor).getOne();
    if (!cohort) throw new NotFoundException(NOT_FOUND);
    return cohort;
  }

  /** Admins manage every cohort of their establishment; teachers the cohorts they follow. */
  async cohortStaffOf(actor: Actor, cohortId: string): Promise<Cohort> {
    const cohort = await this.visibleCohort(actor, cohortId);
    if (!hasRole(actor, 'admin', 'teacher')) {
      throw new ForbiddenException('Réservé au personnel de la cohorte. / Cohort staff only.');
    }
    return cohort;
  }

  /** A teacher of the establishment that an admin may put on a cohort they see. */
  async assignableTeacher(actor: Actor, cohortId: string, teacherId: string): Promise<void> {
    await this.visibleCohort(actor, cohortId);
    const teacher = await this.visibleUser(actor, teacherId);
    if (!teacher.roles.includes('teacher')) {
      throw new BadRequestException("Ce compte n'a pas le rôle enseignant. / Not a teacher.");
    }
  }

  /** Who may assign a tutor to a candidate: admins, and teachers of the candidate's cohort. */
  async tutorAssignable(actor: Actor, candidateId: string, tutorId: string): Promise<void> {
    const candidate = await this.candidateProfileEditable(actor, candidateId);
    if (!candidate.roles.includes('candidate')) throw new NotFoundException(NOT_FOUND);
    const tutor = await this.db
      .getRepository(User)
      .findOneBy({ id: tutorId, establishmentId: actor.establishmentId });
    if (!tutor?.roles.includes('tutor')) throw new NotFoundException(NOT_FOUND);
  }
}
