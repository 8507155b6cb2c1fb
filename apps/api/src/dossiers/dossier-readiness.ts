import { readinessOf, type Readiness, type ReadinessTrace } from '@dossier-sno/exam-rules';
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
    project: dossier?.project ?? null,
    highlights: dossier?.highlights ?? [],
    pfmp: periods.map((p) => ({
      ...p,
      hasProof: p.proofStorageKey !== null,
      bilanComplete: p.bilanCompletedAt !== null,
    })),
  });
}
