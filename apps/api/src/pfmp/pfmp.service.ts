import { minimumPfmpWeeks, pfmpDays, pfmpProofKind, pfmpTotal } from '@dossier-sno/exam-rules';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditLog } from '../audit/audit.service.js';
import { checkDateRange } from '../common/dates.js';
import { fileNameFor } from '../files/file-names.js';
import type { StoredUpload } from '../files/s3-storage-engine.js';
import { RateLimiter } from '../limits/rate-limiter.service.js';
import { AccessPolicy } from '../policy/access-policy.js';
import { scopePfmpPeriods } from '../policy/scopes.js';
import { RelationRules } from '../policy/relation-rules.js';
import { Permission } from '../policy/permission.js';
import { ObjectStorage, type ObjectStream } from '../storage/object-storage.service.js';
import { CandidateProfile } from '../users/candidate-profile.entity.js';
import { lockAccountEmail } from '../users/account-email-lock.js';
import { TutorAssignment } from '../users/tutor-assignment.entity.js';
import { User } from '../users/user.entity.js';
import { AccountLinks, type CreatedAccount } from '../users/account-links.service.js';
import { UsersService } from '../users/users.service.js';
import { PfmpBilan } from '../tutoring/pfmp-bilan.entity.js';
import { TUTOR_INVITATIONS, tutorInvitationRules } from './pfmp-limits.js';
import { PfmpPeriod } from './pfmp-period.entity.js';
import type {
  CreatePfmpPeriodDto,
  PfmpPeriodView,
  PfmpRecordView,
  UpdatePfmpPeriodDto,
} from './pfmp.dto.js';
import { staleVersion } from '../common/stale-version.js';
import { DomainError } from '../common/domain-error.js';

@Injectable()
export class PfmpService {
  private readonly logger = new Logger(PfmpService.name);

  constructor(
    private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly rules: RelationRules,
    private readonly storage: ObjectStorage,
    private readonly audit: AuditLog,
    private readonly users: UsersService,
    private readonly links: AccountLinks,
    private readonly limiter: RateLimiter,
  ) {}

  async record(
    actor: Actor,
    candidateId: string | undefined,
    ip?: string,
  ): Promise<PfmpRecordView> {
    const ownerId = await this.policy.candidateFor(actor, candidateId);
    await this.audit.recordRead(actor, ownerId, 'pfmp', ip);
    return this.recordOf(ownerId, actor);
  }

  /**
   * The candidate's periods with their totals against the minimum; also feeds dossier readiness
   * (no `viewer`). A viewer who is only a tutor gets the periods they tutor, their totals and
   * their tutors alone.
   */
  async recordOf(candidateId: string, viewer?: Actor): Promise<PfmpRecordView> {
    const query = this.db
      .getRepository(PfmpPeriod)
      .createQueryBuilder('p')
      .where('p.candidate_id = :candidateId', { candidateId })
      .orderBy('p.starts_on', 'ASC');
    if (viewer) scopePfmpPeriods(query, viewer);
    const whole = !viewer || (await this.policy.can(viewer, Permission.RecordRead, candidateId));
    const [periods, profile, allTutors] = await Promise.all([
      query.getMany(),
      this.db.getRepository(CandidateProfile).findOneBy({ userId: candidateId }),
      this.db.query(
        `SELECT u.id, u.display_name AS "displayName" FROM tutor_assignment ta
         JOIN app_user u ON u.id = ta.tutor_id WHERE ta.candidate_id = $1
         ORDER BY u.display_name, u.id`,
        [candidateId],
      ) as Promise<{ id: string; displayName: string }[]>,
    ]);
    const tutors = whole
      ? allTutors
      : allTutors.filter((t) => periods.some((p) => p.tutorId === t.id));
    const status = profile?.status ?? 'scolaire_public_ou_prive_sous_contrat';
    const { days, weeks } = pfmpTotal(periods);
    return {
      candidateId,
      periods: periods.map(view),
      totalDays: days,
      totalWeeks: weeks,
      minimumWeeks: minimumPfmpWeeks(status, profile?.positionne ?? false),
      proofKind: pfmpProofKind(status),
      tutors,
    };
  }

