import { TIME_ZONE } from '@dossier-sno/i18n';
import type { ExamCode } from '@dossier-sno/referential';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditLog } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { AccessPolicy } from '../policy/access-policy.js';
import { RelationRules } from '../policy/relation-rules.js';
import { Permission } from '../policy/permission.js';
import { Submission } from '../dossiers/submission.entity.js';
import { Trace } from '../traces/trace.entity.js';
import { User } from '../users/user.entity.js';
import { assertEditable, EDIT_WINDOW_MS, renderCommentHtml } from './comment-rules.js';
import type { CommentView } from './comment.dto.js';
import { Comment } from './comment.entity.js';

/** Which thread a request names. */
export type ThreadRef =
  | { type: 'trace'; id: string }
  | { type: 'submission'; id: string }
  | { type: 'dossier'; exam: ExamCode; candidateId?: string };

/** A thread the actor takes part in, resolved by the policy. */
interface Thread {
  candidateId: string;
  /** The comment columns that place a comment in this thread. */
  where:
    | { subjectType: 'trace'; traceId: string }
    | { subjectType: 'submission'; submissionId: string }
    | { subjectType: 'dossier'; exam: ExamCode };
  /** What it is about, as a notification names it: the reasons `commentOn*` and their names. */
  about:
    | { yours: 'commentOnYourTrace'; theirs: 'commentOnTrace'; params: { title: string } }
    | {
        yours: 'commentOnYourSubmission';
        theirs: 'commentOnSubmission';
        params: { exam: ExamCode; submittedOn: string };
      }
    | { yours: 'commentOnYourDossier'; theirs: 'commentOnDossier'; params: { exam: ExamCode } };
  subjectId: string;
  /** A trace's PFMP period: its tutor takes part in the trace's thread (no other tutor does). */
  periodId?: string | null;
}

