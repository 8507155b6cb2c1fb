import { coverageOf, referentials, type Referential } from '@dossier-sno/referential';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditLog } from '../audit/audit.service.js';
import { checkDateRange } from '../common/dates.js';
import { TraceFile } from '../files/trace-file.entity.js';
import { TraceFilesService } from '../files/trace-files.service.js';
import { AccessPolicy } from '../policy/access-policy.js';
import { Permission } from '../policy/permission.js';
import { RelationRules } from '../policy/relation-rules.js';
import { scopeTraces } from '../policy/scopes.js';
import { attestationsOf } from '../tutoring/attestations.js';
import type {
  CoverageView,
  CreateTraceDto,
  FileView,
  TracePage,
  TraceQueryDto,
  TraceView,
  UpdateTraceDto,
} from './trace.dto.js';
import { Trace, type TraceContext } from './trace.entity.js';
import { staleVersion } from '../common/stale-version.js';
import { DomainError } from '../common/domain-error.js';

@Injectable()
export class TracesService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly rules: RelationRules,
    private readonly files: TraceFilesService,
    private readonly audit: AuditLog,
  ) {}

  async create(actor: Actor, dto: CreateTraceDto): Promise<TraceView> {
    const ref = await this.referentialOf(actor.id);
    const tags = checkTags(ref, dto.competences, dto.detailedCompetences ?? []);
    checkDateRange(['occurredOn', dto.occurredOn], ['occurredUntil', dto.occurredUntil ?? null]);
    const pfmpPeriodId = await this.periodFor(actor, dto.context, dto.pfmpPeriodId ?? null);
    const repo = this.db.getRepository(Trace);
    const trace = await repo.save(
      repo.create({
        ownerId: actor.id,
        referentialVersion: ref.version,
        title: dto.title,
        description: dto.description ?? '',
        context: dto.context,
        occurredOn: dto.occurredOn,
        occurredUntil: dto.occurredUntil ?? null,
        pfmpPeriodId,
        ...tags,
        reflection: dto.reflection ?? '',
        fileNames: '',
      }),
    );
    return this.view(trace);
  }

  async list(actor: Actor, query: TraceQueryDto, ip?: string): Promise<TracePage> {
    const ownerId = await this.policy.candidateFor(actor, query.candidateId);
    const qb = this.db
      .getRepository(Trace)
      .createQueryBuilder('t')
      .where('t.owner_id = :ownerId', { ownerId });
    scopeTraces(qb, actor);
    if (query.competence) {
      qb.andWhere('(:code = ANY(t.competences) OR :code = ANY(t.detailed_competences))', {
        code: query.competence,
      });
    }
    if (query.context) qb.andWhere('t.context = :context', { context: query.context });
    if (query.from)
      qb.andWhere('coalesce(t.occurred_until, t.occurred_on) >= :from', { from: query.from });
    if (query.to) qb.andWhere('t.occurred_on <= :to', { to: query.to });
    if (query.q?.trim()) {
      qb.andWhere(`t.search @@ websearch_to_tsquery('french', :q)`, { q: query.q });
    }
    const [traces, total] = await qb
      .orderBy('t.occurred_on', 'DESC')
      .addOrderBy('t.created_at', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    await this.audit.recordRead(actor, ownerId, 'traces', ip);
    return { items: await this.views(traces), total, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor, traceId: string, ip?: string): Promise<TraceView> {
    await this.policy.requireAccess(actor, Permission.TraceRead, [traceId]);
    const trace = await this.db.getRepository(Trace).findOneByOrFail({ id: traceId });
    await this.audit.recordRead(actor, trace.ownerId, `trace ${trace.id}`, ip);
    return this.view(trace);
  }

  async update(actor: Actor, traceId: string, dto: UpdateTraceDto): Promise<TraceView> {
    await this.policy.requireAccess(actor, Permission.TraceUpdate, [traceId]);
    const trace = await this.db.getRepository(Trace).findOneByOrFail({ id: traceId });
    if (trace.version !== dto.version) throw staleVersion('trace', trace.version);
    const ref = referentials[trace.referentialVersion];
    if (!ref) throw new Error(`unknown référentiel version ${trace.referentialVersion}`);
    const tags = checkTags(
      ref,
      dto.competences ?? trace.competences,
      dto.detailedCompetences ?? trace.detailedCompetences,
    );
    const occurredOn = dto.occurredOn ?? trace.occurredOn;
    const occurredUntil = dto.occurredUntil === undefined ? trace.occurredUntil : dto.occurredUntil;
    checkDateRange(['occurredOn', occurredOn], ['occurredUntil', occurredUntil]);
    const context = dto.context ?? trace.context;
    // Untied when it leaves the PFMP context; kept otherwise unless the candidate changes it.
    const pfmpPeriodId =
      dto.pfmpPeriodId !== undefined
        ? await this.periodFor(actor, context, dto.pfmpPeriodId)
        : context === 'pfmp'
          ? trace.pfmpPeriodId
          : null;
    const result = await this.db
      .createQueryBuilder()
      .update(Trace)
      .set({
        ...(dto.title !== undefined && { title: dto.title }),
        ...(dto.description !== undefined && { description: dto.description }),
        ...(dto.context !== undefined && { context: dto.context }),
        ...(dto.reflection !== undefined && { reflection: dto.reflection }),
        occurredOn,
        occurredUntil,
        pfmpPeriodId,
        ...tags,
        version: () => 'version + 1',
        updatedAt: () => 'now()',
      })
      .where('id = :id AND version = :version', { id: trace.id, version: dto.version })
      .execute();
    if (result.affected !== 1) throw staleVersion('trace', trace.version);
    return this.view(await this.db.getRepository(Trace).findOneByOrFail({ id: trace.id }));
  }

  async remove(actor: Actor, traceId: string): Promise<void> {
    await this.policy.requireAccess(actor, Permission.TraceUpdate, [traceId]);
    await this.files.removeAllOf(traceId);
  }

  async coverage(
    actor: Actor,
    candidateId: string | undefined,
    ip?: string,
  ): Promise<CoverageView> {
    const ownerId = await this.policy.candidateFor(actor, candidateId);
    const ref = await this.referentialOf(ownerId);
    const traces = await scopeTraces(
      this.db.getRepository(Trace).createQueryBuilder('t').where('t.owner_id = :ownerId', {
        ownerId,
      }),
      actor,
    ).getMany();
    const attestations = await attestationsOf(this.db.manager, traces);
    await this.audit.recordRead(actor, ownerId, 'coverage', ip);
    return {
      candidateId: ownerId,
      referentialVersion: ref.version,
      competences: coverageOf(
        ref,
        traces.map((t) => ({
          id: t.id,
          competences: t.competences,
          detailedCompetences: t.detailedCompetences,
          hasReflection: t.reflection.trim().length > 0,
          attested: attestations.get(t.id)!.some((a) => a.current),
        })),
      ),
    };
  }

  /** The period a trace is tied to: one of the candidate's own, and only for a PFMP trace (400). */
  private async periodFor(
    actor: Actor,
    context: TraceContext,
    periodId: string | null,
  ): Promise<string | null> {
    if (periodId === null) return null;
    if (context !== 'pfmp') {
      throw new DomainError('TRACE_PERIOD_NOT_PFMP');
    }
    return (await this.rules.ownPeriodForTrace(actor, periodId)).id;
  }

  /** The référentiel of the candidate's cohort. */
  private async referentialOf(candidateId: string): Promise<Referential> {
    const rows = (await this.db.query(
      `SELECT c.referential_version AS version FROM candidate_profile cp
       JOIN cohort c ON c.id = cp.cohort_id WHERE cp.user_id = $1`,
      [candidateId],
    )) as { version: string }[];
    const ref = rows[0] && referentials[rows[0].version];
    if (!ref) {
      throw new DomainError('NOT_IN_COHORT');
    }
    return ref;
  }

  private async view(trace: Trace): Promise<TraceView> {
    return (await this.views([trace]))[0]!;
  }

  private async views(traces: Trace[]): Promise<TraceView[]> {
    if (traces.length === 0) return [];
    const [files, attestations] = await Promise.all([
      this.db.getRepository(TraceFile).find({
        where: { traceId: In(traces.map((t) => t.id)) },
        order: { createdAt: 'ASC' },
      }),
      attestationsOf(this.db.manager, traces),
    ]);
    return traces.map((t) => ({
      id: t.id,
      ownerId: t.ownerId,
      title: t.title,
      description: t.description,
      context: t.context,
      occurredOn: t.occurredOn,
      occurredUntil: t.occurredUntil,
      pfmpPeriodId: t.pfmpPeriodId,
      competences: t.competences,
      detailedCompetences: t.detailedCompetences,
      reflection: t.reflection,
      referentialVersion: t.referentialVersion,
      files: files.filter((f) => f.traceId === t.id).map(fileView),
      attestations: attestations.get(t.id)!,
      createdAt: t.createdAt,
      updatedAt: t.updatedAt,
      version: t.version,
    }));
  }
}

export function fileView(f: TraceFile): FileView {
  return {
    id: f.id,
    name: f.name,
    size: f.size,
    mediaType: f.mediaType,
    sha256: f.sha256,
    createdAt: f.createdAt,
  };
}

/**
 * Checks competence codes against the référentiel version; a detailed competence brings its
 * competence along. Unknown codes → 400 naming them.
 */
function checkTags(
  ref: Referential,
  competences: readonly string[],
  detailed: readonly string[],
): Pick<Trace, 'competences' | 'detailedCompetences'> {
  const all = ref.blocks.flatMap((b) => b.competences);
  const unknown = [
    ...competences.filter((c) => !all.some((k) => k.code === c)),
    ...detailed.filter((d) => !all.some((k) => k.detailed.some((x) => x.code === d))),
  ];
  if (unknown.length) {
    throw new DomainError('UNKNOWN_COMPETENCES', {
      version: ref.version,
      codes: unknown,
      count: unknown.length,
    });
  }
  const parents = all
    .filter((k) => k.detailed.some((x) => detailed.includes(x.code)))
    .map((k) => k.code);
  const codes = all
    .map((k) => k.code)
    .filter((c) => competences.includes(c) || parents.includes(c));
  const detailedOrdered = all
    .flatMap((k) => k.detailed.map((x) => x.code))
    .filter((c) => detailed.includes(c));
  return { competences: codes, detailedCompetences: detailedOrdered };
}
