import {
  bilanGaps,
  emptyBilan,
  type LevelEntry,
  type PfmpBilanContent,
} from '@dossier-sno/exam-rules';
import { referential } from '@dossier-sno/referential';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditLog } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { PfmpPeriod } from '../pfmp/pfmp-period.entity.js';
import { AccessPolicy } from '../policy/access-policy.js';
import { scopeTutoredPeriods } from '../policy/scopes.js';
import { RelationRules } from '../policy/relation-rules.js';
import { Permission } from '../policy/permission.js';
import { Trace } from '../traces/trace.entity.js';
import { User } from '../users/user.entity.js';
import { attestationsOf } from './attestations.js';
import { PfmpBilan } from './pfmp-bilan.entity.js';
import { TraceAttestation } from './trace-attestation.entity.js';
import type {
  AttestationView,
  CreateAttestationDto,
  InternView,
  PfmpBilanView,
  SavePfmpBilanDto,
} from './tutoring.dto.js';
import { staleVersion } from '../common/stale-version.js';
import { DomainError } from '../common/domain-error.js';
import { bilanGapText } from '@dossier-sno/i18n';

@Injectable()
export class TutoringService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly rules: RelationRules,
    private readonly audit: AuditLog,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * "Attestation given": an assigned tutor attests the current version of a PFMP trace. Attesting
   * again (after the candidate edited the trace) moves the attestation to the current version.
   */
  async attest(actor: Actor, traceId: string, dto: CreateAttestationDto): Promise<AttestationView> {
    const trace = await this.attestable(actor, traceId);
    if (trace.context !== 'pfmp') {
      throw new DomainError('ONLY_PFMP_TRACES_ATTESTED');
    }
    assertWithinPeriod(trace, await this.rules.attestationPeriodOf(actor, trace));
    await this.db.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(TraceAttestation)
        .values({
          traceId: trace.id,
          tutorId: actor.id,
          attestedAt: () => 'now()',
          comment: dto.comment?.trim() ?? '',
          traceVersion: trace.version,
        })
        .orUpdate(['attested_at', 'comment', 'trace_version'], ['trace_id', 'tutor_id'])
        .execute();
      await this.audit.record(
        {
          action: 'trace.attested',
          actor,
          subjectType: 'trace',
          subjectId: trace.id,
          details: { candidateId: trace.ownerId, traceVersion: trace.version },
        },
        manager,
      );
      await this.notifications.notify(manager, [trace.ownerId], {
        kind: 'attestation',
        subjectType: 'trace',
        subjectId: trace.id,
        candidateId: trace.ownerId,
        reason: 'traceAttested',
        params: { tutor: actor.displayName, title: trace.title },
      });
    });
    const mine = (await attestationsOf(this.db.manager, [trace])).get(trace.id)!;
    return mine.find((a) => a.tutorId === actor.id)!;
  }

  /** The tutor withdraws their own attestation; withdrawing none is not an error. */
  async withdraw(actor: Actor, traceId: string): Promise<void> {
    const trace = await this.attestable(actor, traceId);
    await this.db.transaction(async (manager) => {
      const result = await manager.delete(TraceAttestation, {
        traceId: trace.id,
        tutorId: actor.id,
      });
      if (result.affected) {
        await this.audit.record(
          {
            action: 'trace.attestation_withdrawn',
            actor,
            subjectType: 'trace',
            subjectId: trace.id,
            details: { candidateId: trace.ownerId },
          },
          manager,
        );
      }
    });
  }

  private async attestable(actor: Actor, traceId: string): Promise<Trace> {
    await this.policy.requireAccess(actor, Permission.TraceAttest, [traceId]);
    return this.db.getRepository(Trace).findOneByOrFail({ id: traceId });
  }

  /** The tutor's interns: their PFMP periods, the traces to attest and the bilans to fill. */
  async interns(actor: Actor, ip?: string): Promise<InternView[]> {
    const candidates = (await this.db.query(
      `SELECT u.id, u.display_name FROM tutor_assignment ta JOIN app_user u ON u.id = ta.candidate_id
       WHERE ta.tutor_id = $1 AND u.establishment_id = $2 AND u.active
       ORDER BY u.display_name, u.id`,
      [actor.id, actor.establishmentId],
    )) as { id: string; display_name: string }[];
    if (candidates.length === 0) return [];
    const ids = candidates.map((c) => c.id);
    // Only the periods this tutor tutors, and the PFMP traces tied to them.
    const periods = await scopeTutoredPeriods(
      this.db
        .getRepository(PfmpPeriod)
        .createQueryBuilder('p')
        .where('p.candidate_id IN (:...ids)', { ids }),
      actor,
    )
      .orderBy('p.starts_on', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
    const traces = await this.db.getRepository(Trace).find({
      where: { pfmpPeriodId: In(periods.map((p) => p.id)), context: 'pfmp' },
      order: { occurredOn: 'ASC', createdAt: 'ASC' },
    });
    const [bilans, mine] = await Promise.all([
      this.db.getRepository(PfmpBilan).findBy({ periodId: In(periods.map((p) => p.id)) }),
      this.db.getRepository(TraceAttestation).findBy({
        tutorId: actor.id,
        traceId: In(traces.map((t) => t.id)),
      }),
    ]);
    for (const id of ids) await this.audit.recordRead(actor, id, 'interns', ip);
    return candidates.map((c) => {
      const own = periods.filter((p) => p.candidateId === c.id);
      const bilanOf = (p: PfmpPeriod) => {
        const bilan = bilans.find((b) => b.periodId === p.id);
        return !bilan ? 'none' : bilan.completedAt ? 'complete' : 'draft';
      };
      return {
        candidateId: c.id,
        displayName: c.display_name,
        periods: own.map((p) => ({
          id: p.id,
          organisationName: p.organisationName,
          startsOn: p.startsOn,
          endsOn: p.endsOn,
          tutorIsYou: p.tutorId === actor.id,
          bilan: bilanOf(p),
        })),
        tracesToAttest: traces
          .filter((t) => t.ownerId === c.id)
          .map((t) => ({ trace: t, attestation: mine.find((a) => a.traceId === t.id) }))
          .filter(({ trace, attestation }) => attestation?.traceVersion !== trace.version)
          .map(({ trace, attestation }) => ({
            id: trace.id,
            title: trace.title,
            occurredOn: trace.occurredOn,
            version: trace.version,
            attestedVersion: attestation?.traceVersion ?? null,
          })),
        bilansToFill: own
          .filter((p) => p.tutorId === actor.id && bilanOf(p) !== 'complete')
          .map((p) => p.id),
      };
    });
  }

  /**
   * The bilan of a period: staff who see the candidate read drafts too (an empty draft, version 0,
   * before the first save); the candidate reads it only once complete, else 404.
   */
  async bilan(actor: Actor, periodId: string, ip?: string): Promise<PfmpBilanView> {
    await this.policy.requireAccess(actor, Permission.BilanRead, [periodId]);
    const period = await this.db.getRepository(PfmpPeriod).findOneByOrFail({ id: periodId });
    const bilan = await this.db.getRepository(PfmpBilan).findOneBy({ periodId: period.id });
    await this.audit.recordRead(actor, period.candidateId, `pfmp bilan ${period.id}`, ip);
    return this.view(period, bilan);
  }

  /** Saves the draft of the period's tutor; `complete: true` completes it ("bilan completed"). */
  async saveBilan(actor: Actor, periodId: string, dto: SavePfmpBilanDto): Promise<PfmpBilanView> {
    await this.policy.requireAccess(actor, Permission.BilanWrite, [periodId]);
    const period = await this.db.getRepository(PfmpPeriod).findOneByOrFail({ id: periodId });
    const saved = await this.db.transaction(async (manager) => {
      const current = await manager.findOneBy(PfmpBilan, { periodId: period.id });
      if (current?.completedAt) {
        throw new DomainError('BILAN_FINAL');
      }
      if ((current?.version ?? 0) !== dto.version) {
        throw staleVersion('bilan', current?.version ?? 0);
      }
      const base = current ?? emptyBilan();
      const content: PfmpBilanContent = {
        activities: dto.activities ?? base.activities,
        competences: dto.competences ? levels(dto.competences, 'competences') : base.competences,
        transversal: dto.transversal ? levels(dto.transversal, 'transversal') : base.transversal,
        comment: dto.comment ?? base.comment,
      };
      if (dto.complete) {
        const gaps = bilanGaps(content);
        if (gaps.length) {
          throw new DomainError('BILAN_INCOMPLETE', { count: gaps.length }, { gaps });
        }
      }
      const completedAt = dto.complete ? new Date() : null;
      const fields = {
        ...content,
        competences: [...content.competences],
        transversal: [...content.transversal],
        tutorId: actor.id,
        completedAt,
      };
      if (current) {
        const result = await manager
          .createQueryBuilder()
          .update(PfmpBilan)
          .set({
            ...fields,
            version: () => 'version + 1',
            updatedAt: () => 'now()',
          })
          .where('period_id = :id AND version = :version', { id: period.id, version: dto.version })
          .execute();
        if (result.affected !== 1) throw staleVersion('bilan', dto.version);
      } else {
        await manager.insert(PfmpBilan, { periodId: period.id, ...fields });
      }
      if (completedAt) {
        // The flag the PFMP record and dossier readiness read.
        await manager.update(PfmpPeriod, { id: period.id }, { bilanCompletedAt: completedAt });
        // The candidate now sees it; the cohort's teachers follow the E2 readiness it unlocks.
        const teachers = (await this.rules.followersOf(manager, period.candidateId))
          .filter((f) => f.relation === 'teacher')
          .map((f) => f.id);
        const bilan = {
          kind: 'bilan' as const,
          subjectType: 'pfmp_period',
          subjectId: period.id,
          candidateId: period.candidateId,
        };
        const params = { tutor: actor.displayName, organisation: period.organisationName };
        await this.notifications.notify(manager, [period.candidateId], {
          ...bilan,
          reason: 'bilanCompletedYours',
          params,
        });
        const candidate = await manager.findOneByOrFail(User, { id: period.candidateId });
        await this.notifications.notify(manager, teachers, {
          ...bilan,
          reason: 'bilanCompleted',
          params: { ...params, candidate: candidate.displayName },
        });
      }
      await this.audit.record(
        {
          action: completedAt ? 'pfmp.bilan_completed' : 'pfmp.bilan_saved',
          actor,
          subjectType: 'pfmp_period',
          subjectId: period.id,
          details: { candidateId: period.candidateId },
        },
        manager,
      );
      return manager.findOneByOrFail(PfmpBilan, { periodId: period.id });
    });
    return this.view(period, saved);
  }

  private async view(period: PfmpPeriod, bilan: PfmpBilan | null): Promise<PfmpBilanView> {
    const content = bilan ?? emptyBilan();
    const tutorId = bilan?.tutorId ?? period.tutorId;
    const tutor = tutorId ? await this.db.getRepository(User).findOneBy({ id: tutorId }) : null;
    return {
      periodId: period.id,
      candidateId: period.candidateId,
      tutorId,
      tutorName: tutor?.displayName ?? null,
      activities: content.activities,
      competences: [...content.competences],
      transversal: [...content.transversal],
      comment: content.comment,
      completedAt: bilan?.completedAt ?? null,
      version: bilan?.version ?? 0,
      missing: bilanGaps(content).map((g) => bilanGapText('fr', g.reason, g.params)),
    };
  }
}

