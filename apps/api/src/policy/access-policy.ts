import {
  BadRequestException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { type Actor, hasRole } from '../auth/actor.js';
import { Submission } from '../dossiers/submission.entity.js';
import { Comment } from '../reviews/comment.entity.js';
import { NOT_FOUND } from './people-policy.js';
import { TutoringPolicy } from './tutoring-policy.js';

export { LATEST_BEFORE_DEADLINE } from './exam-policy.js';

/**
 * Every per-resource access decision, in one place: the one injectable of the policy layer, built
 * in layers, one file per domain: `PeoplePolicy` (people, cohorts, assignments) ← `ExamPolicy`
 * (sessions, evaluations) ← `TutoringPolicy` (traces, files, PFMP, attestations, bilans) ← this
 * (submissions, share links, comment threads). Route-level role checks are @Roles() (AuthGuard).
 *
 * Rules: nobody reaches another establishment's data; a candidate reaches only their own data; a
 * tutor the PFMP periods they tutor and what hangs off them; a teacher the candidates of the
 * cohorts they follow; an admin their whole establishment. Unknown and forbidden ids both answer
 * 404, so ids cannot be probed.
 */
@Injectable()
export class AccessPolicy extends TutoringPolicy {
  /**
   * A submission `actor` may read: the candidate's, for those who reach the candidate's record,
   * and the submission a commission reviews, for its members (see `reviewsSubmission`).
   */
  async visibleSubmission(actor: Actor, submissionId: string): Promise<Submission> {
    const submission = await this.db.getRepository(Submission).findOneBy({ id: submissionId });
    if (!submission) throw new NotFoundException(NOT_FOUND);
    if (await this.reviewsSubmission(actor, submission)) return submission;
    await this.recordUser(actor, submission.candidateId);
    return submission;
  }

  /** Share links are listed by those who reach the candidate, never through a commission seat. */
  async candidateSubmission(actor: Actor, submissionId: string): Promise<Submission> {
    const submission = await this.db.getRepository(Submission).findOneBy({ id: submissionId });
    if (!submission) throw new NotFoundException(NOT_FOUND);
    await this.recordUser(actor, submission.candidateId);
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
   * The comment threads on a candidate's dossier or submission are open to the candidate and to
   * the staff who reach their record (cohort teacher, admin of the establishment); a trace's thread
   * to whoever reads the trace (`commentableTrace`: its period's tutor too). Examiners never take
   * part: the commission's notes belong to the evaluation, so these checks use the candidate's
   * record, not an examiner's sight of a submission.
   */
  async commentableSubmission(actor: Actor, submissionId: string): Promise<Submission> {
    return this.candidateSubmission(actor, submissionId);
  }

  /** Whose dossier thread: the candidate's own, or the one staff name with `candidateId`. */
  async commentableDossier(actor: Actor, candidateId: string | undefined): Promise<string> {
    const ownerId = await this.recordOwnerFor(actor, candidateId);
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
    if (comment.traceId) await this.visibleTrace(actor, comment.traceId);
    else await this.recordUser(actor, comment.candidateId);
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
}
