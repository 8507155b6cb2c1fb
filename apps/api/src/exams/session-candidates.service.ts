import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditLog } from '../audit/audit.service.js';
import type { SubmissionView } from '../dossiers/dossier.dto.js';
import { SubmissionsService } from '../dossiers/submissions.service.js';
import { AccessPolicy } from '../policy/access-policy.js';
import { Permission } from '../policy/permission.js';
import { RelationRules } from '../policy/relation-rules.js';
import { LATEST_BEFORE_DEADLINE } from '../policy/scopes.js';
import { ExamSessionCandidate } from './exam-session.entity.js';
import type { CohortEnrolmentView, SessionCandidateView } from './exam.dto.js';
import { ExamsService, lockSession, recordSessionEvent } from './exams.service.js';
import { DomainError } from '../common/domain-error.js';

/** Who is examined in a session: enrolment (one candidate or a whole cohort), the list, what the commission reads. */
@Injectable()
export class SessionCandidatesService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly rules: RelationRules,
    private readonly audit: AuditLog,
    private readonly sessions: ExamsService,
    private readonly submissions: SubmissionsService,
  ) {}

  async add(actor: Actor, sessionId: string, candidateId: string): Promise<void> {
    await this.enrol(actor, sessionId, [candidateId]);
  }

  /** Every active candidate of the cohort, all or none (a commission member among them: 409). */
  async addCohort(actor: Actor, sessionId: string, cohortId: string): Promise<CohortEnrolmentView> {
    await this.policy.requireAccess(actor, Permission.CohortRead, [cohortId]);
    const rows: { id: string }[] = await this.db.query(
      `SELECT u.id FROM candidate_profile cp JOIN app_user u ON u.id = cp.user_id
       WHERE cp.cohort_id = $1 AND u.active AND 'candidate' = ANY(u.roles) ORDER BY u.id`,
      [cohortId],
    );
    return this.enrol(
      actor,
      sessionId,
      rows.map((r) => r.id),
    );
  }

  /** Enrols the candidates in one transaction under the session's lock; the enrolled stay. */
  private async enrol(
    actor: Actor,
    sessionId: string,
    candidateIds: string[],
  ): Promise<CohortEnrolmentView> {
    const session = await this.sessions.session(actor, Permission.ExamSessionManage, sessionId);
    await this.policy.requireAccess(actor, Permission.CandidateManage, candidateIds);
    if (candidateIds.length === 0) return { enrolled: 0, alreadyEnrolled: 0 };
    return this.db.transaction(async (manager) => {
      await lockSession(manager, session.id);
      await this.rules.assertNoSeatConflict(manager, session.id, { enrol: candidateIds });
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ExamSessionCandidate)
        .values(candidateIds.map((candidateId) => ({ sessionId: session.id, candidateId })))
        .orIgnore()
        .returning(['candidateId'])
        .execute();
      const added = (inserted.raw as { candidate_id: string }[]).map((r) => r.candidate_id);
      for (const candidateId of added) {
        await recordSessionEvent(
          this.audit,
          manager,
          actor,
          'exam_session.candidate_added',
          session.id,
          { candidateId },
        );
      }
      return { enrolled: added.length, alreadyEnrolled: candidateIds.length - added.length };
    });
  }

  async remove(actor: Actor, sessionId: string, candidateId: string): Promise<void> {
    const session = await this.sessions.session(actor, Permission.ExamSessionManage, sessionId);
    await this.db.transaction(async (manager) => {
      const result = await manager.delete(ExamSessionCandidate, {
        sessionId: session.id,
        candidateId,
      });
      if (result.affected)
        await recordSessionEvent(
          this.audit,
          manager,
          actor,
          'exam_session.candidate_removed',
          session.id,
          {
            candidateId,
          },
        );
    });
  }

  /** The session's candidates, each with the submission the commission reviews (if any). */
  async list(actor: Actor, sessionId: string): Promise<SessionCandidateView[]> {
    const session = await this.sessions.session(actor, Permission.ExamSessionRead, sessionId);
    const reachesEvaluations = await this.policy.can(
      actor,
      Permission.ExamSessionMarksRead,
      session.id,
    );
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
    const session = await this.sessions.session(actor, Permission.ExamSessionRead, sessionId);
    const [row] = (await this.db.query(
      `SELECT (${LATEST_BEFORE_DEADLINE}) AS id FROM exam_session s
       JOIN exam_session_candidate c ON c.session_id = s.id AND c.candidate_id = $2
       WHERE s.id = $1`,
      [session.id, candidateId],
    )) as { id: string | null }[];
    if (!row) throw new DomainError('NOT_FOUND');
    if (!row.id) {
      throw new DomainError('NO_SUBMISSION_BEFORE_DEADLINE');
    }
    return this.submissions.view(await this.submissions.visible(actor, row.id, 'review', ip));
  }
}
