import {
  type CollaborativeProject,
  readinessOf,
  type Readiness,
  type ReadinessTrace,
} from '@dossier-sno/exam-rules';
import { type ExamCode, modeForStatus } from '@dossier-sno/referential';
import type { PfmpPeriod } from '../pfmp/pfmp-period.entity.js';
import type { CandidateProfile } from '../users/candidate-profile.entity.js';
import type { Dossier } from './dossier.entity.js';

/**
 * The readiness of a candidate's dossier for one exam, from its stored parts. One mapping for the
 * dossier page and the cohort dashboard, so both always agree.
 */
export function dossierReadiness(
  exam: ExamCode,
  profile: Pick<CandidateProfile, 'status' | 'positionne'>,
  dossier: Pick<Dossier, 'presentation' | 'project' | 'highlights'> | null,
  /** The dossier's traces, in the dossier's order. */
  traces: readonly ReadinessTrace[],
  periods: readonly PfmpPeriod[],
): Readiness {
  return readinessOf({
    exam,
    mode: modeForStatus(profile.status),
    status: profile.status,
    positionne: profile.positionne,
    traces: traces.map((t) => ({ id: t.id, competences: t.competences })),
    presentation: dossier?.presentation ?? '',
    project: storedProject(dossier?.project),
    highlights: dossier?.highlights ?? [],
    pfmp: periods.map((p) => ({
      ...p,
      hasProof: p.proofStorageKey !== null,
      bilanComplete: p.bilanCompletedAt !== null,
    })),
  });
}

/**
 * The collaborative project as stored, or null when the row holds something else: before the DTO
 * required an object, `"project": []` was saved as is (issue 13), and every view of that dossier
 * must still answer. Migration 1765400000000 clears such rows; this keeps the views safe anyway.
 */
export function storedProject(value: unknown): CollaborativeProject | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const p = value as Partial<Record<keyof CollaborativeProject, unknown>>;
  const strings = (list: unknown): list is string[] =>
    Array.isArray(list) && list.every((x) => typeof x === 'string');
  if (!strings(p.members) || !strings(p.traceIds) || typeof p.contribution !== 'string')
    return null;
  return { members: p.members, contribution: p.contribution, traceIds: p.traceIds };
}
