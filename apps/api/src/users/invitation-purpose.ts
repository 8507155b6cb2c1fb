import type { EntityManager } from 'typeorm';
import type { InvitationPurpose } from '../auth/account-mails.js';
import type { User } from './user.entity.js';

/**
 * What `user` is invited for, from what they were given when invited (read once it committed, so
 * a resent invitation says the same): a tutor the latest PFMP period they tutor (else the
 * candidates they follow), an examiner the latest commission they sit on, anyone else their roles.
 */
export async function invitationPurpose(
  manager: EntityManager,
  user: Pick<User, 'id' | 'roles'>,
): Promise<InvitationPurpose> {
  if (user.roles.includes('tutor')) {
    const [period] = (await manager.query(
      `SELECT p.candidate_id AS "candidateId", c.display_name AS candidate,
              p.organisation_name AS organisation,
              to_char(p.starts_on, 'YYYY-MM-DD') AS "startsOn",
              to_char(p.ends_on, 'YYYY-MM-DD') AS "endsOn"
       FROM pfmp_period p JOIN app_user c ON c.id = p.candidate_id
       WHERE p.tutor_id = $1 ORDER BY p.created_at DESC, p.id LIMIT 1`,
      [user.id],
    )) as Omit<Extract<InvitationPurpose, { kind: 'tutorPeriod' }>, 'kind'>[];
    if (period) return { kind: 'tutorPeriod', ...period };
    const candidates = (await manager.query(
      `SELECT c.display_name AS name FROM tutor_assignment ta
       JOIN app_user c ON c.id = ta.candidate_id
       WHERE ta.tutor_id = $1 ORDER BY c.display_name, c.id`,
      [user.id],
    )) as { name: string }[];
    if (candidates.length)
      return { kind: 'tutorCandidates', candidates: candidates.map((c) => c.name) };
  }
  if (user.roles.includes('examiner')) {
    const [session] = (await manager.query(
      `SELECT s.exam, s.label AS session,
              to_char(s.oral_starts_on, 'YYYY-MM-DD') AS "oralStartsOn",
              to_char(s.oral_ends_on, 'YYYY-MM-DD') AS "oralEndsOn"
       FROM exam_session_member m JOIN exam_session s ON s.id = m.session_id
       WHERE m.user_id = $1 ORDER BY s.oral_starts_on DESC, s.id LIMIT 1`,
      [user.id],
    )) as Omit<Extract<InvitationPurpose, { kind: 'commission' }>, 'kind'>[];
    if (session) return { kind: 'commission', ...session };
  }
  return { kind: 'account', roles: user.roles };
}
