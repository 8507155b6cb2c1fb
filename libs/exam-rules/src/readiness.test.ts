import { readinessText } from '@dossier-sno/i18n';
import { describe, expect, it } from 'vitest';
import { type PfmpPeriodProof, type ReadinessInput, readinessOf } from './readiness.js';

const base = (over: Partial<ReadinessInput>): ReadinessInput => ({
  exam: 'E1',
  mode: 'ccf',
  status: 'scolaire_public_ou_prive_sous_contrat',
  positionne: false,
  traces: [],
  presentation: 'Mon parcours…',
  ...over,
});
const codeOk = (input: ReadinessInput) =>
  Object.fromEntries(readinessOf(input).checks.map((c) => [c.code, c.ok]));
/** `weeks` full weeks from Monday 5 January 2026. */
const pfmp = (weeks: number, over: Partial<PfmpPeriodProof> = {}): PfmpPeriodProof => {
  const end = new Date(Date.UTC(2026, 0, 5 + weeks * 7 - 3));
  return {
    id: 'p1',
    startsOn: '2026-01-05',
    endsOn: end.toISOString().slice(0, 10),
    absenceDays: 0,
    hasProof: true,
    bilanComplete: true,
    ...over,
  };
};

describe('E1', () => {
  const traces = [
    { id: 'site', competences: ['C1.1'] },
    { id: 'social', competences: ['C1.2'] },
    { id: 'projet', competences: ['C1.3'] },
  ];
  const project = (members: string[]) => ({
    members,
    contribution: 'La maquette et les tests',
    traceIds: ['projet'],
  });

  it('is ready with a project of 2 to 4 named members, its traces, C1.1–C1.3 and a presentation', () => {
    expect(readinessOf(base({ traces, project: project(['Léa', 'Sam']) })).ready).toBe(true);
    expect(readinessOf(base({ traces, project: project(['Léa', 'Sam', 'Ali', 'Jo']) })).ready).toBe(
      true,
    );
  });

  it('refuses a group of 1 or of 5, with a message saying what to do', () => {
    for (const members of [['Léa'], ['Léa', 'Sam', 'Ali', 'Jo', 'Max']]) {
      const result = readinessOf(base({ traces, project: project(members) }));
      const group = result.checks.find((c) => c.code === 'E1_PROJECT_GROUP')!;
      expect(group.ok).toBe(false);
      expect(group.message).toMatch(/2 à 4|4 personnes au plus/);
      expect(result.ready).toBe(false);
    }
  });

  it('names each missing competence and gives the traces that satisfy the others', () => {
    const result = readinessOf(
      base({ traces: traces.slice(0, 2), project: project(['Léa', 'Sam']) }),
    );
    const byCode = Object.fromEntries(result.checks.map((c) => [c.code, c]));
    expect(byCode['E1_C1.1']).toMatchObject({ ok: true, traceIds: ['site'] });
    expect(byCode['E1_C1.3']).toMatchObject({
      ok: false,
      message: expect.stringContaining('C1.3'),
    });
    expect(byCode.E1_PROJECT_TRACES!.ok).toBe(false);
  });

  it('counts in words: « 1 trace », « 2 traces », and says it in English from the same reason', () => {
    const one = readinessOf(base({ traces, project: project(['Léa', 'Sam']) }));
    expect(one.checks.find((c) => c.code === 'E1_C1.1')!.message).toBe(
      'C1.1 est couverte par 1 trace.',
    );
    const two = readinessOf(
      base({
        traces: [...traces, { id: 'site2', competences: ['C1.1'] }],
        project: project(['Léa', 'Sam']),
      }),
    );
    const check = two.checks.find((c) => c.code === 'E1_C1.1')!;
    expect(check.message).toBe('C1.1 est couverte par 2 traces.');
    expect(readinessText('en', check.reason, check.params)).toBe('C1.1 is covered by 2 traces.');
  });

  it('needs the contribution and the presentation', () => {
    const checks = codeOk(
      base({
        traces,
        presentation: ' ',
        project: { ...project(['Léa', 'Sam']), contribution: '' },
      }),
    );
    expect(checks).toMatchObject({
      E1_PROJECT_CONTRIBUTION: false,
      PRESENTATION: false,
      E1_PROJECT_GROUP: true,
    });
  });

  it('without a project, says to describe it', () => {
    const group = readinessOf(base({ traces })).checks.find((c) => c.code === 'E1_PROJECT_GROUP')!;
    expect(group).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Décrivez le projet collaboratif/),
    });
  });
});