/**
 * A tutor attests what happened during their period: a trace dated (in full) outside the period's
 * dates is refused (422), saying which dates to correct.
 */
function assertWithinPeriod(trace: Trace, period: PfmpPeriod): void {
  const until = trace.occurredUntil ?? trace.occurredOn;
  if (trace.occurredOn >= period.startsOn && until <= period.endsOn) return;
  throw new DomainError('TRACE_OUTSIDE_PERIOD', {
    traceFrom: trace.occurredOn,
    traceUntil: until,
    count: until === trace.occurredOn ? 1 : 2,
    organisation: period.organisationName,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
  });
}

/** Checks a list of levels: known codes of the right kind, each once, in référentiel order. */
function levels(
  entries: readonly LevelEntry[],
  field: 'competences' | 'transversal',
): LevelEntry[] {
  const known =
    field === 'transversal'
      ? referential.transversal.map((t) => t.code)
      : referential.blocks.flatMap((b) => b.competences.map((c) => c.code as string));
  const codes = entries.map((e) => e.code);
  const wrong = codes.filter((c, i) => !known.includes(c) || codes.indexOf(c) !== i);
  if (wrong.length) {
    throw new DomainError('UNKNOWN_OR_REPEATED_CODES', {
      field,
      codes: wrong,
      count: wrong.length,
    });
  }
  return known.flatMap((code) => entries.filter((e) => e.code === code));
}