  async create(actor: Actor, dto: CreatePfmpPeriodDto): Promise<PfmpPeriodView> {
    checkDateRange(['startsOn', dto.startsOn], ['endsOn', dto.endsOn]);
    await this.checkTutorChoice(actor, dto);
    const { period, invited } = await this.db.transaction(async (manager) => {
      const tutor = await this.tutorFor(manager, actor, dto);
      const repo = manager.getRepository(PfmpPeriod);
      const saved = await repo.save(
        repo.create({
          candidateId: actor.id,
          organisationName: dto.organisationName,
          organisationAddress: dto.organisationAddress ?? '',
          siret: dto.siret ?? null,
          tutorId: tutor.id ?? null,
          startsOn: dto.startsOn,
          endsOn: dto.endsOn,
          absenceDays: dto.absenceDays ?? 0,
        }),
      );
      return { period: saved, invited: tutor.invited };
    });
    if (invited) await this.links.sendInvitations(actor, [invited]);
    return view(period);
  }

  async update(actor: Actor, periodId: string, dto: UpdatePfmpPeriodDto): Promise<PfmpPeriodView> {
    const period = await this.own(actor, periodId);
    if (period.version !== dto.version) throw staleVersion('period', period.version);
    const startsOn = dto.startsOn ?? period.startsOn;
    const endsOn = dto.endsOn ?? period.endsOn;
    checkDateRange(['startsOn', startsOn], ['endsOn', endsOn]);
    await this.checkTutorChoice(actor, dto);
    const { updated, invited } = await this.db.transaction(async (manager) => {
      const tutor = await this.tutorFor(manager, actor, dto);
      const result = await manager
        .createQueryBuilder()
        .update(PfmpPeriod)
        .set({
          ...(dto.organisationName !== undefined && { organisationName: dto.organisationName }),
          ...(dto.organisationAddress !== undefined && {
            organisationAddress: dto.organisationAddress,
          }),
          ...(dto.siret !== undefined && { siret: dto.siret }),
          ...(tutor.id !== undefined && { tutorId: tutor.id }),
          ...(dto.absenceDays !== undefined && { absenceDays: dto.absenceDays }),
          startsOn,
          endsOn,
          version: () => 'version + 1',
          updatedAt: () => 'now()',
        })
        .where('id = :id AND version = :version', { id: period.id, version: dto.version })
        .execute();
      // Rolls back an invitation made above: nothing is half-written.
      if (result.affected !== 1) throw staleVersion('period', period.version);
      return {
        updated: await manager.findOneByOrFail(PfmpPeriod, { id: period.id }),
        invited: tutor.invited,
      };
    });
    if (invited) await this.links.sendInvitations(actor, [invited]);
    return view(updated);
  }

  /** A tutor is named either by id (already assigned) or by e-mail, not both. */
  private async checkTutorChoice(
    actor: Actor,
    dto: Pick<CreatePfmpPeriodDto, 'tutorId' | 'tutor'>,
  ): Promise<void> {
    if (dto.tutorId && dto.tutor) {
      throw new DomainError('TUTOR_ID_OR_INVITATION');
    }
    if (dto.tutorId) await this.rules.assertAssignedTutor(actor, dto.tutorId);
    // Counted before the transaction: the limiter uses its own connection (decision 23).
    if (dto.tutor) await this.limiter.hit(TUTOR_INVITATIONS, tutorInvitationRules(actor.id));
  }

