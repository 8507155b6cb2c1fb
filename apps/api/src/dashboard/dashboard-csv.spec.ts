import { parse } from 'csv-parse/sync';
import { referential } from '@dossier-sno/referential';
import type { CohortDashboardView } from './cohort-dashboard.dto.js';
import { dashboardCsv } from './dashboard-csv.js';

const competences = referential.blocks.flatMap((b) => b.competences.map((c) => c.code));

const view: CohortDashboardView = {
  cohortId: '00000000-0000-4000-8000-000000000001',
  cohortName: 'MC SNO 2026',
  referentialVersion: referential.version,
  competences,
  candidates: [
    {
      id: '00000000-0000-4000-8000-000000000002',
      displayName: 'Zoé ; "Dupont"',
      status: 'scolaire_public_ou_prive_sous_contrat',
      positionne: true,
      mode: 'ccf',
      traceCount: 4,
      coverage: competences.map((code, i) => ({ code, traces: i, attested: i === 2 ? 1 : 0 })),
      pfmp: { weeks: 9, minimumWeeks: 8 },
      exams: [
        { exam: 'E1', ready: true, failing: 0, lastSubmittedAt: '2027-03-01T10:00:00.000Z' },
        { exam: 'E2', ready: false, failing: 2, lastSubmittedAt: null },
        { exam: 'E3', ready: false, failing: 1, lastSubmittedAt: null },
      ],
      lastActivityAt: '2027-03-02T08:00:00.000Z',
    },
  ],
};

describe('dashboardCsv', () => {
  const csv = dashboardCsv(view);
  const [header, row] = parse(csv.replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];

  it('starts with a BOM and separates with semicolons, for French spreadsheets', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(header!.length).toBe(row!.length);
  });

  it('has two columns per competence and three per exam, with French headers', () => {
    expect(header!.length).toBe(5 + 2 * competences.length + 2 + 3 * 3 + 1);
    expect(header).toContain('C1.3 attestées');
    expect(header).toContain('E2 vérifications manquantes');
  });

  it('writes one candidate per line, quoting names with separators and quotes', () => {
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('Nom')).toBe('Zoé ; "Dupont"');
    expect(cell('Statut')).toBe(
      referential.candidateStatuses.find((s) => s.code === 'scolaire_public_ou_prive_sous_contrat')!
        .label,
    );
    expect(cell('Positionnement')).toBe('oui');
    expect(cell('C1.3 traces')).toBe('2');
    expect(cell('C1.3 attestées')).toBe('1');
    expect(cell('Semaines de PFMP')).toBe('9');
    expect(cell('E1 prêt')).toBe('oui');
    expect(cell('E2 vérifications manquantes')).toBe('2');
    // Paris time, in the short form a French spreadsheet reads as a date and time.
    expect(cell('E1 dernier dépôt')).toBe('01/03/2027 11:00');
    expect(cell('E2 dernier dépôt')).toBe('');
    expect(cell('Dernière activité')).toBe('02/03/2027 09:00');
  });
});

describe('dashboardCsv and formulas', () => {
  it('writes a display name that looks like a formula as text (CSV injection)', () => {
    const hostile = {
      ...view.candidates[0]!,
      displayName: '=HYPERLINK("https://evil.example","x")',
    };
    const csv = dashboardCsv({ ...view, candidates: [hostile] });
    const [, row] = parse(csv.replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];
    expect(row![0]).toBe(`'=HYPERLINK("https://evil.example","x")`);
  });
});
