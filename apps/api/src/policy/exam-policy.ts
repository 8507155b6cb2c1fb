import {
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { ExamCode } from '@dossier-sno/referential';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { type Actor, hasRole } from '../auth/actor.js';
import type { Submission } from '../dossiers/submission.entity.js';
import { ExamSession } from '../exams/exam-session.entity.js';
import { User } from '../users/user.entity.js';
import { NOT_FOUND, PeoplePolicy } from './people-policy.js';

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

/** Exam sessions, commissions and evaluations (a layer of `AccessPolicy`, see access-policy.ts). */
@Injectable()
export class ExamPolicy extends PeoplePolicy {
  /** Whether `actor` sits on an open session that reviews exactly this submission. */
  protected async reviewsSubmission(actor: Actor, submission: Submission): Promise<boolean> {
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

  /** An evaluation `actor` fills and signs: only its commission's members (admins read it). */
  async evaluationWritable(
    actor: Actor,
    sessionId: string,
    candidateId: string,
  ): Promise<{ session: ExamSession }> {
    const { session, member } = await this.evaluationReachable(actor, sessionId, candidateId);
    if (!member) {
      throw new ForbiddenException(
        'Seuls les membres de la commission remplissent et signent la grille. / Only commission members fill and sign the grid.',
      );
    }
    return { session };
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
}
