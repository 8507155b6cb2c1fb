/**
 * Readiness of a dossier for E1, E2 or E3 (DESIGN.md §3, annexes IV.c and V): one check per
 * requirement, each with a code, whether it holds, a French message saying what to do, and the
 * traces that satisfy it. Pure: the API and the web app call the same functions.
 */
import { type ErrorParams, type ReadinessReason, readinessText } from '@dossier-sno/i18n';
import type { CandidateStatusCode, ExamCode, ExamMode } from '@dossier-sno/referential';
import {
  DAYS_PER_WEEK,
  minimumPfmpWeeks,
  pfmpProofKind,
  pfmpTotal,
  type PfmpPeriodDates,
} from './pfmp.js';

export interface ReadinessTrace {
  id: string;
  competences: readonly string[];
}

export interface CollaborativeProject {
  /** Everyone in the group, the candidate included, by name. */
  members: string[];
  /** The candidate's own contribution. */
  contribution: string;
  /** Traces of the project. */
  traceIds: string[];
}

export const E2_ACTIVITIES = ['2.1', '2.2', '2.3'] as const;
export type E2Activity = (typeof E2_ACTIVITIES)[number];

/** E2 ponctuel: one realisation per activity of pôle 2, with design, implementation and choices. */
export interface HighlightedRealisation {
  activity: E2Activity;
  /** Null in a draft: the candidate may write before choosing the trace, and nothing is lost. */
  traceId: string | null;
  design: string;
  implementation: string;
  choices: string;
}

export interface PfmpPeriodProof extends PfmpPeriodDates {
  id: string;
  /** Attestation (or work certificate) file present. */
  hasProof: boolean;
  /** Tutor's bilan marked complete. */
  bilanComplete: boolean;
}

export interface ReadinessInput {
  exam: ExamCode;
  mode: ExamMode;
  status: CandidateStatusCode;
  positionne: boolean;
  /** The traces selected in the dossier, in order. */
  traces: readonly ReadinessTrace[];
  /** The analyse réflexive of the whole dossier. */
  presentation: string;
  project?: CollaborativeProject | null;
  highlights?: readonly HighlightedRealisation[];
  pfmp?: readonly PfmpPeriodProof[];
}

export interface ReadinessCheck {
  code: string;
  ok: boolean;
  /** What to say (`readiness.<reason>` of @dossier-sno/i18n) and with what, in any language. */
  reason: ReadinessReason;
  params: ErrorParams;
  /** The sentence in French (exports, and readers of the raw answer). */
  message: string;
  traceIds: string[];
}

export interface Readiness {
  ready: boolean;
  checks: ReadinessCheck[];
}

const MIN_GROUP = 2;
const MAX_GROUP = 4;

const check = (
  code: string,
  ok: boolean,
  [reason, params = {}]: [ReadinessReason, ErrorParams?],
  traceIds: string[] = [],
): ReadinessCheck => ({
  code,
  ok,
  reason,
  params,
  message: readinessText('fr', reason, params),
  traceIds,
});
const filled = (text: string | undefined) => (text ?? '').trim().length > 0;
const tagged = (traces: readonly ReadinessTrace[], competence: string) =>
  traces.filter((t) => t.competences.includes(competence)).map((t) => t.id);

export function readinessOf(input: ReadinessInput): Readiness {
  const checks = [
    ...(input.exam === 'E1' ? e1(input) : input.exam === 'E2' ? e2(input) : e3(input)),
    check(
      'PRESENTATION',
      filled(input.presentation),
      filled(input.presentation) ? ['presentationDone'] : ['presentationMissing'],
    ),
  ];
  return { ready: checks.every((c) => c.ok), checks };
}

function coverage(input: ReadinessInput, codes: readonly string[]): ReadinessCheck[] {
  return codes.map((code) => {
    const ids = tagged(input.traces, code);
    return check(
      `${input.exam}_${code}`,
      ids.length > 0,
      ids.length > 0
        ? ['coverageDone', { competence: code, count: ids.length }]
        : ['coverageMissing', { competence: code }],
      ids,
    );
  });
}