  /**
   * The period's tutor id (undefined: unchanged). A tutor named by e-mail is assigned to the
   * candidate: an existing tutor of the establishment, or a new tutor account whose invitation
   * the caller e-mails once the transaction has committed.
   */
  private async tutorFor(
    manager: EntityManager,
    actor: Actor,
    dto: Pick<CreatePfmpPeriodDto, 'tutorId' | 'tutor'>,
  ): Promise<{ id: string | null | undefined; invited: CreatedAccount | null }> {
    if (!dto.tutor) return { id: dto.tutorId, invited: null };
    await lockAccountEmail(manager, dto.tutor.email);
    const existing = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email: dto.tutor.email })
      .getOne();
    this.rules.assertInvitableTutor(actor, existing);
    const invited = existing
      ? null
      : await this.users.createAccount(manager, actor, actor.establishmentId, {
          email: dto.tutor.email,
          displayName: dto.tutor.displayName,
          roles: ['tutor'],
        });
    const tutorId = existing?.id ?? invited!.user.id;
    const assigned = await manager.existsBy(TutorAssignment, { tutorId, candidateId: actor.id });
    if (!assigned) await manager.insert(TutorAssignment, { tutorId, candidateId: actor.id });
    if (invited) {
      await this.audit.record(
        {
          action: 'user.invited',
          actor,
          subjectType: 'user',
          subjectId: tutorId,
          details: { role: 'tutor', candidateIds: [actor.id], from: 'pfmp' },
        },
        manager,
      );
    }
    if (!assigned) {
      await this.audit.record(
        {
          action: 'assignment.tutor_added',
          actor,
          subjectType: 'user',
          subjectId: actor.id,
          details: { tutorId, from: 'pfmp' },
        },
        manager,
      );
    }
    return { id: tutorId, invited };
  }

  private async own(actor: Actor, periodId: string): Promise<PfmpPeriod> {
    await this.policy.requireAccess(actor, Permission.PfmpPeriodUpdate, [periodId]);
    return this.db.getRepository(PfmpPeriod).findOneByOrFail({ id: periodId });
  }

  /** Deletes a period of the candidate's, unless its tutor has started a bilan (never lost with it). */
  async remove(actor: Actor, periodId: string): Promise<void> {
    const period = await this.own(actor, periodId);
    const hasBilan = () => this.db.getRepository(PfmpBilan).existsBy({ periodId: period.id });
    if (await hasBilan()) throw periodWithBilan();
    try {
      await this.db.getRepository(PfmpPeriod).delete({ id: period.id });
    } catch (error) {
      // The tutor saved a first draft in between: the foreign key refused the delete.
      if (await hasBilan()) throw periodWithBilan();
      throw error;
    }
    if (period.proofStorageKey) await this.deleteObject(period.proofStorageKey);
  }

  /** Records the proof the engine stored (replacing any earlier one); on failure the object goes. */
  async attachProof(
    actor: Actor,
    periodId: string,
    stored: StoredUpload,
    originalName: string,
  ): Promise<PfmpPeriodView> {
    try {
      const period = await this.own(actor, periodId);
      await this.db.getRepository(PfmpPeriod).update(
        { id: period.id },
        {
          proofStorageKey: stored.storageKey,
          proofName: fileNameFor(originalName, stored.mediaType),
          proofSize: stored.size,
          proofMediaType: stored.mediaType,
          proofSha256: stored.sha256,
          version: () => 'version + 1',
        },
      );
      if (period.proofStorageKey) await this.deleteObject(period.proofStorageKey);
      return view(await this.db.getRepository(PfmpPeriod).findOneByOrFail({ id: period.id }));
    } catch (error) {
      await this.deleteObject(stored.storageKey);
      throw error;
    }
  }

  async proof(actor: Actor, periodId: string): Promise<PfmpPeriod & { proofStorageKey: string }> {
    await this.policy.requireAccess(actor, Permission.PfmpPeriodRead, [periodId]);
    const period = await this.db.getRepository(PfmpPeriod).findOneByOrFail({ id: periodId });
    if (!period.proofStorageKey) {
      throw new DomainError('NO_PROOF_YET');
    }
    return period as PfmpPeriod & { proofStorageKey: string };
  }

  openProof(key: string, range: string | undefined): Promise<ObjectStream> {
    return this.storage.get(key, range);
  }

  private async deleteObject(key: string): Promise<void> {
    await this.storage
      .delete(key)
      .catch((e: unknown) => this.logger.error(`orphan object ${key}: ${String(e)}`));
  }
}

function view(p: PfmpPeriod): PfmpPeriodView {
  return {
    id: p.id,
    candidateId: p.candidateId,
    organisationName: p.organisationName,
    organisationAddress: p.organisationAddress,
    siret: p.siret,
    tutorId: p.tutorId,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    absenceDays: p.absenceDays,
    days: pfmpDays(p),
    proof:
      p.proofStorageKey && p.proofName && p.proofSize !== null && p.proofMediaType && p.proofSha256
        ? {
            name: p.proofName,
            size: p.proofSize,
            mediaType: p.proofMediaType,
            sha256: p.proofSha256,
          }
        : null,
    bilanComplete: p.bilanCompletedAt !== null,
    version: p.version,
  };
}

function periodWithBilan() {
  return new DomainError('PERIOD_BILAN_STARTED');
}
