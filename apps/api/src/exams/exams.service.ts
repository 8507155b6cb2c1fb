import {
  type CriterionScore,
  evaluationGrid,
  type EvaluationGrid,
  isProposedMark,
  unknownCriteria,
} from '@dossier-sno/exam-rules';
import { referential, referentials } from '@dossier-sno/referential';
import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditLog } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { checkDateRange } from '../common/dates.js';
import type { SubmissionView } from '../dossiers/dossier.dto.js';
import { SubmissionsService } from '../dossiers/submissions.service.js';
import { AccessPolicy, LATEST_BEFORE_DEADLINE } from '../policy/access-policy.js';
import { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { Evaluation, EvaluationSignOff } from './evaluation.entity.js';
import { ExamSession, ExamSessionCandidate, ExamSessionMember } from './exam-session.entity.js';
import type {
  CorrectEvaluationDto,
  CreateExamSessionDto,
  EvaluationView,
  ExamSessionMemberView,
  ExamSessionView,
  InviteExaminerDto,
  SaveEvaluationDto,
  SessionCandidateView,
  UpdateExamSessionDto,
} from './exam.dto.js';
import { gridsPdf, type CandidateGrid } from './grids-pdf.js';
import { staleVersion } from '../common/stale-version.js';

const NOT_FOUND = 'Introuvable. / Not found.';

/** Exam sessions, their commissions and candidates, and the commissions' evaluations. */
@Injectable()
export class ExamsService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditLog,
    private readonly users: UsersService,
    private readonly submissions: SubmissionsService,
    private readonly notifications: NotificationsService,
  ) {}

  async list(actor: Actor): Promise<ExamSessionView[]> {
    const qb = this.db.getRepository(ExamSession).createQueryBuilder('s');
    const sessions = await this.policy
      .scopeExamSessions(qb, actor)
      .orderBy('s.submission_deadline', 'DESC')
      .getMany();
    return Promise.all(sessions.map((s) => this.view(actor, s)));
  }

  async get(actor: Actor, sessionId: string): Promise<ExamSessionView> {
    return this.view(actor, await this.policy.visibleExamSession(actor, sessionId));
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
      await this.record(manager, actor, 'exam_session.created', created.id, { exam: dto.exam });
      return created;
    });
    return this.view(actor, session);
  }

  async update(
    actor: Actor,
    sessionId: string,
    dto: UpdateExamSessionDto,
  ): Promise<ExamSessionView> {
    const session = await this.policy.manageableExamSession(actor, sessionId);
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
      await this.record(manager, actor, 'exam_session.updated', session.id, {
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
    const session = await this.policy.manageableExamSession(actor, sessionId);
    const user = await this.policy.seatableMember(session, userId);
    await this.db.transaction(async (manager) => {
      await lockSession(manager, session.id);
      await this.policy.assertNoSeatConflict(manager, session.id, { seat: user.id });
      await manager
        .createQueryBuilder()
        .insert()
        .into(ExamSessionMember)
        .values({ sessionId: session.id, userId: user.id })
        .orIgnore()
        .execute();
      await this.record(manager, actor, 'exam_session.member_added', session.id, {
        userId: user.id,
      });
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
      summary: `${actor.displayName} vous a ajouté·e à la commission « ${session.label} » (${session.exam}).`,
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
    const session = await this.policy.manageableExamSession(actor, sessionId);
    const created = await this.db.transaction(async (manager) => {
      const account = await this.users.createAccount(manager, actor, session.establishmentId, {
        email: dto.email,
        displayName: dto.displayName,
        roles: ['examiner'],
      });
      await manager.insert(ExamSessionMember, { sessionId: session.id, userId: account.user.id });
      await this.record(manager, actor, 'exam_session.member_invited', session.id, {
        userId: account.user.id,
      });
      await this.notifyMember(manager, actor, session, account.user.id);
      return account;
    });
    await this.users.sendInvitations(actor, [created]);
    const { id, displayName, email, roles } = created.user;
    return { id, displayName, email, roles };
  }

  async removeMember(actor: Actor, sessionId: string, userId: string): Promise<void> {
    const session = await this.policy.manageableExamSession(actor, sessionId);
    await this.db.transaction(async (manager) => {
      const result = await manager.delete(ExamSessionMember, { sessionId: session.id, userId });
      if (result.affected)
        await this.record(manager, actor, 'exam_session.member_removed', session.id, { userId });
    });
  }

  async addCandidate(actor: Actor, sessionId: string, candidateId: string): Promise<void> {
    const session = await this.policy.manageableExamSession(actor, sessionId);
    const candidate = await this.policy.enrollableCandidate(actor, candidateId);
    await this.db.transaction(async (manager) => {
      await lockSession(manager, session.id);
      await this.policy.assertNoSeatConflict(manager, session.id, { enrol: candidate.id });
      await manager
        .createQueryBuilder()
        .insert()
        .into(ExamSessionCandidate)
        .values({ sessionId: session.id, candidateId: candidate.id })
        .orIgnore()
        .execute();
      await this.record(manager, actor, 'exam_session.candidate_added', session.id, {
        candidateId: candidate.id,
      });
    });
  }

  async removeCandidate(actor: Actor, sessionId: string, candidateId: string): Promise<void> {
    const session = await this.policy.manageableExamSession(actor, sessionId);
    await this.db.transaction(async (manager) => {
      const result = await manager.delete(ExamSessionCandidate, {
        sessionId: session.id,
        candidateId,
      });
      if (result.affected)
        await this.record(manager, actor, 'exam_session.candidate_removed', session.id, {
          candidateId,
        });
    });
  }

  /** The session's candidates, each with the submission the commission reviews (if any). */
  async candidates(actor: Actor, sessionId: string): Promise<SessionCandidateView[]> {
    const session = await this.policy.visibleExamSession(actor, sessionId);
    const reachesEvaluations = await this.policy.reachesEvaluations(actor, session);
    const rows = (await this.db.query(
      `SELECT c.candidate_id, u.display_name, sub.id AS submission_id, sub.submitted_at,
              sub.manifest_sha256, sub.acknowledged_incomplete, e.locked_at, e.id AS evaluation_id
       FROM exam_session s
       JOIN exam_session_candidate c ON c.session_id = s.id
       JOIN app_user u ON u.id = c.candidate_id
       LEFT JOIN submission sub ON sub.id = (${LATEST_BEFORE_DEADLINE})
       LEFT JOIN evaluation e ON e.session_id = s.id AND e.candidate_id = c.candidate_id
       WHERE s.id = $1
       ORDER BY u.display_name, c.candidate_id`,
      [session.id],
    )) as {
      candidate_id: string;
      display_name: string;
      submission_id: string | null;
      submitted_at: Date | null;
      manifest_sha256: string | null;
      acknowledged_incomplete: boolean | null;
      locked_at: Date | null;
      evaluation_id: string | null;
    }[];
    return rows.map((r) => ({
      candidateId: r.candidate_id,
      displayName: r.display_name,
      submission: r.submission_id
        ? {
            id: r.submission_id,
            submittedAt: r.submitted_at!,
            manifestSha256: r.manifest_sha256!,
            acknowledgedIncomplete: r.acknowledged_incomplete!,
          }
        : null,
      evaluationStatus: !reachesEvaluations
        ? null
        : r.locked_at
          ? 'locked'
          : r.evaluation_id
            ? 'draft'
            : 'none',
    }));
  }

  /** The submission the commission reviews for this candidate, read like GET /submissions/:id. */
  async candidateSubmission(
    actor: Actor,
    sessionId: string,
    candidateId: string,
    ip?: string,
  ): Promise<SubmissionView> {
    const session = await this.policy.visibleExamSession(actor, sessionId);
    const [row] = (await this.db.query(
      `SELECT (${LATEST_BEFORE_DEADLINE}) AS id FROM exam_session s
       JOIN exam_session_candidate c ON c.session_id = s.id AND c.candidate_id = $2
       WHERE s.id = $1`,
      [session.id, candidateId],
    )) as { id: string | null }[];
    if (!row) throw new NotFoundException(NOT_FOUND);
    if (!row.id) {
      throw new NotFoundException(
        "Aucun dossier déposé avant la date limite de cette session. / No submission before the session's deadline.",
      );
    }
    return this.submissions.view(await this.submissions.visible(actor, row.id, 'review', ip));
  }

  async evaluation(actor: Actor, sessionId: string, candidateId: string): Promise<EvaluationView> {
    const { session, member } = await this.policy.evaluationReachable(
      actor,
      sessionId,
      candidateId,
    );
    return this.evaluationView(this.db.manager, session, candidateId, member);
  }

  /** Members fill the grid, the mark and the notes; a change withdraws earlier sign-offs. */
  async saveEvaluation(
    actor: Actor,
    sessionId: string,
    candidateId: string,
    dto: SaveEvaluationDto,
  ): Promise<EvaluationView> {
    const { session } = await this.memberOf(actor, sessionId, candidateId);
    const grid = await this.gridFor(session, candidateId);
    const scores = checkedScores(grid, dto);
    return this.db.transaction(async (manager) => {
      const current = await manager
        .getRepository(Evaluation)
        .createQueryBuilder('e')
        .setLock('pessimistic_write')
        .where('e.session_id = :sessionId AND e.candidate_id = :candidateId', {
          sessionId: session.id,
          candidateId,
        })
        .getOne();
      if (current?.lockedAt) throw locked();
      if ((current?.version ?? 0) !== dto.version)
        throw staleVersion('evaluation', current?.version ?? 0);
      const fields = {
        scores,
        proposedMark: dto.proposedMark ?? null,
        notes: dto.notes,
        updatedBy: actor.id,
      };
      if (current) {
        await manager.update(
          Evaluation,
          { id: current.id },
          { ...fields, version: () => 'version + 1' },
        );
        await manager.delete(EvaluationSignOff, { evaluationId: current.id });
      } else {
        await manager
          .insert(Evaluation, { sessionId: session.id, candidateId, ...fields })
          .catch(() => {
            throw staleVersion('evaluation', 0); // another member created it first
          });
      }
      await this.record(manager, actor, 'evaluation.saved', session.id, { candidateId });
      return this.evaluationView(manager, session, candidateId, true);
    });
  }

  /** A member signs off; once every member has, the evaluation is locked. */
  async signOff(actor: Actor, sessionId: string, candidateId: string): Promise<EvaluationView> {
    const { session } = await this.memberOf(actor, sessionId, candidateId);
    return this.db.transaction(async (manager) => {
      const evaluation = await manager
        .getRepository(Evaluation)
        .createQueryBuilder('e')
        .setLock('pessimistic_write')
        .where('e.session_id = :sessionId AND e.candidate_id = :candidateId', {
          sessionId: session.id,
          candidateId,
        })
        .getOne();
      if (!evaluation) {
        throw new ConflictException(
          "Enregistrez d'abord la grille avant de la signer. / Save the evaluation before signing it.",
        );
      }
      if (evaluation.lockedAt) throw locked();
      if (evaluation.proposedMark === null) {
        throw new ConflictException(
          'Proposez une note sur 20 avant de signer. / Propose a mark before signing.',
        );
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(EvaluationSignOff)
        .values({ evaluationId: evaluation.id, userId: actor.id })
        .orIgnore()
        .execute();
      await this.record(manager, actor, 'evaluation.signed_off', session.id, { candidateId });
      const [{ pending }] = (await manager.query(
        `SELECT count(*)::int AS pending FROM exam_session_member m
         WHERE m.session_id = $1 AND NOT EXISTS (
           SELECT 1 FROM evaluation_sign_off so WHERE so.evaluation_id = $2 AND so.user_id = m.user_id)`,
        [session.id, evaluation.id],
      )) as [{ pending: number }];
      if (pending === 0) {
        await manager.update(Evaluation, { id: evaluation.id }, { lockedAt: new Date() });
        await this.record(manager, actor, 'evaluation.locked', session.id, { candidateId });
      }
      return this.evaluationView(manager, session, candidateId, true);
    });
  }

  /** An admin corrects a locked evaluation, with a reason kept in the audit log. */
  async correct(
    actor: Actor,
    sessionId: string,
    candidateId: string,
    dto: CorrectEvaluationDto,
  ): Promise<EvaluationView> {
    const { session, member } = await this.policy.evaluationReachable(
      actor,
      sessionId,
      candidateId,
    );
    const grid = await this.gridFor(session, candidateId);
    const scores = checkedScores(grid, dto);
    return this.db.transaction(async (manager) => {
      const current = await manager.findOneBy(Evaluation, { sessionId: session.id, candidateId });
      if (!current?.lockedAt) {
        throw new ConflictException(
          "Cette évaluation n'est pas verrouillée : la commission la modifie elle-même. / Only a locked evaluation is corrected.",
        );
      }
      const result = await manager
        .createQueryBuilder()
        .update(Evaluation)
        .set({
          scores,
          proposedMark: dto.proposedMark ?? null,
          notes: dto.notes,
          updatedBy: actor.id,
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version', { id: current.id, version: dto.version })
        .execute();
      if (result.affected !== 1) throw staleVersion('evaluation', current.version);
      const changed = [
        ...(JSON.stringify(current.scores) !== JSON.stringify(scores) ? ['scores'] : []),
        ...(current.proposedMark !== (dto.proposedMark ?? null) ? ['proposedMark'] : []),
        ...(current.notes !== dto.notes ? ['notes'] : []),
      ];
      // The reason and which fields changed; never the values (no mark in the log).
      await this.record(manager, actor, 'evaluation.corrected', session.id, {
        candidateId,
        reason: dto.reason,
        changed,
      });
      return this.evaluationView(manager, session, candidateId, member);
    });
  }

  /** The grids of every candidate of the session, for the final jury (members and admins). */
  async gridsPdf(actor: Actor, sessionId: string): Promise<PDFKit.PDFDocument> {
    const session = await this.policy.sessionGridsReachable(actor, sessionId);
    const candidates = await this.candidates(actor, session.id);
    const grids: CandidateGrid[] = [];
    for (const c of candidates) {
      const evaluation = await this.evaluationView(this.db.manager, session, c.candidateId, false);
      grids.push({ displayName: c.displayName, submission: c.submission, evaluation });
    }
    return gridsPdf(session, grids);
  }

  private async memberOf(actor: Actor, sessionId: string, candidateId: string) {
    const reached = await this.policy.evaluationReachable(actor, sessionId, candidateId);
    if (!reached.member) {
      throw new ForbiddenException(
        'Seuls les membres de la commission remplissent et signent la grille. / Only commission members fill and sign the grid.',
      );
    }
    return reached;
  }

  /** The grid of the session's exam in the référentiel version of the candidate's cohort. */
  private async gridFor(
    session: ExamSession,
    candidateId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<EvaluationGrid> {
    const [row] = (await manager.query(
      `SELECT c.referential_version AS version FROM candidate_profile cp
       JOIN cohort c ON c.id = cp.cohort_id WHERE cp.user_id = $1`,
      [candidateId],
    )) as { version: string }[];
    return evaluationGrid(referentials[row?.version ?? ''] ?? referential, session.exam);
  }

  private async evaluationView(
    manager: EntityManager,
    session: ExamSession,
    candidateId: string,
    isMember: boolean,
  ): Promise<EvaluationView> {
    const grid = await this.gridFor(session, candidateId, manager);
    const evaluation = await manager.findOneBy(Evaluation, { sessionId: session.id, candidateId });
    const signOffs = evaluation
      ? await manager.find(EvaluationSignOff, {
          where: { evaluationId: evaluation.id },
          order: { signedAt: 'ASC' },
        })
      : [];
    const memberIds = (await manager.findBy(ExamSessionMember, { sessionId: session.id })).map(
      (m) => m.userId,
    );
    const people = await manager.findBy(User, {
      id: In([...new Set([...memberIds, ...signOffs.map((s) => s.userId)])]),
    });
    const person = (id: string) => people.find((p) => p.id === id);
    return {
      sessionId: session.id,
      candidateId,
      grid,
      scores: grid.competences.flatMap((c) =>
        c.criteria.map((k) => ({
          criterionId: k.id,
          level: evaluation?.scores[k.id]?.level ?? null,
          comment: evaluation?.scores[k.id]?.comment ?? '',
        })),
      ),
      proposedMark: evaluation?.proposedMark ?? null,
      notes: evaluation?.notes ?? '',
      lockedAt: evaluation?.lockedAt ?? null,
      signOffs: signOffs.map((s) => ({
        userId: s.userId,
        displayName: person(s.userId)?.displayName ?? '',
        signedAt: s.signedAt,
      })),
      pendingMembers: memberIds
        .filter((id) => !signOffs.some((s) => s.userId === id))
        .map((id) => memberView(person(id)!)),
      isMember,
      version: evaluation?.version ?? 0,
    };
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
      canManage: this.policy.managesExamSession(actor, session),
      isMember: members.some((m) => m.id === actor.id),
      version: session.version,
    };
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    action: Parameters<AuditLog['record']>[0]['action'],
    sessionId: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      { action, actor, subjectType: 'exam_session', subjectId: sessionId, details },
      manager,
    );
  }
}

/** Seating and enrolling take the session's row lock, so a seat and an enrolment never cross. */
async function lockSession(manager: EntityManager, sessionId: string): Promise<void> {
  await manager.query(`SELECT 1 FROM exam_session WHERE id = $1 FOR UPDATE`, [sessionId]);
}

function memberView(u: User): ExamSessionMemberView {
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
    throw new BadRequestException(
      'submissionDeadline doit précéder le début des oraux (oralStartsOn). / The deadline must not be after the first oral.',
    );
  }
}

/** The scores by criterion id, after checking them against the grid and the mark's scale. */
function checkedScores(
  grid: EvaluationGrid,
  dto: SaveEvaluationDto,
): Record<string, CriterionScore> {
  const scores: Record<string, CriterionScore> = {};
  for (const s of dto.scores) {
    if (s.criterionId in scores) {
      throw new BadRequestException(
        `scores : le critère ${s.criterionId} figure deux fois. / Criterion listed twice.`,
      );
    }
    scores[s.criterionId] = { level: s.level ?? null, comment: s.comment };
  }
  const unknown = unknownCriteria(grid, scores);
  if (unknown.length) {
    throw new BadRequestException(
      `scores : critère(s) inconnu(s) pour ${grid.exam} : ${unknown.join(', ')}. / Unknown criteria for this exam.`,
    );
  }
  if (
    dto.proposedMark !== null &&
    dto.proposedMark !== undefined &&
    !isProposedMark(dto.proposedMark)
  ) {
    throw new BadRequestException(
      'proposedMark : une note de 0 à 20 par demi-points (ex. 13,5). / A mark from 0 to 20 in half points.',
    );
  }
  return scores;
}

function locked() {
  return new ConflictException(
    "L'évaluation est verrouillée : toute la commission l'a signée ; une correction passe par l'administration. / The evaluation is locked.",
  );
}
