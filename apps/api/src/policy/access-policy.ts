import { Injectable } from '@nestjs/common';
import { type Actor, hasRole } from '../auth/actor.js';
import { AccessRepository } from './access.repository.js';
import { Permission } from './permission.js';
import { permissionRules, type Rule } from './permissions.js';
import { DomainError } from '../common/domain-error.js';

/**
 * Every per-resource access decision goes through here: a service asks
 * `requireAccess(actor, permission, ids)` once before acting (permission.ts lists them,
 * permissions.ts says what each means), and lists are restricted with the scopes of scopes.ts.
 * Route-level role checks are @Roles() (AuthGuard); who may be seated, enrolled, named as a tutor
 * or attest a given trace is relation-rules.ts.
 *
 * Rules: nobody reaches another establishment's data; a candidate reaches only their own data; a
 * tutor the PFMP periods they tutor and what hangs off them; a teacher the candidates of the
 * cohorts they follow; an admin their whole establishment; nobody a session they are a candidate
 * of. Unknown and forbidden ids both answer 404, so ids cannot be probed.
 */
@Injectable()
export class AccessPolicy {
  private readonly rules: Record<Permission, Rule>;

  constructor(access: AccessRepository) {
    this.rules = permissionRules(access);
  }

  /** The ids among `ids` that `actor` holds `permission` on. */
  async checkAccess(actor: Actor, permission: Permission, ids: string[]): Promise<Set<string>> {
    return this.rules[permission].granted(actor, [...new Set(ids)]);
  }

  async can(actor: Actor, permission: Permission, id: string): Promise<boolean> {
    return (await this.checkAccess(actor, permission, [id])).has(id);
  }

  /**
   * Throws unless `actor` holds `permission` on every id: the rule's refusal (a 403 saying who may)
   * when they see every refused id, else 404.
   */
  async requireAccess(actor: Actor, permission: Permission, ids: string[]): Promise<void> {
    const rule = this.rules[permission];
    const wanted = [...new Set(ids)];
    const granted = await rule.granted(actor, wanted);
    const refused = wanted.filter((id) => !granted.has(id));
    if (refused.length === 0) return;
    const seen = rule.seen ? await rule.seen(actor, refused) : new Set<string>();
    if (rule.refusal && refused.every((id) => seen.has(id))) throw rule.refusal();
    throw new DomainError('NOT_FOUND');
  }

  /**
   * Whose traces or PFMP periods `actor` is asking for: their own by default; staff name a
   * candidate they see (a tutor then gets only what their periods reach: `scopeTraces`,
   * `scopePfmpPeriods`). Reads by anyone but the candidate are audited by the caller.
   */
  async candidateFor(actor: Actor, candidateId: string | undefined): Promise<string> {
    if (!candidateId || candidateId === actor.id) return actor.id;
    await this.requireAccess(actor, Permission.CandidateRead, [candidateId]);
    return candidateId;
  }

  /**
   * Whose whole record (dossiers and their threads): the caller's own, or a candidate whose record
   * they reach (not a tutor, who reaches only their periods: 404).
   */
  async recordOwnerFor(actor: Actor, candidateId: string | undefined): Promise<string> {
    const ownerId = await this.candidateFor(actor, candidateId);
    await this.requireAccess(actor, Permission.RecordRead, [ownerId]);
    return ownerId;
  }

  /** Whose dossier thread: the candidate's own, or the one staff name with `candidateId`. */
  async dossierThreadOwnerFor(actor: Actor, candidateId: string | undefined): Promise<string> {
    const ownerId = await this.recordOwnerFor(actor, candidateId);
    if (ownerId === actor.id && !hasRole(actor, 'candidate')) {
      throw new DomainError('CANDIDATE_ID_REQUIRED');
    }
    return ownerId;
  }

  /**
   * The tutors of a candidate that `actor` may know of: all of them for the candidate and their
   * establishment's staff; a tutor only learns of themself, not of the other periods' tutors.
   */
  tutorIdsVisibleTo(actor: Actor, candidateId: string, tutorIds: string[]): string[] {
    if (actor.id === candidateId || hasRole(actor, 'admin', 'teacher')) return tutorIds;
    return tutorIds.filter((id) => id === actor.id);
  }
}
