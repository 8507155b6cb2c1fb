import { createHash, randomUUID } from 'node:crypto';
import { type ExamCode, type ExamMode, modeForStatus } from '@dossier-sno/referential';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditLog } from '../audit/audit.service.js';
import { folderSlug, safeFileName } from '../files/file-names.js';
import { TraceFile } from '../files/trace-file.entity.js';
import { PfmpPeriod } from '../pfmp/pfmp-period.entity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { PfmpService } from '../pfmp/pfmp.service.js';
import { AccessPolicy } from '../policy/access-policy.js';
import { RelationRules } from '../policy/relation-rules.js';
import { Trace } from '../traces/trace.entity.js';
import { CandidateProfile } from '../users/candidate-profile.entity.js';
import { dossierReadiness, storedProject } from './dossier-readiness.js';
import { Dossier, DossierItem } from './dossier.entity.js';
import type {
  DossierView,
  SaveDossierDto,
  SubmissionCreatedView,
  SubmissionView,
  SubmittedItemView,
} from './dossier.dto.js';
import { Submission, SubmissionFile } from './submission.entity.js';
import { staleVersion } from '../common/stale-version.js';
import { DomainError } from '../common/domain-error.js';

/** What the manifest of a submission holds; its canonical JSON is hashed and stored. */
export type Manifest = Omit<SubmissionView, 'manifestSha256' | 'submittedAt'> & {
  format: 'dossier-sno/submission@1';
  submittedAt: string;
  files: { path: string; size: number; sha256: string }[];
};

