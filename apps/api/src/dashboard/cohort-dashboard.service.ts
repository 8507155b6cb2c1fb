import { minimumPfmpWeeks, pfmpTotal } from '@dossier-sno/exam-rules';
import {
  type CompetenceCode,
  type ExamCode,
  modeForStatus,
  referentials,
} from '@dossier-sno/referential';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditLog } from '../audit/audit.service.js';
import { EXAMS } from '../dossiers/dossier.dto.js';
import { Dossier } from '../dossiers/dossier.entity.js';
import { dossierReadiness } from '../dossiers/dossier-readiness.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { PfmpPeriod } from '../pfmp/pfmp-period.entity.js';
import { AccessPolicy } from '../policy/access-policy.js';
import { Permission } from '../policy/permission.js';
import { CandidateProfile } from '../users/candidate-profile.entity.js';
import { User } from '../users/user.entity.js';
import type { CohortDashboardView, DashboardCandidateView } from './cohort-dashboard.dto.js';

/** Per candidate: how many traces, and when the latest changed. */
interface TraceTotals {
  owner_id: string;
  traces: number;
  updated_at: Date;
}

/** Per candidate and competence: the traces proving it, and how many of them are attested. */
interface CoverageRow {
  owner_id: string;
  code: string;
  traces: number;
  attested: number;
}

/** The traces of the dossiers, in order, with what readiness reads of them. */
interface DossierTraceRow {
  dossier_id: string;
  id: string;
  competences: CompetenceCode[];
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
    await this.policy.requireAccess(actor, Permission.CohortFollow, [cohortId]);
    const cohort = await this.db.getRepository(Cohort).findOneByOrFail({ id: cohortId });
    const ref = referentials[cohort.referentialVersion]!;
    const profiles = await this.db.getRepository(CandidateProfile).findBy({ cohortId });
    const ids = profiles.map((p) => p.userId);
    const detailed = ref.blocks.flatMap((b) =>
      b.competences.flatMap((c) => c.detailed.map((d) => [d.code, c.code])),
    );
    const [users, totals, coverage, dossiers, dossierTraces, periods, submissions] =
      await Promise.all([
        this.db.getRepository(User).findBy({ id: In(ids) }),
        this.db.query<TraceTotals[]>(
          `SELECT owner_id, count(*)::int AS traces, max(updated_at) AS updated_at FROM trace
           WHERE owner_id = ANY($1) GROUP BY owner_id`,
          [ids],
        ),
        // coverageOf's counting rule (a trace counts once for each competence it is tagged with or
        // holds a detailed competence of), done in PostgreSQL: a cohort's thousands of traces never
        // cross into Node. dashboard.int-spec.ts checks it against GET /api/coverage.
        this.db.query<CoverageRow[]>(
          `SELECT t.owner_id, c.code, count(*)::int AS traces,
                  count(*) FILTER (WHERE t.attested)::int AS attested
           FROM (SELECT tr.id, tr.owner_id, tr.competences, tr.detailed_competences,
                        ta.trace_id IS NOT NULL AS attested
                 FROM trace tr
                 -- As the coverage matrix: an attestation counts for the version attested. A join,
                 -- not EXISTS: the planner then costs it low and never JIT-compiles (400 ms).
                 LEFT JOIN (SELECT DISTINCT trace_id, trace_version FROM trace_attestation
                            WHERE trace_id IN (SELECT id FROM trace WHERE owner_id = ANY($1))) ta
                   ON ta.trace_id = tr.id AND ta.trace_version = tr.version
                 WHERE tr.owner_id = ANY($1)) t
           CROSS JOIN LATERAL (
             SELECT unnest(t.competences)
             UNION
             SELECT m.competence FROM unnest($2::text[], $3::text[]) m(detailed, competence)
             WHERE m.detailed = ANY(t.detailed_competences)
           ) c(code)
           GROUP BY t.owner_id, c.code`,
          [ids, detailed.map(([d]) => d), detailed.map(([, c]) => c)],
        ),
        this.db.getRepository(Dossier).findBy({ candidateId: In(ids) }),
        this.db.query<DossierTraceRow[]>(
          `SELECT di.dossier_id, t.id, t.competences FROM dossier_item di
           JOIN dossier d ON d.id = di.dossier_id JOIN trace t ON t.id = di.trace_id
           WHERE d.candidate_id = ANY($1) ORDER BY di.dossier_id, di.position`,
          [ids],
        ),
        this.db.getRepository(PfmpPeriod).findBy({ candidateId: In(ids) }),
        this.db.query<LatestSubmission[]>(
          `SELECT candidate_id, exam, max(submitted_at) AS submitted_at FROM submission
           WHERE candidate_id = ANY($1) GROUP BY candidate_id, exam`,
          [ids],
        ),
      ]);
    await this.audit.record({
      action: 'cohort.dashboard_read',
      actor,
      subjectType: 'cohort',
      subjectId: cohort.id,
      ip,
    });

    const cellsOf = groupBy(coverage, (row) => row.owner_id);
    const tracesOf = groupBy(dossierTraces, (row) => row.dossier_id);
    const competences = ref.blocks.flatMap((b) => b.competences.map((c) => c.code));
    const candidates = profiles.map((profile): DashboardCandidateView => {
      const id = profile.userId;
      const total = totals.find((t) => t.owner_id === id);
      const cells = cellsOf.get(id) ?? [];
      const ownPeriods = periods.filter((p) => p.candidateId === id);
      const ownSubmissions = submissions.filter((s) => s.candidate_id === id);
      const exams = EXAMS.map((exam) => {
        const dossier = dossiers.find((d) => d.candidateId === id && d.exam === exam) ?? null;
        const readiness = dossierReadiness(
          exam,
          profile,
          dossier,
          dossier ? (tracesOf.get(dossier.id) ?? []) : [],
          ownPeriods,
        );
        const submitted = ownSubmissions.find((s) => s.exam === exam);
        return {
          exam,
          ready: readiness.ready,
          failing: readiness.checks.filter((c) => !c.ok).length,
          lastSubmittedAt: submitted ? new Date(submitted.submitted_at).toISOString() : null,
        };
      });
      const lastActivity = latest(
        total && new Date(total.updated_at),
        ...ownPeriods.map((p) => p.updatedAt),
        ...ownSubmissions.map((s) => new Date(s.submitted_at)),
      );
      return {
        id,
        displayName: users.find((u) => u.id === id)?.displayName ?? '',
        status: profile.status,
        positionne: profile.positionne,
        mode: modeForStatus(profile.status),
        traceCount: total?.traces ?? 0,
        coverage: competences.map((code) => {
          const cell = cells.find((c) => c.code === code);
          return { code, traces: cell?.traces ?? 0, attested: cell?.attested ?? 0 };
        }),
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
      competences,
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