describe('E2 under CCF', () => {
  const e2 = (over: Partial<ReadinessInput>) => base({ exam: 'E2', mode: 'ccf', ...over });

  it('needs 12 weeks: 11 fail, 12 pass', () => {
    expect(codeOk(e2({ pfmp: [pfmp(11)] })).E2_PFMP_WEEKS).toBe(false);
    expect(codeOk(e2({ pfmp: [pfmp(12)] })).E2_PFMP_WEEKS).toBe(true);
    expect(readinessOf(e2({ pfmp: [pfmp(12)] })).ready).toBe(true);
  });

  it('needs 8 weeks for a positionné scolaire candidate: 7 fail, 8 pass', () => {
    expect(codeOk(e2({ positionne: true, pfmp: [pfmp(7)] })).E2_PFMP_WEEKS).toBe(false);
    expect(codeOk(e2({ positionne: true, pfmp: [pfmp(8)] })).E2_PFMP_WEEKS).toBe(true);
  });

  it('needs an attestation and a tutor bilan for every period', () => {
    const checks = codeOk(
      e2({ pfmp: [pfmp(12), pfmp(1, { id: 'p2', hasProof: false, bilanComplete: false })] }),
    );
    expect(checks).toMatchObject({ E2_PFMP_PROOF: false, E2_PFMP_BILANS: false });
    expect(readinessOf(e2({ pfmp: [] })).ready).toBe(false);
  });

  it('becomes ready exactly when the last bilan is completed', () => {
    const periods = (secondDone: boolean) => [
      pfmp(6),
      pfmp(6, {
        id: 'p2',
        startsOn: '2026-03-02',
        endsOn: '2026-04-10',
        bilanComplete: secondDone,
      }),
    ];
    expect(readinessOf(e2({ pfmp: periods(false) })).ready).toBe(false);
    expect(codeOk(e2({ pfmp: periods(false) })).E2_PFMP_WEEKS).toBe(true);
    expect(readinessOf(e2({ pfmp: periods(true) })).ready).toBe(true);
  });

  it("asks an apprentice for the employer's work certificate", () => {
    const proof = readinessOf(
      e2({ status: 'apprenti_cfa_habilite_ccf', pfmp: [pfmp(12, { hasProof: false })] }),
    ).checks.find((c) => c.code === 'E2_PFMP_PROOF')!;
    expect(proof.message).toMatch(/certificat de travail/);
  });
});

describe('E2 ponctuel', () => {
  const traces = [
    { id: 't21', competences: ['C2.1'] },
    { id: 't22', competences: ['C2.2'] },
    { id: 't23', competences: ['C2.3'] },
  ];
  const highlight = (activity: '2.1' | '2.2' | '2.3', traceId: string) => ({
    activity,
    traceId,
    design: 'Conception…',
    implementation: 'Mise en œuvre…',
    choices: 'Choix…',
  });
  const e2 = (over: Partial<ReadinessInput>) =>
    base({
      exam: 'E2',
      mode: 'ponctuel',
      status: 'formation_continue_etablissement_prive',
      traces,
      pfmp: [pfmp(12)],
      ...over,
    });

  it('is ready with exactly one explained realisation per activity 2.1, 2.2, 2.3; no bilan asked', () => {
    const result = readinessOf(
      e2({
        highlights: [highlight('2.1', 't21'), highlight('2.2', 't22'), highlight('2.3', 't23')],
      }),
    );
    expect(result.ready).toBe(true);
    expect(result.checks.map((c) => c.code)).not.toContain('E2_PFMP_BILANS');
  });

  it('refuses none, two, an unexplained one, or one whose trace is not in the dossier', () => {
    const checks = codeOk(
      e2({
        traces: traces.slice(0, 2),
        highlights: [
          highlight('2.1', 't21'),
          highlight('2.1', 't22'),
          { ...highlight('2.2', 't22'), choices: '' },
          highlight('2.3', 't23'),
        ],
      }),
    );
    expect(checks).toMatchObject({
      'E2_REALISATION_2.1': false,
      'E2_REALISATION_2.2': false,
      'E2_REALISATION_2.3': false,
    });
  });

  it('keeps a draft realisation whose trace is not chosen yet, and asks for the trace', () => {
    const result = readinessOf(
      e2({
        highlights: [
          { ...highlight('2.1', 't21'), traceId: null },
          highlight('2.2', 't22'),
          highlight('2.3', 't23'),
        ],
      }),
    );
    const draft = result.checks.find((c) => c.code === 'E2_REALISATION_2.1')!;
    expect(draft).toMatchObject({ ok: false, traceIds: [] });
    expect(draft).toMatchObject({ reason: 'realisationNoTrace', params: { activity: '2.1' } });
    expect(draft.message).toBe('Choisissez la trace de la réalisation de l’activité 2.1.');
    expect(result.ready).toBe(false);
  });

  it('for a candidate with professional experience asks work certificates, not PFMP weeks', () => {
    const result = readinessOf(
      e2({ status: 'experience_professionnelle_1_an', pfmp: [], highlights: [] }),
    );
    const codes = result.checks.map((c) => c.code);
    expect(codes).not.toContain('E2_PFMP_WEEKS');
    expect(result.checks.find((c) => c.code === 'E2_PFMP_PROOF')!.message).toMatch(
      /certificats de travail/,
    );
  });
});

describe('E3', () => {
  it('needs a user-support trace (C3.1) and a security/RGPD awareness trace (C3.2), not C3.3', () => {
    const ready = readinessOf(
      base({
        exam: 'E3',
        traces: [
          { id: 'a', competences: ['C3.1'] },
          { id: 'b', competences: ['C3.2', 'C3.1'] },
        ],
      }),
    );
    expect(ready.ready).toBe(true);
    expect(ready.checks.find((c) => c.code === 'E3_USER_SUPPORT')!.traceIds).toEqual(['a', 'b']);
    const missing = readinessOf(
      base({ exam: 'E3', mode: 'ponctuel', traces: [{ id: 'a', competences: ['C3.1', 'C3.3'] }] }),
    );
    expect(missing.ready).toBe(false);
    expect(missing.checks.find((c) => c.code === 'E3_SECURITY_AWARENESS')!.message).toMatch(
      /sensibilisation/,
    );
  });
});
