import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditLog } from '../audit/audit.service.js';
import { checkDateRange } from '../common/dates.js';
import { staleVersion } from '../common/stale-version.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { AccessPolicy } from '../policy/access-policy.js';
import { Permission } from '../policy/permission.js';
import { RelationRules } from '../policy/relation-rules.js';
import { scopeExamSessions } from '../policy/scopes.js';
import { User } from '../users/user.entity.js';
import { AccountLinks } from '../users/account-links.service.js';
import { UsersService } from '../users/users.service.js';
import { ExamSession, ExamSessionCandidate, ExamSessionMember } from './exam-session.entity.js';
import type {
  CreateExamSessionDto,
  ExamSessionMemberView,
  ExamSessionView,
  InviteExaminerDto,
  UpdateExamSessionDto,
} from './exam.dto.js';
import { DomainError } from '../common/domain-error.js';

/**
 * Exam sessions and their commissions (candidates: session-candidates.service.ts; evaluations:
 * evaluations.service.ts).
 */
@Injectable()
export class ExamsService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly rules: RelationRules,
    private readonly audit: AuditLog,
    private readonly users: UsersService,
    private readonly links: AccountLinks,
    private readonly notifications: NotificationsService,
  ) {}

  async list(actor: Actor): Promise<ExamSessionView[]> {
    const qb = this.db.getRepository(ExamSession).createQueryBuilder('s');
    const sessions = await scopeExamSessions(qb, actor)
      .orderBy('s.submission_deadline', 'DESC')
      .getMany();
    return Promise.all(sessions.map((s) => this.view(actor, s)));
  }

  async get(actor: Actor, sessionId: string): Promise<ExamSessionView> {
    return this.view(actor, await this.session(actor, Permission.ExamSessionRead, sessionId));
  }

  async create(actor: Actor, dto: CreateExamSessionDto): Promise<ExamSessionView> {
    checkSessionDates(dto);
    const session = await this.db.transaction(async (manager) => {
      const created = await manager.save(
        manager.create(ExamSession, {
          establishmentId: actor.establishmentId,
          exam: dto.exam,
          mode: dto.mode,
          label: dto.label,
          oralStartsOn: dto.oralStartsOn,
          oralEndsOn: dto.oralEndsOn,
          submissionDeadline: new Date(dto.submissionDeadline),
          retentionUntil: dto.retentionUntil,
          createdBy: actor.id,
        }),
      );
      await recordSessionEvent(this.audit, manager, actor, 'exam_session.created', created.id, {
        exam: dto.exam,
      });
      return created;
    });
    return this.view(actor, session);
  }

  async update(
    actor: Actor,
    sessionId: string,
    dto: UpdateExamSessionDto,
  ): Promise<ExamSessionView> {
    const session = await this.session(actor, Permission.ExamSessionManage, sessionId);
    if (session.version !== dto.version) throw staleVersion('examSession', session.version);
    const merged = {
      oralStartsOn: dto.oralStartsOn ?? session.oralStartsOn,
      oralEndsOn: dto.oralEndsOn ?? session.oralEndsOn,
      retentionUntil: dto.retentionUntil ?? session.retentionUntil,
      submissionDeadline: dto.submissionDeadline ?? session.submissionDeadline.toISOString(),
    };
    checkSessionDates(merged);
    await this.db.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(ExamSession)
        .set({
          ...(dto.label !== undefined && { label: dto.label }),
          ...(dto.mode !== undefined && { mode: dto.mode }),
          oralStartsOn: merged.oralStartsOn,
          oralEndsOn: merged.oralEndsOn,
          retentionUntil: merged.retentionUntil,
          submissionDeadline: new Date(merged.submissionDeadline),
          version: () => 'version + 1',
          updatedAt: () => 'now()',
        })
        .where('id = :id AND version = :version', { id: session.id, version: dto.version })
        .execute();
      if (result.affected !== 1) throw staleVersion('examSession', session.version);
      await recordSessionEvent(this.audit, manager, actor, 'exam_session.updated', session.id, {
        fields: Object.keys(dto).filter((k) => k !== 'version'),
      });
    });
    return this.get(actor, session.id);
  }

  /**
   * Seats an existing examiner or teacher of the establishment on the commission.
   * This is where a person is "invited to a commission" (with inviteMember).
   */
  async addMember(actor: Actor, sessionId: string, userId: string): Promise<void> {
    const session = await this.session(actor, Permission.ExamSessionManage, sessionId);
    const user = await this.rules.seatableMember(session, userId);
    await this.db.transaction(async (manager) => {
      await lockSession(manager, session.id);
      await this.rules.assertNoSeatConflict(manager, session.id, { seat: user.id });
      await manager
        .createQueryBuilder()
        .insert()
        .into(ExamSessionMember)
        .values({ sessionId: session.id, userId: user.id })
        .orIgnore()
        .execute();
      await recordSessionEvent(
        this.audit,
        manager,
        actor,
        'exam_session.member_added',
        session.id,
        {
          userId: user.id,
        },
      );
      await this.notifyMember(manager, actor, session, user.id);
    });
  }

  /** "Invited to a commission": seen in the app and in the daily digest, never with a candidate's name. */
  private notifyMember(
    manager: EntityManager,
    actor: Actor,
    session: ExamSession,
    userId: string,
  ): Promise<void> {
    return this.notifications.notify(manager, [userId], {
      kind: 'commission',
      subjectType: 'exam_session',
      subjectId: session.id,
      reason: 'commissionSeat',
      params: { inviter: actor.displayName, session: session.label, exam: session.exam },
    });
  }

  /**
   * Invites someone without an account (an examiner of another establishment, a professional) by
   * e-mail: an examiner account in the session's establishment, seated on the commission.
   */
  async inviteMember(
    actor: Actor,
    sessionId: string,
    dto: InviteExaminerDto,
  ): Promise<ExamSessionMemberView> {
    const session = await this.session(actor, Permission.ExamSessionManage, sessionId);
    const created = await this.db.transaction(async (manager) => {
      const account = await this.users.createAccount(manager, actor, session.establishmentId, {
        email: dto.email,
        displayName: dto.displayName,
        roles: ['examiner'],
      });
      await manager.insert(ExamSessionMember, { sessionId: session.id, userId: account.user.id });
      await recordSessionEvent(
        this.audit,
        manager,
        actor,
        'exam_session.member_invited',
        session.id,
        {
          userId: account.user.id,
        },
      );
      await this.notifyMember(manager, actor, session, account.user.id);
      return account;
    });
    await this.links.sendInvitations(actor, [created]);
    const { id, displayName, email, roles } = created.user;
    return { id, displayName, email, roles };
  }

  async removeMember(actor: Actor, sessionId: string, userId: string): Promise<void> {
    const session = await this.session(actor, Permission.ExamSessionManage, sessionId);
    await this.db.transaction(async (manager) => {
      const result = await manager.delete(ExamSessionMember, { sessionId: session.id, userId });
      if (result.affected)
        await recordSessionEvent(
          this.audit,
          manager,
          actor,
          'exam_session.member_removed',
          session.id,
          { userId },
        );
    });
  }

  /** The session, once `actor` holds `permission` on it (404 or 403 otherwise). */
  async session(actor: Actor, permission: Permission, sessionId: string): Promise<ExamSession> {
    await this.policy.requireAccess(actor, permission, [sessionId]);
    return this.db.getRepository(ExamSession).findOneByOrFail({ id: sessionId });
  }

  private async view(actor: Actor, session: ExamSession): Promise<ExamSessionView> {
    const members = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.id IN (SELECT m.user_id FROM exam_session_member m WHERE m.session_id = :id)', {
        id: session.id,
      })
      .orderBy('u.display_name')
      .getMany();
    const candidateCount = await this.db
      .getRepository(ExamSessionCandidate)
      .countBy({ sessionId: session.id });
    return {
      id: session.id,
      exam: session.exam,
      mode: session.mode,
      label: session.label,
      oralStartsOn: session.oralStartsOn,
      oralEndsOn: session.oralEndsOn,
      submissionDeadline: session.submissionDeadline,
      retentionUntil: session.retentionUntil,
      members: members.map(memberView),
      candidateCount,
      canManage: await this.policy.can(actor, Permission.ExamSessionManage, session.id),
      isMember: members.some((m) => m.id === actor.id),
      version: session.version,
    };
  }
}

