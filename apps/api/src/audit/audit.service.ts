import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditEvent } from './audit-event.entity.js';

export type AuditAction =
  | 'auth.login'
  | 'auth.login_failed'
  | 'auth.logout'
  | 'auth.password_changed'
  | 'auth.password_reset_requested'
  | 'auth.password_reset'
  | 'auth.invitation_accepted'
  | 'user.created'
  | 'user.updated'
  | 'user.roles_changed'
  | 'user.deactivated'
  | 'user.invited'
  | 'user.read'
  | 'storage.orphan_removed'
  | 'storage.object_missing'
  | 'storage.upload_aborted'
  | 'upload.infected_rejected'
  | 'user.exported'
  | 'dossier.submitted'
  | 'submission.read'
  | 'share.created'
  | 'share.revoked'
  | 'share.opened'
  | 'cohort.created'
  | 'cohort.imported'
  | 'cohort.dashboard_read'
  | 'assignment.tutor_added'
  | 'assignment.tutor_removed'
  | 'assignment.teacher_added'
  | 'assignment.teacher_removed'
  | 'comment.created'
  | 'comment.edited'
  | 'comment.deleted'
  | 'trace.attested'
  | 'trace.attestation_withdrawn'
  | 'pfmp.bilan_saved'
  | 'pfmp.bilan_completed'
  | 'exam_session.created'
  | 'exam_session.updated'
  | 'exam_session.member_added'
  | 'exam_session.member_invited'
  | 'exam_session.member_removed'
  | 'exam_session.candidate_added'
  | 'exam_session.candidate_removed'
  | 'evaluation.saved'
  | 'evaluation.signed_off'
  | 'evaluation.locked'
  | 'evaluation.corrected';

export interface AuditEntry {
  action: AuditAction;
  actor?: Pick<Actor, 'id' | 'establishmentId'> | null;
  establishmentId?: string | null;
  subjectType?: string;
  subjectId?: string;
  /** Never a password, token or mark. */
  details?: Record<string, unknown>;
  ip?: string;
}

export interface AuditPage {
  items: AuditEvent[];
  total: number;
}

@Injectable()
export class AuditLog {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  /** Inside a transaction, pass its manager: the event then commits (or not) with the change. */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const events = manager ? manager.getRepository(AuditEvent) : this.events;
    await events.insert({
      action: entry.action,
      actorId: entry.actor?.id ?? null,
      establishmentId: entry.establishmentId ?? entry.actor?.establishmentId ?? null,
      subjectType: entry.subjectType ?? null,
      subjectId: entry.subjectId ?? null,
      // TypeORM's insert typing cannot express an open JSON object; it is stored as jsonb.
      details: (entry.details ?? {}) as never,
      ip: entry.ip ?? null,
    });
  }

  /** Reads of a candidate's data by anyone but the candidate. */
  async recordRead(actor: Actor, candidateId: string, what: string, ip?: string): Promise<void> {
    if (actor.id === candidateId) return;
    await this.record({
      action: 'user.read',
      actor,
      subjectType: 'user',
      subjectId: candidateId,
      details: { what },
      ip,
    });
  }

  async list(establishmentId: string, page: number, pageSize: number): Promise<AuditPage> {
    const [items, total] = await this.events.findAndCount({
      where: { establishmentId },
      order: { id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total };
  }
}
