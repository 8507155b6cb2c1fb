import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { ExamCode } from '@dossier-sno/referential';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type Actor, hasRole } from '../auth/actor.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Submission } from '../dossiers/submission.entity.js';
import { ExamSession } from '../exams/exam-session.entity.js';
import { TraceFile } from '../files/trace-file.entity.js';
import { PfmpPeriod } from '../pfmp/pfmp-period.entity.js';
import { Comment } from '../reviews/comment.entity.js';
import { Trace } from '../traces/trace.entity.js';
import { User } from '../users/user.entity.js';

const NOT_FOUND = 'Introuvable. / Not found.';

/** A session (alias `s`) whose commission may still read: its retention date has not passed. */
const SESSION_OPEN = 's.retention_until >= current_date';

/**
 * Whether the actor (`:actorId`) is a candidate of session `s`: nobody ever reaches a session they
 * are examined in (its marks, grids, commission), whatever other role they hold (issue 13).
 */
const ENROLLED_IN_S = `s.id IN (SELECT e.session_id FROM exam_session_candidate e WHERE e.candidate_id = :actorId)`;

/**
 * The id of the latest submission made before the deadline of session `s` by candidate `c` for
 * the session's exam: the only one its commission sees.
 */
export const LATEST_BEFORE_DEADLINE = `SELECT sub.id FROM submission sub
  WHERE sub.candidate_id = c.candidate_id AND sub.exam = s.exam AND sub.submitted_at <= s.submission_deadline
  ORDER BY sub.submitted_at DESC LIMIT 1`;

/**
 * Every per-resource access decision, in one place. Route-level role checks are @Roles() (AuthGuard).
 *
 * Rules: nobody reaches another establishment's data; a candidate reaches only their own data; a
 * tutor their assigned interns; a teacher the candidates of the cohorts they follow; an admin their
 * whole establishment. Unknown and forbidden ids both answer 404, so ids cannot be probed.
 */
@Injectable()
export class AccessPolicy {
  constructor(private readonly db: DataSource) {}