function e1(input: ReadinessInput): ReadinessCheck[] {
  const project = input.project;
  const selected = new Set(input.traces.map((t) => t.id));
  const projectTraces = (project?.traceIds ?? []).filter((id) => selected.has(id));
  const size = project?.members.filter((m) => m.trim()).length ?? 0;
  return [
    check(
      'E1_PROJECT_GROUP',
      size >= MIN_GROUP && size <= MAX_GROUP,
      !project
        ? ['projectNone', { min: MIN_GROUP, max: MAX_GROUP }]
        : size < MIN_GROUP
          ? ['projectTooSmall', { min: MIN_GROUP, max: MAX_GROUP }]
          : size > MAX_GROUP
            ? ['projectTooLarge', { max: MAX_GROUP, count: size }]
            : ['projectGroup', { count: size }],
      projectTraces,
    ),
    check(
      'E1_PROJECT_CONTRIBUTION',
      filled(project?.contribution),
      filled(project?.contribution) ? ['contributionDone'] : ['contributionMissing'],
      projectTraces,
    ),
    check(
      'E1_PROJECT_TRACES',
      projectTraces.length > 0,
      projectTraces.length > 0
        ? ['projectTracesDone', { count: projectTraces.length }]
        : ['projectTracesMissing'],
      projectTraces,
    ),
    ...coverage(input, ['C1.1', 'C1.2', 'C1.3']),
  ];
}

function e2(input: ReadinessInput): ReadinessCheck[] {
  const periods = input.pfmp ?? [];
  const proof = pfmpProofKind(input.status);
  const checks: ReadinessCheck[] = [];
  if (proof !== 'certificats_de_travail') {
    const minimum = minimumPfmpWeeks(input.status, input.positionne);
    const { days, weeks } = pfmpTotal(periods);
    const ok = days >= minimum * DAYS_PER_WEEK;
    checks.push(
      check('E2_PFMP_WEEKS', ok, [
        ok ? 'pfmpWeeksDone' : 'pfmpWeeksMissing',
        { count: weeks, minimum },
      ]),
    );
  }
  const missingProof = periods.filter((p) => !p.hasProof);
  const missingProofReason: ReadinessReason =
    proof === 'attestation'
      ? 'proofMissingAttestation'
      : proof === 'certificat_de_travail'
        ? 'proofMissingCertificate'
        : 'proofMissingCertificates';
  checks.push(
    check(
      'E2_PFMP_PROOF',
      periods.length > 0 && missingProof.length === 0,
      periods.length === 0
        ? [proof === 'certificats_de_travail' ? 'proofNoEmployment' : 'proofNoPeriods']
        : missingProof.length
          ? [missingProofReason, { count: missingProof.length }]
          : ['proofDone'],
    ),
  );
  if (input.mode === 'ccf') {
    const missing = periods.filter((p) => !p.bilanComplete);
    checks.push(
      check(
        'E2_PFMP_BILANS',
        periods.length > 0 && missing.length === 0,
        periods.length === 0
          ? ['bilansNoPeriods']
          : missing.length
            ? ['bilansMissing', { count: missing.length }]
            : ['bilansDone'],
      ),
    );
  } else {
    const selected = new Set(input.traces.map((t) => t.id));
    for (const activity of E2_ACTIVITIES) {
      const found = (input.highlights ?? []).filter((h) => h.activity === activity);
      const one = found.length === 1 ? found[0]! : null;
      const complete =
        one &&
        one.traceId !== null &&
        selected.has(one.traceId) &&
        filled(one.design) &&
        filled(one.implementation) &&
        filled(one.choices);
      checks.push(
        check(
          `E2_REALISATION_${activity}`,
          Boolean(complete),
          found.length === 0
            ? ['realisationNone', { activity }]
            : found.length > 1
              ? ['realisationSeveral', { activity, count: found.length }]
              : one!.traceId === null
                ? ['realisationNoTrace', { activity }]
                : !selected.has(one!.traceId)
                  ? ['realisationNotInDossier', { activity }]
                  : !complete
                    ? ['realisationUnexplained', { activity }]
                    : ['realisationDone', { activity }],
          found.flatMap((h) => (h.traceId === null ? [] : [h.traceId])),
        ),
      );
    }
  }
  return checks;
}

function e3(input: ReadinessInput): ReadinessCheck[] {
  const support = tagged(input.traces, 'C3.1');
  const awareness = tagged(input.traces, 'C3.2');
  return [
    check(
      'E3_USER_SUPPORT',
      support.length > 0,
      support.length ? ['userSupportDone', { count: support.length }] : ['userSupportMissing'],
      support,
    ),
    check(
      'E3_SECURITY_AWARENESS',
      awareness.length > 0,
      awareness.length ? ['awarenessDone', { count: awareness.length }] : ['awarenessMissing'],
      awareness,
    ),
  ];
}
