import {
  type CriterionScore,
  evaluationGrid,
  type EvaluationGrid,
  isProposedMark,
  unknownCriteria,
} from '@dossier-sno/exam-rules';
import { referential, referentials } from '@dossier-sno/referential';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditLog } from '../audit/audit.service.js';
import { staleVersion } from '../common/stale-version.js';
import { AccessPolicy } from '../policy/access-policy.js';
import { evaluationKey, Permission } from '../policy/permission.js';
import { User } from '../users/user.entity.js';
import { Evaluation, EvaluationSignOff } from './evaluation.entity.js';
import { ExamSession, ExamSessionMember } from './exam-session.entity.js';
import type { CorrectEvaluationDto, EvaluationView, SaveEvaluationDto } from './exam.dto.js';
import { ExamsService, memberView, recordSessionEvent } from './exams.service.js';
import { SessionCandidatesService } from './session-candidates.service.js';
import { gridsPdf, type CandidateGrid } from './grids-pdf.js';
import { DomainError } from '../common/domain-error.js';

/** The commissions' evaluations: the grid, the proposed mark, sign-offs, corrections, the PDF. */
@Injectable()
export class EvaluationsService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditLog,
    private readonly sessions: ExamsService,
    private readonly candidates: SessionCandidatesService,
  ) {}

  async evaluation(actor: Actor, sessionId: string, candidateId: string): Promise<EvaluationView> {
    const { session, member } = await this.reachable(actor, sessionId, candidateId);
    return this.evaluationView(this.db.manager, session, candidateId, member);
  }

  /** The session of an evaluation `actor` reaches, and whether they sit on its open commission. */
  private async reachable(actor: Actor, sessionId: string, candidateId: string) {
    const key = evaluationKey(sessionId, candidateId);
    await this.policy.requireAccess(actor, Permission.EvaluationRead, [key]);
    const member = await this.policy.can(actor, Permission.EvaluationWrite, key);
    const session = await this.db.getRepository(ExamSession).findOneByOrFail({ id: sessionId });
    return { session, member };
  }

  /** Members fill the grid, the mark and the notes; a change withdraws earlier sign-offs. */
  async saveEvaluation(
    actor: Actor,
    sessionId: string,
    candidateId: string,
    dto: SaveEvaluationDto,
  ): Promise<EvaluationView> {
    await this.policy.requireAccess(actor, Permission.EvaluationWrite, [
      evaluationKey(sessionId, candidateId),
    ]);
    const session = await this.db.getRepository(ExamSession).findOneByOrFail({ id: sessionId });
    const grid = await this.gridFor(session, candidateId);
    const scores = checkedScores(grid, dto);
    return this.db.transaction(async (manager) => {
      const current = await lockedEvaluation(manager, session.id, candidateId);
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
      await recordSessionEvent(this.audit, manager, actor, 'evaluation.saved', session.id, {
        candidateId,
      });
      return this.evaluationView(manager, session, candidateId, true);
    });
  }

  /** A member signs off; once every member has, the evaluation is locked. */
  async signOff(actor: Actor, sessionId: string, candidateId: string): Promise<EvaluationView> {
    await this.policy.requireAccess(actor, Permission.EvaluationWrite, [
      evaluationKey(sessionId, candidateId),
    ]);
    const session = await this.db.getRepository(ExamSession).findOneByOrFail({ id: sessionId });
    return this.db.transaction(async (manager) => {
      const evaluation = await lockedEvaluation(manager, session.id, candidateId);
      if (!evaluation) {
        throw new DomainError('EVALUATION_NOT_SAVED');
      }
      if (evaluation.lockedAt) throw locked();
      if (evaluation.proposedMark === null) {
        throw new DomainError('MARK_REQUIRED_TO_SIGN');
      }
      const signed = await manager.existsBy(EvaluationSignOff, {
        evaluationId: evaluation.id,
        userId: actor.id,
      });
      if (!signed) {
        await manager.insert(EvaluationSignOff, { evaluationId: evaluation.id, userId: actor.id });
        // A new signature changes what a save would withdraw: a member who read the grid before
        // it gets 409 and sees whose signature their save removes (the row lock orders both).
        await manager.increment(Evaluation, { id: evaluation.id }, 'version', 1);
      }
      await recordSessionEvent(this.audit, manager, actor, 'evaluation.signed_off', session.id, {
        candidateId,
      });
      const [{ pending }] = (await manager.query(
        `SELECT count(*)::int AS pending FROM exam_session_member m
         WHERE m.session_id = $1 AND NOT EXISTS (
           SELECT 1 FROM evaluation_sign_off so WHERE so.evaluation_id = $2 AND so.user_id = m.user_id)`,
        [session.id, evaluation.id],
      )) as [{ pending: number }];
      if (pending === 0) {
        await manager.update(Evaluation, { id: evaluation.id }, { lockedAt: new Date() });
        await recordSessionEvent(this.audit, manager, actor, 'evaluation.locked', session.id, {
          candidateId,
        });
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
    const { session, member } = await this.reachable(actor, sessionId, candidateId);
    const grid = await this.gridFor(session, candidateId);
    const scores = checkedScores(grid, dto);
    return this.db.transaction(async (manager) => {
      const current = await manager.findOneBy(Evaluation, { sessionId: session.id, candidateId });
      if (!current?.lockedAt) {
        throw new DomainError('EVALUATION_NOT_LOCKED');
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
      await recordSessionEvent(this.audit, manager, actor, 'evaluation.corrected', session.id, {
        candidateId,
        reason: dto.reason,
        changed,
      });
      return this.evaluationView(manager, session, candidateId, member);
    });
  }

  /** The grids of every candidate of the session, for the final jury (members and admins). */
  async gridsPdf(actor: Actor, sessionId: string): Promise<PDFKit.PDFDocument> {
    const session = await this.sessions.session(actor, Permission.ExamSessionMarksRead, sessionId);
    const candidates = await this.candidates.list(actor, session.id);
    const grids: CandidateGrid[] = [];
    for (const c of candidates) {
      const evaluation = await this.evaluationView(this.db.manager, session, c.candidateId, false);
      grids.push({ displayName: c.displayName, submission: c.submission, evaluation });
    }
    return gridsPdf(session, grids);
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
}

/** The evaluation of a candidate in a session, row-locked until the transaction ends. */
function lockedEvaluation(
  manager: EntityManager,
  sessionId: string,
  candidateId: string,
): Promise<Evaluation | null> {
  return manager
    .getRepository(Evaluation)
    .createQueryBuilder('e')
    .setLock('pessimistic_write')
    .where('e.session_id = :sessionId AND e.candidate_id = :candidateId', {
      sessionId,
      candidateId,
    })
    .getOne();
}

/** The scores by criterion id, after checking them against the grid and the mark's scale. */
function checkedScores(
  grid: EvaluationGrid,
  dto: SaveEvaluationDto,
): Record<string, CriterionScore> {
  const scores: Record<string, CriterionScore> = {};
  for (const s of dto.scores) {
    if (s.criterionId in scores) {
      throw new DomainError('CRITERION_REPEATED', { criterion: s.criterionId });
    }
    scores[s.criterionId] = { level: s.level ?? null, comment: s.comment };
  }
  const unknown = unknownCriteria(grid, scores);
  if (unknown.length) {
    throw new DomainError('UNKNOWN_CRITERIA', {
      exam: grid.exam,
      criteria: unknown,
      count: unknown.length,
    });
  }
  if (
    dto.proposedMark !== null &&
    dto.proposedMark !== undefined &&
    !isProposedMark(dto.proposedMark)
  ) {
    throw new DomainError('MARK_HALF_POINTS');
  }
  return scores;
}

function locked() {
  return new DomainError('EVALUATION_LOCKED');
}
