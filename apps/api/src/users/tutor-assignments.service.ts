import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditLog } from '../audit/audit.service.js';
import { AccessPolicy } from '../policy/access-policy.js';
import { Permission } from '../policy/permission.js';
import { RelationRules } from '../policy/relation-rules.js';
import { TutorAssignment } from './tutor-assignment.entity.js';

/** Which tutors follow a candidate: set by the admins and the teachers of the candidate's cohort. */
@Injectable()
export class TutorAssignmentsService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly rules: RelationRules,
    private readonly audit: AuditLog,
  ) {}

  async assign(actor: Actor, candidateId: string, tutorId: string): Promise<void> {
    await this.assignable(actor, candidateId, tutorId);
    await this.db
      .getRepository(TutorAssignment)
      .upsert({ tutorId, candidateId }, ['tutorId', 'candidateId']);
    await this.audit.record({
      action: 'assignment.tutor_added',
      actor,
      subjectType: 'user',
      subjectId: candidateId,
      details: { tutorId },
    });
  }

  async unassign(actor: Actor, candidateId: string, tutorId: string): Promise<void> {
    await this.assignable(actor, candidateId, tutorId);
    await this.db.getRepository(TutorAssignment).delete({ tutorId, candidateId });
    await this.audit.record({
      action: 'assignment.tutor_removed',
      actor,
      subjectType: 'user',
      subjectId: candidateId,
      details: { tutorId },
    });
  }

  private async assignable(actor: Actor, candidateId: string, tutorId: string): Promise<void> {
    await this.policy.requireAccess(actor, Permission.CandidateManage, [candidateId]);
    await this.rules.assertEstablishmentTutor(actor, tutorId);
  }
}
