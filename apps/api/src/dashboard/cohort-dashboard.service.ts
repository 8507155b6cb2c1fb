import { minimumPfmpWeeks, pfmpTotal } from '@dossier-sno/exam-rules';
import { coverageOf, type ExamCode, modeForStatus, referentials } from '@dossier-sno/referential';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditLog } from '../audit/audit.service.js';
import { EXAMS } from '../dossiers/dossier.dto.js';
import { Dossier, DossierItem } from '../dossiers/dossier.entity.js';
import { dossierReadiness } from '../dossiers/dossier-readiness.js';
import { PfmpPeriod } from '../pfmp/pfmp-period.entity.js';
import { AccessPolicy } from '../policy/access-policy.js';
import { CandidateProfile } from '../users/candidate-profile.entity.js';
import { User } from '../users/user.entity.js';
import type { CohortDashboardView, DashboardCandidateView } from './cohort-dashboard.dto.js';

/** What the dashboard reads of a trace: no texts beyond "has a reflection", no files. */
interface TraceRow {
  id: string;
  owner_id: string;
  competences: string[];
  detailed_competences: string[];
  has_reflection: boolean;
  attested: boolean;
  updated_at: Date;
}

interface LatestSubmission {
  candidate_id: string;
  exam: ExamCode;
  submitted_at: Date;
}

const latest = (...dates: (Date | undefined)[]): Date | undefined =>
  dates.reduce<Date | undefined>((a, b) => (!b ? a : !a || b > a ? b : a), undefined);

/**
 * The teacher's view of a cohort: candidates × competences, PFMP weeks, readiness per exam and
 * last activity. A fixed number of queries whatever the cohort's size (one per kind of data, never
 * one per candidate), and readiness from the same function as the dossier page.
 */
@Injectable()
export class CohortDashboardService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditLog,
  ) {}

  async of(actor: Actor, cohortId: string, ip?: string): Promise<CohortDashboardView> {
    const cohort = await this.policy.cohortStaffOf(actor, cohortId);
    const ref = referentials[cohort.referentialVersion]!;
    const profiles = await this.db.getRepository(CandidateProfile).findBy({ cohortId });
    const ids = profiles.map((p) => p.userId);
    const [users, traces, dossiers, periods, submissions] = await Promise.all([
      this.db.getRepository(User).findBy({ id: In(ids) }),
      this.db.query<TraceRow[]>(
        `SELECT t.id, t.owner_id, t.competences, t.detailed_competences,
                btrim(t.reflection) <> '' AS has_reflection, FALSE AS attested, t.updated_at
         FROM trace t WHERE t.owner_id = ANY($1)`,
        [ids],
      ),
      this.db.getRepository(Dossier).findBy({ candidateId: In(ids) }),
      this.db.getRepository(PfmpPeriod).findBy({ candidateId: In(ids) }),
      this.db.query<LatestSubmission[]>(
        `SELECT candidate_id, exam, max(submitted_at) AS submitted_at FROM submission
         WHERE candidate_id = ANY($1) GROUP BY candidate_id, exam`,
        [ids],
      ),
    ]);
    const items = await this.db.getRepository(DossierItem).find({
      where: { dossierId: In(dossiers.map((d) => d.id)) },
      order: { position: 'ASC' },
    });
    await this.audit.record({
      action: 'cohort.dashboard_read',
      actor,
      subjectType: 'cohort',
      subjectId: cohort.id,
      ip,
    });

    const byOwner = groupBy(traces, (t) => t.owner_id);
    const tracesById = new Map(traces.map((t) => [t.id, t]));
    const candidates = profiles.map((profile): DashboardCandidateView => {
      const id = profile.userId;
      const own = byOwner.get(id) ?? [];
      const ownPeriods = periods.filter((p) => p.candidateId === id);
      const ownSubmissions = submissions.filter((s) => s.candidate_id === id);
      const coverage = coverageOf(
        ref,
        own.map((t) => ({
          id: t.id,
          competences: t.competences,
          detailedCompetences: t.detailed_competences,
          hasReflection: t.has_reflection,
          attested: t.attested,
        })),
      );
      const exams = EXAMS.map((exam) => {
        const dossier = dossiers.find((d) => d.candidateId === id && d.exam === exam) ?? null;
        const dossierTraces = dossier
          ? items
              .filter((i) => i.dossierId === dossier.id)
              .flatMap((i) => {
                const trace = tracesById.get(i.traceId);
                return trace ? [{ id: trace.id, competences: trace.competences }] : [];
              })
          : [];
        const readiness = dossierReadiness(exam, profile, dossier, dossierTraces, ownPeriods);
        const submitted = ownSubmissions.find((s) => s.exam === exam);
        return {
          exam,
          ready: readiness.ready,
          failing: readiness.checks.filter((c) => !c.ok).length,
          lastSubmittedAt: submitted ? new Date(submitted.submitted_at).toISOString() : null,
        };
      });
      const lastActivity = latest(
        ...own.map((t) => new Date(t.updated_at)),
        ...ownPeriods.map((p) => p.updatedAt),
        ...ownSubmissions.map((s) => new Date(s.submitted_at)),
      );
      return {
        id,
        displayName: users.find((u) => u.id === id)?.displayName ?? '',
        status: profile.status,
        positionne: profile.positionne,
        mode: modeForStatus(profile.status),
        traceCount: own.length,
        coverage: coverage.map(({ code, traces: count, attested }) => ({
          code,
          traces: count,
          attested,
        })),
        pfmp: {
          weeks: pfmpTotal(ownPeriods).weeks,
          minimumWeeks: minimumPfmpWeeks(profile.status, profile.positionne),
        },
        exams,
        lastActivityAt: lastActivity?.toISOString() ?? null,
      };
    });
    candidates.sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'));
    return {
      cohortId: cohort.id,
      cohortName: cohort.name,
      referentialVersion: ref.version,
      competences: ref.blocks.flatMap((b) => b.competences.map((c) => c.code)),
      candidates,
    };
  }
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
