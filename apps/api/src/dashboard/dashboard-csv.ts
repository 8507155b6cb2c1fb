import { referentials } from '@dossier-sno/referential';
import { spreadsheetCsv } from '../common/csv.js';
import { csvDateTime } from '../common/export-text.js';
import type { CohortDashboardView } from './cohort-dashboard.dto.js';

/** The dashboard as a spreadsheet for the teaching team, with French headers and dates. */
export function dashboardCsv(view: CohortDashboardView): string {
  const statuses = referentials[view.referentialVersion]!.candidateStatuses;
  const header = [
    'Nom',
    'Statut',
    'Positionnement',
    'Mode',
    'Traces',
    ...view.competences.flatMap((code) => [`${code} traces`, `${code} attestées`]),
    'Semaines de PFMP',
    'Minimum de semaines',
    ...['E1', 'E2', 'E3'].flatMap((exam) => [
      `${exam} prêt`,
      `${exam} vérifications manquantes`,
      `${exam} dernier dépôt`,
    ]),
    'Dernière activité',
  ];
  const rows = view.candidates.map((c) => [
    c.displayName,
    statuses.find((s) => s.code === c.status)?.label ?? c.status,
    c.positionne ? 'oui' : 'non',
    c.mode === 'ccf' ? 'CCF' : 'ponctuel',
    c.traceCount,
    ...c.coverage.flatMap((cell) => [cell.traces, cell.attested]),
    c.pfmp.weeks,
    c.pfmp.minimumWeeks,
    ...c.exams.flatMap((e) => [e.ready ? 'oui' : 'non', e.failing, csvDateTime(e.lastSubmittedAt)]),
    csvDateTime(c.lastActivityAt),
  ]);
  return spreadsheetCsv([header, ...rows]);
}
