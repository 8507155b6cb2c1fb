import { type Actor, hasRole } from '../auth/actor.js';
import type { Role } from '../users/role.js';
import type { AccessRepository, Check } from './access.repository.js';
import { Permission } from './permission.js';
import { DomainError } from '../common/domain-error.js';
import type { ErrorCode } from '@dossier-sno/i18n';

/**
 * What each permission means: the ids `granted`, and among those refused, the ids the actor
 * `seen`s anyway (they answer `refusal`, usually a 403 saying who may); every other id answers 404,
 * like an unknown one, so ids cannot be probed.
 */
export interface Rule {
  granted: Check;
  seen?: Check;
  refusal?: () => DomainError;
}

/** The ids every check lets through, in turn. */
const all =
  (...checks: Check[]): Check =>
  async (actor, ids) => {
    let left = ids;
    for (const check of checks) {
      if (left.length === 0) break;
      left = [...(await check(actor, left))];
    }
    return new Set(left);
  };

/** The ids one of the checks lets through. */
const any =
  (...checks: Check[]): Check =>
  async (actor, ids) => {
    const granted = new Set<string>();
    let left = ids;
    for (const check of checks) {
      if (left.length === 0) break;
      for (const id of await check(actor, left)) granted.add(id);
      left = left.filter((id) => !granted.has(id));
    }
    return granted;
  };

/** Every id for an actor holding one of `roles`, none otherwise. */
const role =
  (...roles: Role[]): Check =>
  async (actor: Actor, ids) =>
    new Set(hasRole(actor, ...roles) ? ids : []);

const forbidden = (code: ErrorCode) => () => new DomainError(code);

export function permissionRules(r: AccessRepository): Record<Permission, Rule> {
  const sessionMarks = all(r.session.visible, r.session.marks);
  const evaluationRead: Check = (actor, keys) => r.evaluation.enrolled(actor, keys, sessionMarks);
  return {
    [Permission.UserRead]: { granted: r.user.visible },
    [Permission.UserManage]: {
      granted: all(r.user.visible, role('admin')),
      seen: r.user.visible,
      refusal: forbidden('ADMINS_ONLY'),
    },
    [Permission.CandidateRead]: { granted: r.user.visibleCandidate },
    [Permission.CandidateManage]: {
      granted: all(r.user.visibleCandidate, any(role('admin'), r.user.taughtCandidate)),
      seen: r.user.visibleCandidate,
      refusal: forbidden('COHORT_STAFF_ONLY'),
    },
    [Permission.RecordRead]: { granted: r.user.record },

    [Permission.CohortRead]: { granted: r.cohort.visible },
    [Permission.CohortFollow]: {
      granted: all(r.cohort.visible, role('admin', 'teacher')),
      seen: r.cohort.visible,
      refusal: forbidden('COHORT_STAFF_ONLY'),
    },

    [Permission.TraceRead]: { granted: r.trace.visible },
    [Permission.TraceUpdate]: {
      granted: all(r.trace.visible, r.trace.owned),
      seen: r.trace.visible,
      refusal: forbidden('CANDIDATE_ONLY_TRACES'),
    },
    [Permission.TraceAttest]: {
      granted: all(r.trace.visible, r.trace.ofTutoredCandidate),
      seen: r.trace.visible,
      refusal: forbidden('TUTOR_ONLY_ATTESTS'),
    },
    [Permission.FileRead]: { granted: r.file.visible },
    [Permission.FileUpdate]: {
      granted: all(r.file.visible, r.file.owned),
      seen: r.file.visible,
      refusal: forbidden('CANDIDATE_ONLY_TRACES'),
    },

    [Permission.PfmpPeriodRead]: { granted: r.period.visible },
    [Permission.PfmpPeriodUpdate]: {
      granted: all(r.period.visible, r.period.owned),
      seen: r.period.visible,
      refusal: forbidden('CANDIDATE_ONLY_PFMP'),
    },
    [Permission.BilanRead]: {
      granted: all(r.period.visible, r.period.bilanShown),
      seen: r.period.visible,
      refusal: () => new DomainError('BILAN_NOT_COMPLETE'),
    },
    [Permission.BilanWrite]: {
      granted: all(r.period.visible, r.period.tutored),
      seen: r.period.visible,
      refusal: forbidden('PERIOD_TUTOR_ONLY_BILAN'),
    },

    [Permission.SubmissionRead]: { granted: any(r.submission.reviewed, r.submission.ofRecord) },
    [Permission.SubmissionFollow]: { granted: r.submission.ofRecord },
    [Permission.SubmissionShare]: {
      granted: all(r.submission.ofRecord, any(r.submission.ownedByActor, role('teacher', 'admin'))),
      seen: r.submission.ofRecord,
      refusal: forbidden('SHARE_NOT_ALLOWED'),
    },

    [Permission.CommentUpdate]: {
      granted: all(r.comment.visible, r.comment.authored),
      seen: r.comment.visible,
      refusal: forbidden('COMMENT_AUTHOR_ONLY'),
    },

    [Permission.ExamSessionRead]: { granted: r.session.visible },
    [Permission.ExamSessionManage]: {
      granted: all(r.session.visible, r.session.managed),
      seen: r.session.visible,
      refusal: forbidden('SESSION_MANAGERS_ONLY'),
    },
    [Permission.ExamSessionMarksRead]: {
      granted: sessionMarks,
      seen: r.session.visible,
      refusal: forbidden('COMMISSION_AND_ADMINS_ONLY'),
    },
    [Permission.EvaluationRead]: { granted: evaluationRead },
    [Permission.EvaluationWrite]: {
      granted: (actor, keys) =>
        r.evaluation.enrolled(actor, keys, all(r.session.visible, r.session.openMember)),
      seen: evaluationRead,
      refusal: forbidden('COMMISSION_ONLY_EVALUATES'),
    },
  };
}