/** Seating and enrolling take the session's row lock, so a seat and an enrolment never cross. */
export async function lockSession(manager: EntityManager, sessionId: string): Promise<void> {
  await manager.query(`SELECT 1 FROM exam_session WHERE id = $1 FOR UPDATE`, [sessionId]);
}

export function memberView(u: User): ExamSessionMemberView {
  return { id: u.id, displayName: u.displayName, email: u.email, roles: u.roles };
}

function checkSessionDates(d: {
  oralStartsOn: string;
  oralEndsOn: string;
  retentionUntil: string;
  submissionDeadline: string;
}): void {
  checkDateRange(['oralStartsOn', d.oralStartsOn], ['oralEndsOn', d.oralEndsOn]);
  checkDateRange(['oralEndsOn', d.oralEndsOn], ['retentionUntil', d.retentionUntil]);
  if (d.submissionDeadline.slice(0, 10) > d.oralStartsOn) {
    throw new DomainError('DEADLINE_AFTER_ORALS');
  }
}

/** An audit event about an exam session, in the transaction of the change. */
export function recordSessionEvent(
  audit: AuditLog,
  manager: EntityManager,
  actor: Actor,
  action: Parameters<AuditLog['record']>[0]['action'],
  sessionId: string,
  details: Record<string, unknown>,
): Promise<void> {
  return audit.record(
    { action, actor, subjectType: 'exam_session', subjectId: sessionId, details },
    manager,
  );
}
