import { Injectable } from '@nestjs/common';
import type { ExamCode } from '@dossier-sno/referential';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import type { ExamSession } from '../exams/exam-session.entity.js';
import { PfmpPeriod } from '../pfmp/pfmp-period.entity.js';
import type { Trace } from '../traces/trace.entity.js';
import { User } from '../users/user.entity.js';
import { scopeTutoredPeriods } from './scopes.js';
import { DomainError } from '../common/domain-error.js';

/**
 * Who may be put in which relation, once access is granted (access-policy.ts): seated on a
 * commission, enrolled, named a candidate's tutor, a cohort's teacher; which period an attestation
 * is for; who follows a candidate. Each refusal says what to fix.
 */
@Injectable()
export class RelationRules {
  constructor(private readonly db: DataSource) {}

  /**
   * Who may be seated on a commission: an active examiner or teacher of the session's
   * establishment. Anyone else answers 404, so a manager learns nothing about other accounts.
   */
  async seatableMember(session: ExamSession, userId: string): Promise<User> {
    const user = await this.db
      .getRepository(User)
      .findOneBy({ id: userId, establishmentId: session.establishmentId, active: true });
    if (!user?.roles.some((r) => r === 'examiner' || r === 'teacher')) {
      throw new DomainError('NO_ACTIVE_STAFF_MEMBER');
    }
    return user;
  }

  /**
   * Nobody sits on the commission of a session they are a candidate of, and nobody seated is
   * enrolled (409, naming them). Run inside the transaction that seats or enrols, after locking the
   * session row.
   */
  async assertNoSeatConflict(
    manager: EntityManager,
    sessionId: string,
    change: { seat: string } | { enrol: string[] },
  ): Promise<void> {
    const [table, column, ids] =
      'seat' in change
        ? ['exam_session_candidate', 'candidate_id', [change.seat]]
        : ['exam_session_member', 'user_id', change.enrol];
    const rows: { name: string }[] = await manager.query(
      `SELECT u.display_name AS name FROM ${table} x JOIN app_user u ON u.id = x.${column}
       WHERE x.session_id = $1 AND x.${column} = ANY($2::uuid[]) ORDER BY u.display_name`,
      [sessionId, ids],
    );
    if (rows.length === 0) return;
    throw 'seat' in change
      ? new DomainError('CANDIDATE_ON_COMMISSION')
      : new DomainError('COMMISSION_MEMBER_ENROLLED', {
          names: rows.map((r) => r.name),
          count: rows.length,
        });
  }

  /**
   * After the deadline of a session of this exam that includes the candidate, they can no longer
   * submit for it (403). Pass the transaction's manager when called inside one.
   */
  async assertSubmissionOpen(
    actor: Actor,
    exam: ExamCode,
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    const [closed] = (await manager.query(
      `SELECT s.label, s.submission_deadline AS deadline FROM exam_session s
       JOIN exam_session_candidate c ON c.session_id = s.id
       WHERE c.candidate_id = $1 AND s.exam = $2 AND s.submission_deadline < now()
       ORDER BY s.submission_deadline LIMIT 1`,
      [actor.id, exam],
    )) as { label: string; deadline: Date }[];
    if (closed) {
      throw new DomainError('SUBMISSION_DEADLINE_PASSED', {
        exam,
        session: closed.label,
        deadline: new Date(closed.deadline).toISOString(),
      });
    }
  }

  /** A cohort's teacher must hold the teacher role (the account is one `actor` sees). */
  async assertTeacher(teacherId: string): Promise<void> {
    const teacher = await this.db.getRepository(User).findOneBy({ id: teacherId });
    if (!teacher?.roles.includes('teacher')) {
      throw new DomainError('NOT_A_TEACHER');
    }
  }

  /** A tutor assigned by staff must be a tutor of the staff member's establishment, else 404. */
  async assertEstablishmentTutor(actor: Actor, tutorId: string): Promise<void> {
    const tutor = await this.db
      .getRepository(User)
      .findOneBy({ id: tutorId, establishmentId: actor.establishmentId });
    if (!tutor?.roles.includes('tutor')) throw new DomainError('NOT_FOUND');
  }

  /** A PFMP tutor must be a tutor already assigned to the candidate by their establishment. */
  async assertAssignedTutor(actor: Actor, tutorId: string): Promise<void> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM tutor_assignment WHERE tutor_id = $1 AND candidate_id = $2`,
      [tutorId, actor.id],
    );
    if (rows.length === 0) {
      throw new DomainError('TUTOR_NOT_ASSIGNED');
    }
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
      throw new DomainError('TUTOR_EMAIL_TAKEN');
    }
  }

  /** The period a candidate ties their trace to: one of their own (400 otherwise). */
  async ownPeriodForTrace(actor: Actor, periodId: string): Promise<PfmpPeriod> {
    const period = await this.db
      .getRepository(PfmpPeriod)
      .findOneBy({ id: periodId, candidateId: actor.id });
    if (!period) {
      throw new DomainError('PERIOD_NOT_YOURS');
    }
    return period;
  }

  /**
   * The period an attestation is given for: the trace's, which `actor` must tutor (422 otherwise,
   * saying why: a staff member who also tutors may read a trace of someone else's period).
   */
  async attestationPeriodOf(actor: Actor, trace: Trace): Promise<PfmpPeriod> {
    const period = trace.pfmpPeriodId
      ? await scopeTutoredPeriods(
          this.db
            .getRepository(PfmpPeriod)
            .createQueryBuilder('p')
            .where('p.id = :periodId', { periodId: trace.pfmpPeriodId }),
          actor,
        ).getOne()
      : null;
    if (!period) {
      throw new DomainError('TRACE_NOT_IN_TUTORED_PERIOD');
    }
    return period;
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
}