  /** Restricts a query on users (alias `alias`) to the people `actor` may see. */
  scopeUsers(qb: SelectQueryBuilder<User>, actor: Actor, alias = 'u'): SelectQueryBuilder<User> {
    const clauses = [`${alias}.id = :actorId`];
    if (hasRole(actor, 'admin')) clauses.push('TRUE');
    if (hasRole(actor, 'teacher')) {
      clauses.push(
        `${alias}.id IN (SELECT cp.user_id FROM candidate_profile cp
           JOIN teacher_cohort tc ON tc.cohort_id = cp.cohort_id WHERE tc.teacher_id = :actorId)`,
      );
    }
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
   * Whose traces `actor` is asking for: their own by default; staff name a candidate they may see.
   * Reads by anyone but the candidate are audited by the caller.
   */
  async traceOwnerFor(actor: Actor, candidateId: string | undefined): Promise<string> {
    if (!candidateId || candidateId === actor.id) return actor.id;
    const candidate = await this.visibleUser(actor, candidateId);
    if (!candidate.roles.includes('candidate')) throw new NotFoundException(NOT_FOUND);
    return candidate.id;
  }

  /** A trace `actor` may read (its owner's visibility decides), else 404. */
  async visibleTrace(actor: Actor, traceId: string): Promise<Trace> {
    const trace = await this.db.getRepository(Trace).findOneBy({ id: traceId });
    if (!trace) throw new NotFoundException(NOT_FOUND);
    await this.visibleUser(actor, trace.ownerId);
    return trace;
  }

  /** Only the candidate changes their traces and files; staff who can see them get 403. */
  async ownTrace(actor: Actor, traceId: string): Promise<Trace> {
    const trace = await this.visibleTrace(actor, traceId);
    if (trace.ownerId !== actor.id) {
      throw new ForbiddenException(
        'Seul·e le ou la candidat·e modifie ses traces. / Only the candidate changes their traces.',
      );
    }
    return trace;
  }

  /** A file `actor` may read, with its trace, else 404. */
  async visibleFile(actor: Actor, fileId: string): Promise<{ file: TraceFile; trace: Trace }> {
    const file = await this.db.getRepository(TraceFile).findOneBy({ id: fileId });
    if (!file) throw new NotFoundException(NOT_FOUND);
    return { file, trace: await this.visibleTrace(actor, file.traceId) };
  }

  async ownFile(actor: Actor, fileId: string): Promise<{ file: TraceFile; trace: Trace }> {
    const { file } = await this.visibleFile(actor, fileId);
    return { file, trace: await this.ownTrace(actor, file.traceId) };
  }

  /** A PFMP period `actor` may read (the candidate's visibility decides), else 404. */
  async visiblePfmpPeriod(actor: Actor, periodId: string): Promise<PfmpPeriod> {
    const period = await this.db.getRepository(PfmpPeriod).findOneBy({ id: periodId });
    if (!period) throw new NotFoundException(NOT_FOUND);
    await this.visibleUser(actor, period.candidateId);
    return period;
  }

  /** Only the candidate records their PFMP periods; staff who can see them get 403. */
  async ownPfmpPeriod(actor: Actor, periodId: string): Promise<PfmpPeriod> {
    const period = await this.visiblePfmpPeriod(actor, periodId);
    if (period.candidateId !== actor.id) {
      throw new ForbiddenException(
        'Seul·e le ou la candidat·e modifie ses PFMP. / Only the candidate changes their PFMP.',
      );
    }
    return period;
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
  private async tutors(actor: Actor, candidateId: string): Promise<boolean> {
    if (!hasRole(actor, 'tutor')) return false;
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM tutor_assignment WHERE tutor_id = $1 AND candidate_id = $2`,
      [actor.id, candidateId],
    );
    return rows.length > 0;
  }

  /** A trace a tutor assigned to its owner may attest (or withdraw from); others who see it: 403. */
  async attestableTrace(actor: Actor, traceId: string): Promise<Trace> {
    const trace = await this.visibleTrace(actor, traceId);
    if (!(await this.tutors(actor, trace.ownerId))) {
      throw new ForbiddenException(
        'Seul·e un tuteur ou une tutrice du ou de la candidat·e atteste ses traces. / Only an assigned tutor attests traces.',
      );
    }
    return trace;
  }

  /**
   * A period whose bilan `actor` may read: staff who see the candidate read drafts too; the
   * candidate reads it only once complete (the flag completing sets), else 404.
   */
  async readableBilanPeriod(actor: Actor, periodId: string): Promise<PfmpPeriod> {
    const period = await this.visiblePfmpPeriod(actor, periodId);
    if (actor.id === period.candidateId && !period.bilanCompletedAt) {
      throw new NotFoundException(
        "Le bilan de cette période n'est pas encore terminé par votre tuteur ou tutrice. / The bilan is not complete yet.",
      );
    }
    return period;
  }

  /** A teacher of the establishment that an admin may put on a cohort they see. */
  async assignableTeacher(actor: Actor, cohortId: string, teacherId: string): Promise<void> {
    await this.visibleCohort(actor, cohortId);
    const teacher = await this.visibleUser(actor, teacherId);
    if (!teacher.roles.includes('teacher')) {
      throw new BadRequestException("Ce compte n'a pas le rôle enseignant. / Not a teacher.");
    }
  }

  /** A period's bilan is filled by the period's tutor, still assigned to the candidate. */
  async bilanTutorOf(actor: Actor, periodId: string): Promise<PfmpPeriod> {
    const period = await this.visiblePfmpPeriod(actor, periodId);
    if (period.tutorId !== actor.id || !(await this.tutors(actor, period.candidateId))) {
      throw new ForbiddenException(
        "Seul·e le tuteur ou la tutrice de cette période remplit son bilan. / Only the period's tutor fills its bilan.",
      );
    }
    return period;
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

  /** A submission `actor` may read: the candidate's, for those who may see the candidate. */
  /**
   * A submission `actor` may read: the candidate's, for those who may see the candidate, and the
   * submission a commission reviews, for its members (see `reviewedSubmissionId`).
   */
  async visibleSubmission(actor: Actor, submissionId: string): Promise<Submission> {
    const submission = await this.db.getRepository(Submission).findOneBy({ id: submissionId });
    if (!submission) throw new NotFoundException(NOT_FOUND);
    if (await this.reviewsSubmission(actor, submission)) return submission;
    await this.visibleUser(actor, submission.candidateId);
    return submission;
  }

  /** Share links are listed by those who see the candidate, never through a commission seat. */
  async candidateSubmission(actor: Actor, submissionId: string): Promise<Submission> {
    const submission = await this.db.getRepository(Submission).findOneBy({ id: submissionId });
    if (!submission) throw new NotFoundException(NOT_FOUND);
    await this.visibleUser(actor, submission.candidateId);
    return submission;
  }

  /** The candidate shares their own submission; their cohort's teachers and admins may too. */
  async shareableSubmission(actor: Actor, submissionId: string): Promise<Submission> {
    const submission = await this.candidateSubmission(actor, submissionId);
    if (submission.candidateId !== actor.id && !hasRole(actor, 'teacher', 'admin')) {
      throw new ForbiddenException(
        'Partage réservé à la personne candidate et à son équipe. / Not allowed to share.',
      );
    }
    return submission;
  }

  /**
   * The comment threads on a candidate's trace, dossier or submission are open to the candidate and
   * to the staff who follow them (assigned tutor, cohort teacher, admin of the establishment).
   * Examiners never take part: the commission's notes belong to the evaluation, so these checks
   * use the candidate's visibility, not an examiner's sight of a submission.
   */
  async commentableTrace(actor: Actor, traceId: string): Promise<Trace> {
    return this.visibleTrace(actor, traceId);
  }

  async commentableSubmission(actor: Actor, submissionId: string): Promise<Submission> {
    const submission = await this.db.getRepository(Submission).findOneBy({ id: submissionId });
    if (!submission) throw new NotFoundException(NOT_FOUND);
    await this.visibleUser(actor, submission.candidateId);
    return submission;
  }

  /** Whose dossier thread: the candidate's own, or the one staff name with `candidateId`. */
  async commentableDossier(actor: Actor, candidateId: string | undefined): Promise<string> {
    const ownerId = await this.traceOwnerFor(actor, candidateId);
    if (ownerId === actor.id && !hasRole(actor, 'candidate')) {
      throw new BadRequestException(
        'candidateId : précisez le ou la candidat·e dont vous lisez le dossier. / candidateId is required for staff.',
      );
    }
    return ownerId;
  }

  /** A comment of a thread `actor` takes part in, else 404. */
  async visibleComment(actor: Actor, commentId: string): Promise<Comment> {
    const comment = await this.db.getRepository(Comment).findOneBy({ id: commentId });
    if (!comment) throw new NotFoundException(NOT_FOUND);
    await this.visibleUser(actor, comment.candidateId);
    return comment;
  }

  /** Only its author edits or deletes a comment; other participants get 403. */
  async ownComment(actor: Actor, commentId: string): Promise<Comment> {
    const comment = await this.visibleComment(actor, commentId);
    if (comment.authorId !== actor.id) {
      throw new ForbiddenException(
        "Seul·e l'auteur·rice modifie ou supprime son commentaire. / Only the author changes a comment.",
      );
    }
    return comment;
  }

  /**
   * The active staff who follow a candidate, by relation: assigned tutors, teachers of the
   * candidate's cohort, admins of the establishment. `manager` so it can run inside a transaction.
   */
  async followersOf(
    manager: EntityManager,
    candidateId: string,
  ): Promise<{ id: string; relation: 'tutor' | 'teacher' | 'admin' }[]> {
    return manager.query(
      `SELECT ta.tutor_id AS id, 'tutor' AS relation FROM tutor_assignment ta
         JOIN app_user u ON u.id = ta.tutor_id WHERE ta.candidate_id = $1 AND u.active AND 'tutor' = ANY(u.roles)
       UNION
       SELECT tc.teacher_id, 'teacher' FROM candidate_profile cp
         JOIN teacher_cohort tc ON tc.cohort_id = cp.cohort_id
         JOIN app_user u ON u.id = tc.teacher_id WHERE cp.user_id = $1 AND u.active AND 'teacher' = ANY(u.roles)
       UNION
       SELECT a.id, 'admin' FROM app_user a JOIN app_user c ON c.establishment_id = a.establishment_id
         WHERE c.id = $1 AND a.active AND 'admin' = ANY(a.roles)`,
      [candidateId],
    );
  }

  /** Whether `actor` sits on an open session that reviews exactly this submission. */
  private async reviewsSubmission(actor: Actor, submission: Submission): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM exam_session s
       JOIN exam_session_member m ON m.session_id = s.id AND m.user_id = $1
       JOIN exam_session_candidate c ON c.session_id = s.id AND c.candidate_id = $2
       WHERE s.establishment_id = $3 AND s.exam = $4 AND ${SESSION_OPEN}
         AND NOT EXISTS (SELECT 1 FROM exam_session_candidate e WHERE e.session_id = s.id AND e.candidate_id = $1)
         AND (${LATEST_BEFORE_DEADLINE}) = $5`,
      [actor.id, submission.candidateId, actor.establishmentId, submission.exam, submission.id],
    );
    return rows.length > 0;
  }

  /**
   * A session `actor` may see: admins of its establishment, its creator, and its commission members
   * until its retention date (they lose it afterwards). Else 404.
   */
  async visibleExamSession(actor: Actor, sessionId: string): Promise<ExamSession> {
    const qb = this.db
      .getRepository(ExamSession)
      .createQueryBuilder('s')
      .where('s.id = :sessionId', { sessionId });
    const session = await this.scopeExamSessions(qb, actor).getOne();
    if (!session) throw new NotFoundException(NOT_FOUND);
    return session;
  }

  /** Restricts a query on exam sessions (alias `s`) to those `actor` may see. */
  scopeExamSessions(
    qb: SelectQueryBuilder<ExamSession>,
    actor: Actor,
  ): SelectQueryBuilder<ExamSession> {
    const clauses = [
      `(s.id IN (SELECT m.session_id FROM exam_session_member m WHERE m.user_id = :actorId) AND ${SESSION_OPEN})`,
    ];
    if (hasRole(actor, 'admin')) clauses.push('TRUE');
    if (hasRole(actor, 'teacher')) clauses.push('s.created_by = :actorId');
    return qb
      .andWhere('s.establishment_id = :establishmentId')
      .andWhere(`(${clauses.join(' OR ')})`)
      .andWhere(`NOT (${ENROLLED_IN_S})`)
      .setParameters({ actorId: actor.id, establishmentId: actor.establishmentId });
  }

  /** Sessions are managed by the admins of their establishment and by the teacher who created them. */
  async manageableExamSession(actor: Actor, sessionId: string): Promise<ExamSession> {
    const session = await this.visibleExamSession(actor, sessionId);
    if (!this.managesExamSession(actor, session)) {
      throw new ForbiddenException(
        'Réservé aux administrateurs et au formateur qui a créé la session. / Session managers only.',
      );
    }
    return session;
  }

  /**
   * Who may be seated on a commission: an active examiner or teacher of the session's
   * establishment. Anyone else answers 404, so a manager learns nothing about other accounts.
   */
  async seatableMember(session: ExamSession, userId: string): Promise<User> {
    const user = await this.db
      .getRepository(User)
      .findOneBy({ id: userId, establishmentId: session.establishmentId, active: true });
    if (!user?.roles.some((r) => r === 'examiner' || r === 'teacher')) {
      throw new NotFoundException(
        "Aucun examinateur ou formateur actif de l'établissement ne correspond : invitez la personne par e-mail. / No active examiner or teacher with this id.",
      );
    }
    return user;
  }

  /**
   * Nobody sits on the commission of a session they are a candidate of, and nobody seated is
   * enrolled (409). Run inside the transaction that seats or enrols, after locking the session row.
   */
  async assertNoSeatConflict(
    manager: EntityManager,
    sessionId: string,
    change: { seat: string } | { enrol: string },
  ): Promise<void> {
    const [table, column, id] =
      'seat' in change
        ? ['exam_session_candidate', 'candidate_id', change.seat]
        : ['exam_session_member', 'user_id', change.enrol];
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM ${table} WHERE session_id = $1 AND ${column} = $2`,
      [sessionId, id],
    );
    if (rows.length === 0) return;
    throw new ConflictException(
      'seat' in change
        ? 'Cette personne est candidate dans cette session : elle ne peut pas siéger à sa commission. / A candidate of the session cannot sit on its commission.'
        : 'Cette personne siège à la commission de cette session : elle ne peut pas y être candidate. / A commission member cannot be a candidate of the session.',
    );
  }

  /** Whether `actor` manages a session they see (admins; the teacher who created it). */
  managesExamSession(actor: Actor, session: ExamSession): boolean {
    return hasRole(actor, 'admin') || (hasRole(actor, 'teacher') && session.createdBy === actor.id);
  }

  /**
   * Whether `actor` reaches the evaluations of a session they see: its open commission's members
   * and the establishment's admins.
   */
  async reachesEvaluations(actor: Actor, session: ExamSession): Promise<boolean> {
    return hasRole(actor, 'admin') || this.isOpenMember(actor, session);
  }

  /** The grids of a whole session (`grids.pdf`): its commission and the admins, else 403. */
  async sessionGridsReachable(actor: Actor, sessionId: string): Promise<ExamSession> {
    const session = await this.visibleExamSession(actor, sessionId);
    if (!(await this.reachesEvaluations(actor, session))) {
      throw new ForbiddenException(
        'Réservé à la commission et aux administrateurs. / Commission members and admins only.',
      );
    }
    return session;
  }

  /** A candidate a session manager may enrol: admins any of theirs, teachers those they follow. */
  async enrollableCandidate(actor: Actor, candidateId: string): Promise<User> {
    const candidate = await this.candidateProfileEditable(actor, candidateId);
    if (!candidate.roles.includes('candidate')) throw new NotFoundException(NOT_FOUND);
    return candidate;
  }

  /**
   * The evaluations of a session's candidate are reached by its commission members (until the
   * retention date) and the establishment's admins; nobody else, the candidate never. Else 404.
   */
  async evaluationReachable(
    actor: Actor,
    sessionId: string,
    candidateId: string,
  ): Promise<{ session: ExamSession; member: boolean }> {
    const session = await this.visibleExamSession(actor, sessionId);
    const member = await this.isOpenMember(actor, session);
    const enrolled: unknown[] = await this.db.query(
      `SELECT 1 FROM exam_session_candidate WHERE session_id = $1 AND candidate_id = $2`,
      [session.id, candidateId],
    );
    if (enrolled.length === 0 || (!member && !hasRole(actor, 'admin'))) {
      throw new NotFoundException(NOT_FOUND);
    }
    return { session, member };
  }

  /** Whether `actor` sits on the session's commission and the retention date has not passed. */
  async isOpenMember(actor: Actor, session: ExamSession): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM exam_session s JOIN exam_session_member m ON m.session_id = s.id
       WHERE s.id = $1 AND m.user_id = $2 AND ${SESSION_OPEN}`,
      [session.id, actor.id],
    );
    return rows.length > 0;
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
      throw new ForbiddenException(
        `La date limite de dépôt pour ${exam} (session « ${closed.label} ») est passée depuis le ${new Date(closed.deadline).toISOString()} : le dossier ne peut plus être déposé. / The submission deadline has passed.`,
      );
    }
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