@Injectable()
export class DossiersService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly rules: RelationRules,
    private readonly audit: AuditLog,
    private readonly pfmp: PfmpService,
    private readonly notifications: NotificationsService,
  ) {}

  async get(actor: Actor, exam: ExamCode, candidateId?: string, ip?: string): Promise<DossierView> {
    const ownerId = await this.policy.recordOwnerFor(actor, candidateId);
    await this.audit.recordRead(actor, ownerId, `dossier ${exam}`, ip);
    return this.view(this.db.manager, ownerId, exam);
  }

  /** Saves the selection and texts; only the candidate, with the version read. */
  async save(actor: Actor, exam: ExamCode, dto: SaveDossierDto): Promise<DossierView> {
    const traceIds = dto.items.map((i) => i.traceId);
    if (new Set(traceIds).size !== traceIds.length) {
      throw new DomainError('DOSSIER_TRACE_REPEATED');
    }
    const referenced = [
      ...traceIds,
      ...(dto.project?.traceIds ?? []),
      ...(dto.highlights ?? []).flatMap((h) => (h.traceId === null ? [] : [h.traceId])),
    ];
    const own = await this.db
      .getRepository(Trace)
      .findBy({ id: In(referenced), ownerId: actor.id });
    const unknown = [...new Set(referenced.filter((id) => !own.some((t) => t.id === id)))];
    if (unknown.length) {
      throw new DomainError('UNKNOWN_TRACES', { ids: unknown, count: unknown.length });
    }
    await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(Dossier);
      const fields = {
        presentation: dto.presentation,
        project: dto.project ?? null,
        highlights: dto.highlights ?? [],
      };
      let dossier = await repo.findOneBy({ candidateId: actor.id, exam });
      if ((dossier?.version ?? 0) !== dto.version)
        throw staleVersion('dossier', dossier?.version ?? 0);
      if (!dossier) {
        dossier = await repo
          .save(repo.create({ candidateId: actor.id, exam, ...fields }))
          .catch(() => {
            throw staleVersion('dossier', 0); // another save created it first
          });
      } else {
        const result = await manager
          .createQueryBuilder()
          .update(Dossier)
          .set({ ...fields, version: () => 'version + 1', updatedAt: () => 'now()' })
          .where('id = :id AND version = :version', { id: dossier.id, version: dto.version })
          .execute();
        if (result.affected !== 1) throw staleVersion('dossier', dossier.version);
      }
      await manager.delete(DossierItem, { dossierId: dossier.id });
      if (dto.items.length) {
        await manager.insert(
          DossierItem,
          dto.items.map((item, position) => ({
            dossierId: dossier.id,
            traceId: item.traceId,
            position,
            comment: item.comment ?? '',
          })),
        );
      }
    });
    return this.view(this.db.manager, actor.id, exam);
  }

  /**
   * Freezes the dossier: a snapshot of its items, texts and file references, with a manifest whose
   * sha256 is stored. Refused while not ready unless the candidate acknowledges it.
   */
  async submit(
    actor: Actor,
    exam: ExamCode,
    acknowledgeIncomplete: boolean,
  ): Promise<SubmissionCreatedView> {
    // Read before the transaction: inside it, every query must go through its manager.
    const pfmp = await this.pfmp.recordOf(actor.id);
    const created = await this.db.transaction(async (manager) => {
      // One submission at a time per dossier: the row lock orders concurrent submits.
      await manager.query(
        `SELECT 1 FROM dossier WHERE candidate_id = $1 AND exam = $2 FOR UPDATE`,
        [actor.id, exam],
      );
      await this.rules.assertSubmissionOpen(actor, exam, manager);
      const dossier = await this.view(manager, actor.id, exam);
      if (dossier.version === 0) {
        throw new DomainError('DOSSIER_EMPTY');
      }
      if (!dossier.readiness.ready && !acknowledgeIncomplete) {
        const missing = dossier.readiness.checks.filter((c) => !c.ok).map((c) => c.message);
        throw new DomainError(
          'DOSSIER_INCOMPLETE',
          { details: missing.join(' ') },
          { checks: dossier.readiness.checks },
        );
      }
      const id = randomUUID();
      const submittedAt = new Date();
      const { items, files } = await this.snapshotItems(manager, dossier);
      const [cohort] = (await manager.query(
        `SELECT c.referential_version AS version FROM candidate_profile cp JOIN cohort c ON c.id = cp.cohort_id
         WHERE cp.user_id = $1`,
        [actor.id],
      )) as { version: string }[];
      const manifest: Manifest = {
        format: 'dossier-sno/submission@1',
        id,
        candidateId: actor.id,
        exam,
        mode: dossier.mode,
        submittedAt: submittedAt.toISOString(),
        acknowledgedIncomplete: !dossier.readiness.ready,
        readiness: dossier.readiness,
        presentation: dossier.presentation,
        project: dossier.project,
        highlights: dossier.highlights,
        items,
        referentialVersion: cohort!.version,
        pfmp: {
          totalDays: pfmp.totalDays,
          totalWeeks: pfmp.totalWeeks,
          minimumWeeks: pfmp.minimumWeeks,
        },
        files: files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 })),
      };
      const text = JSON.stringify(manifest);
      const manifestSha256 = createHash('sha256').update(text).digest('hex');
      await manager.insert(Submission, {
        id,
        candidateId: actor.id,
        exam,
        submittedAt,
        acknowledgedIncomplete: manifest.acknowledgedIncomplete,
        readiness: dossier.readiness,
        manifest: text,
        manifestSha256,
      });
      if (files.length)
        await manager.insert(
          SubmissionFile,
          files.map((f) => ({ ...f, submissionId: id })),
        );
      await this.notifications.dossierSubmitted(manager, actor, exam, id);
      return { id, submittedAt, manifestSha256 };
    });
    await this.audit.record({
      action: 'dossier.submitted',
      actor,
      subjectType: 'submission',
      subjectId: created.id,
      details: { exam },
    });
    return created;
  }

  private async snapshotItems(
    manager: EntityManager,
    dossier: DossierView,
  ): Promise<{ items: SubmittedItemView[]; files: Omit<SubmissionFile, 'submissionId'>[] }> {
    const traceIds = dossier.items.map((i) => i.traceId);
    const [traces, traceFiles] = await Promise.all([
      manager.findBy(Trace, { id: In(traceIds) }),
      manager.find(TraceFile, { where: { traceId: In(traceIds) }, order: { createdAt: 'ASC' } }),
    ]);
    const files: Omit<SubmissionFile, 'submissionId'>[] = [];
    const items = dossier.items.map((item) => {
      const trace = traces.find((t) => t.id === item.traceId)!;
      const folder = `traces/${String(item.position + 1).padStart(2, '0')}-${folderSlug(trace.title, 'trace')}`;
      const used = new Set<string>();
      const itemFiles = traceFiles
        .filter((f) => f.traceId === trace.id)
        .map((f) => {
          let name = safeFileName(f.name);
          for (let n = 2; used.has(name); n++) name = `${n}-${safeFileName(f.name)}`;
          used.add(name);
          const entry = {
            id: randomUUID(),
            storageKey: f.storageKey,
            path: `${folder}/${name}`,
            size: f.size,
            mediaType: f.mediaType,
            sha256: f.sha256,
          };
          files.push(entry);
          return {
            id: entry.id,
            name: f.name,
            size: f.size,
            mediaType: f.mediaType,
            sha256: f.sha256,
            createdAt: f.createdAt,
            path: entry.path,
          };
        });
      return {
        position: item.position,
        comment: item.comment,
        traceId: trace.id,
        title: trace.title,
        description: trace.description,
        context: trace.context,
        occurredOn: trace.occurredOn,
        occurredUntil: trace.occurredUntil,
        competences: trace.competences,
        detailedCompetences: trace.detailedCompetences,
        reflection: trace.reflection,
        files: itemFiles,
      };
    });
    return { items, files };
  }

  private async view(
    manager: EntityManager,
    candidateId: string,
    exam: ExamCode,
  ): Promise<DossierView> {
    const profile = await manager.findOneBy(CandidateProfile, { userId: candidateId });
    if (!profile) {
      throw new DomainError('NOT_IN_COHORT');
    }
    const mode: ExamMode = modeForStatus(profile.status);
    const dossier = await manager.findOneBy(Dossier, { candidateId, exam });
    const items = dossier
      ? await manager.find(DossierItem, {
          where: { dossierId: dossier.id },
          order: { position: 'ASC' },
        })
      : [];
    const traces = items.length
      ? await manager.findBy(Trace, { id: In(items.map((i) => i.traceId)) })
      : [];
    const submissions = await manager.find(Submission, {
      where: { candidateId, exam },
      order: { submittedAt: 'DESC' },
      select: { id: true, submittedAt: true, manifestSha256: true, acknowledgedIncomplete: true },
    });
    const ordered = items.map((item) => ({
      item,
      trace: traces.find((t) => t.id === item.traceId)!,
    }));
    const periods = exam === 'E2' ? await manager.findBy(PfmpPeriod, { candidateId }) : [];
    const readiness = dossierReadiness(
      exam,
      profile,
      dossier,
      ordered.map(({ trace }) => trace),
      periods,
    );
    return {
      exam,
      mode,
      candidateId,
      version: dossier?.version ?? 0,
      items: ordered.map(({ item, trace }) => ({
        traceId: trace.id,
        comment: item.comment,
        position: item.position,
        title: trace.title,
        competences: trace.competences,
      })),
      presentation: dossier?.presentation ?? '',
      project: storedProject(dossier?.project),
      highlights: dossier?.highlights ?? [],
      readiness,
      submissions: submissions.map((s) => ({
        id: s.id,
        submittedAt: s.submittedAt,
        manifestSha256: s.manifestSha256,
        acknowledgedIncomplete: s.acknowledgedIncomplete,
      })),
    };
  }
}