@Injectable()
export class CommentsService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly rules: RelationRules,
    private readonly audit: AuditLog,
    private readonly notifications: NotificationsService,
  ) {}

  /** The thread, oldest first; reads by staff are audited. */
  async list(actor: Actor, ref: ThreadRef, ip?: string): Promise<CommentView[]> {
    const thread = await this.thread(actor, ref);
    await this.audit.recordRead(
      actor,
      thread.candidateId,
      `comments ${thread.where.subjectType} ${thread.subjectId}`,
      ip,
    );
    const comments = await this.db.getRepository(Comment).find({
      where: { candidateId: thread.candidateId, ...thread.where },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return this.views(this.db.manager, comments);
  }

  /** Adds a comment and notifies the other participants (see `recipients`). */
  async create(actor: Actor, ref: ThreadRef, body: string): Promise<CommentView> {
    const thread = await this.thread(actor, ref);
    return this.db.transaction(async (manager) => {
      const comment = await manager.save(
        manager.create(Comment, {
          candidateId: thread.candidateId,
          ...thread.where,
          authorId: actor.id,
          body,
          editedAt: null,
        }),
      );
      await this.audit.record(
        {
          action: 'comment.created',
          actor,
          subjectType: 'comment',
          subjectId: comment.id,
          details: { on: thread.where.subjectType, candidateId: thread.candidateId },
        },
        manager,
      );
      await this.notifyParticipants(manager, actor, thread);
      return (await this.views(manager, [comment]))[0]!;
    });
  }

  /** The author corrects their comment within 15 minutes of writing it. */
  async update(actor: Actor, commentId: string, body: string): Promise<CommentView> {
    const comment = await this.own(actor, commentId);
    const now = new Date();
    assertEditable(comment.createdAt, now);
    return this.db.transaction(async (manager) => {
      await manager.update(Comment, { id: comment.id }, { body, editedAt: now });
      await this.audit.record(
        { action: 'comment.edited', actor, subjectType: 'comment', subjectId: comment.id },
        manager,
      );
      return (await this.views(manager, [{ ...comment, body, editedAt: now }]))[0]!;
    });
  }

  /** The author deletes their comment, at any time. */
  async remove(actor: Actor, commentId: string): Promise<void> {
    const comment = await this.own(actor, commentId);
    await this.db.transaction(async (manager) => {
      await manager.delete(Comment, { id: comment.id });
      await this.audit.record(
        {
          action: 'comment.deleted',
          actor,
          subjectType: 'comment',
          subjectId: comment.id,
          details: { on: comment.subjectType, candidateId: comment.candidateId },
        },
        manager,
      );
    });
  }

  private async own(actor: Actor, commentId: string): Promise<Comment> {
    await this.policy.requireAccess(actor, Permission.CommentUpdate, [commentId]);
    return this.db.getRepository(Comment).findOneByOrFail({ id: commentId });
  }

  private async thread(actor: Actor, ref: ThreadRef): Promise<Thread> {
    switch (ref.type) {
      case 'trace': {
        await this.policy.requireAccess(actor, Permission.TraceRead, [ref.id]);
        const trace = await this.db.getRepository(Trace).findOneByOrFail({ id: ref.id });
        return {
          candidateId: trace.ownerId,
          where: { subjectType: 'trace', traceId: trace.id },
          about: {
            yours: 'commentOnYourTrace',
            theirs: 'commentOnTrace',
            params: { title: shorten(trace.title) },
          },
          subjectId: trace.id,
          periodId: trace.pfmpPeriodId,
        };
      }
      case 'submission': {
        await this.policy.requireAccess(actor, Permission.SubmissionFollow, [ref.id]);
        const submission = await this.db.getRepository(Submission).findOneByOrFail({ id: ref.id });
        // The day of Paris (`sv-SE` writes YYYY-MM-DD), written out by each reader.
        const submittedOn = submission.submittedAt.toLocaleDateString('sv-SE', {
          timeZone: TIME_ZONE,
        });
        return {
          candidateId: submission.candidateId,
          where: { subjectType: 'submission', submissionId: submission.id },
          about: {
            yours: 'commentOnYourSubmission',
            theirs: 'commentOnSubmission',
            params: { exam: submission.exam, submittedOn },
          },
          subjectId: submission.id,
        };
      }
      case 'dossier': {
        const candidateId = await this.policy.dossierThreadOwnerFor(actor, ref.candidateId);
        return {
          candidateId,
          where: { subjectType: 'dossier', exam: ref.exam },
          about: {
            yours: 'commentOnYourDossier',
            theirs: 'commentOnDossier',
            params: { exam: ref.exam },
          },
          subjectId: ref.exam,
        };
      }
    }
  }

  /**
   * Who hears of a new comment. The candidate's comment goes to the staff who follow them (cohort
   * teachers; on a PFMP trace, the tutor of its period) and to any other staff who wrote in this thread and still follow
   * them (an admin, say). A staff comment goes to the candidate and to the other staff who wrote
   * in the thread. The author is never notified; someone who no longer follows the candidate is not.
   */
  private async notifyParticipants(
    manager: EntityManager,
    actor: Actor,
    thread: Thread,
  ): Promise<void> {
    const followers = await this.rules.followersOf(
      manager,
      thread.candidateId,
      thread.periodId ?? null,
    );
    const authors = (
      (await manager
        .createQueryBuilder(Comment, 'c')
        .select('DISTINCT c.author_id', 'id')
        .where({ candidateId: thread.candidateId, ...thread.where })
        .getRawMany()) as { id: string }[]
    ).map((r) => r.id);
    const staff = new Set(
      followers
        .filter(
          (f) =>
            authors.includes(f.id) || (actor.id === thread.candidateId && f.relation !== 'admin'),
        )
        .map((f) => f.id),
    );
    staff.delete(actor.id);
    const subject = {
      kind: 'comment' as const,
      subjectType: thread.where.subjectType,
      subjectId: thread.subjectId,
      candidateId: thread.candidateId,
    };
    if (actor.id !== thread.candidateId) {
      await this.notifications.notify(manager, [thread.candidateId], {
        ...subject,
        reason: thread.about.yours,
        params: { author: actor.displayName, ...thread.about.params },
      });
    }
    if (staff.size) {
      const candidate = await manager.findOneByOrFail(User, { id: thread.candidateId });
      await this.notifications.notify(manager, [...staff], {
        ...subject,
        reason: thread.about.theirs,
        params: {
          author: actor.displayName,
          candidate: candidate.displayName,
          ...thread.about.params,
        },
      });
    }
  }

  private async views(manager: EntityManager, comments: Comment[]): Promise<CommentView[]> {
    const authorIds = [...new Set(comments.map((c) => c.authorId))];
    const authors = authorIds.length
      ? await manager.find(User, {
          where: { id: In(authorIds) },
          select: { id: true, displayName: true },
        })
      : [];
    return comments.map((c) => ({
      id: c.id,
      subjectType: c.subjectType,
      candidateId: c.candidateId,
      authorId: c.authorId,
      authorName: authors.find((a) => a.id === c.authorId)?.displayName ?? '',
      body: c.body,
      bodyHtml: renderCommentHtml(c.body),
      createdAt: c.createdAt,
      editedAt: c.editedAt,
      editableUntil: new Date(c.createdAt.getTime() + EDIT_WINDOW_MS),
    }));
  }
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
