import type { AuditAction } from '@dossier-sno/exam-rules';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditEvent } from './audit-event.entity.js';

export type { AuditAction };

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
}
