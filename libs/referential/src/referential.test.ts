import { describe, expect, it } from 'vitest';
import {
  allCompetences,
  candidateStatusCodes,
  competenceCodes,
  detailedCompetenceCodes,
  findCompetence,
  findDetailedCompetence,
  isCandidateStatus,
  modeForStatus,
  referential,
  referentials,
  type Exam,
  type ExamCode,
} from './index.js';

function exam(code: ExamCode): Exam {
  const found = referential.exams.find((e) => e.code === code);
  if (!found) throw new Error(`missing exam ${code}`);
  return found;
}

function competence(code: string) {
  const found = findCompetence(code);
  if (!found) throw new Error(`missing competence ${code}`);
  return found;
}

function expectUnique(values: string[]): void {
  expect(new Set(values).size).toBe(values.length);
}

describe('version', () => {
  it('has a stable id and is registered in referentials', () => {
    expect(referential.version).toBe('mc-sno-v1');
    expect(referentials['mc-sno-v1']).toBe(referential);
    expect(Object.keys(referentials)).toEqual(['mc-sno-v1']);
    expect(referential.title).toBe(
      'Mention complémentaire de niveau 4 spécialité « Services numériques aux organisations »',
    );
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(referential)).toBe(true);
    expect(Object.isFrozen(referential.blocks[0]?.competences[0]?.criteria)).toBe(true);
    expect(Object.isFrozen(referentials)).toBe(true);
  });
});

describe('blocks, pôles, activities', () => {
  it('has 3 blocks B1–B3 tied to units U1–U3 and pôles 1–3', () => {
    expect(referential.blocks.map((b) => [b.code, b.unit, b.pole.code])).toEqual([
      ['B1', 'U1', '1'],
      ['B2', 'U2', '2'],
      ['B3', 'U3', '3'],
    ]);
  });

  it('has 9 activities 1.1–3.3, with their tasks', () => {
    const activities = referential.blocks.flatMap((b) => b.pole.activities);
    expect(activities.map((a) => a.code)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.1',
      '2.2',
      '2.3',
      '3.1',
      '3.2',
      '3.3',
    ]);
    expect(activities.map((a) => a.tasks.length)).toEqual([3, 3, 4, 2, 3, 2, 3, 2, 2]);
  });

  it('keeps the exact titles of blocks, pôles and activities', () => {
    const [b1, b2, b3] = referential.blocks;
    expect(b1?.title).toBe("Contribuer à la présence en ligne de l'organisation");
    expect(b2?.title).toBe('Participer à la gestion des services logiciels');
    expect(b3?.title).toBe('Accompagner les utilisateurs aux usages du numérique');
    expect(b2?.pole.title).toBe('Participation à la gestion des services logiciels');
    expect(b1?.pole.activities[0]?.title).toBe(
      "Participation à la mise en place et à l'actualisation d'un site Web",
    );
    expect(b2?.pole.activities[0]?.title).toBe(
      'Participation à la gestion des outils et applications numériques « métier »',
    );
    expect(b3?.pole.activities[2]?.title).toBe(
      "Exploitation d'une documentation technique en langue anglaise",
    );
  });

  it('maps every competence to the activity of the same number, in its own block', () => {
    for (const block of referential.blocks) {
      const activityCodes = block.pole.activities.map((a) => a.code);
      expect(block.competences.map((c) => c.activity)).toEqual(activityCodes);
      for (const c of block.competences) expect(c.code).toBe(`C${c.activity}`);
    }
  });
});

describe('competences', () => {
  it('has the 9 competences C1.1–C3.3 in reading order', () => {
    expect(allCompetences().map((c) => c.code)).toEqual([...competenceCodes]);
    expect(referential.blocks.map((b) => b.competences.length)).toEqual([3, 3, 3]);
  });

  it('has 24 compétences détaillées: 3,3,4 / 2,3,2 / 3,2,2', () => {
    expect(allCompetences().map((c) => c.detailed.length)).toEqual([3, 3, 4, 2, 3, 2, 3, 2, 2]);
    expect(detailedCompetenceCodes()).toHaveLength(24);
  });

  it('numbers the compétences détaillées in reading order', () => {
    for (const c of allCompetences()) {
      expect(c.detailed.map((d) => d.code)).toEqual(c.detailed.map((_, i) => `${c.code}.${i + 1}`));
    }
    expect(detailedCompetenceCodes().slice(0, 4)).toEqual(['C1.1.1', 'C1.1.2', 'C1.1.3', 'C1.2.1']);
    expect(detailedCompetenceCodes().at(-1)).toBe('C3.3.2');
  });

  it('has unique codes everywhere', () => {
    expectUnique([
      ...referential.blocks.map((b) => b.code),
      ...referential.blocks.map((b) => b.pole.code),
      ...referential.units.map((u) => u.code),
      ...referential.exams.map((e) => e.code),
      ...referential.transversal.map((t) => t.code),
    ]);
    expectUnique(referential.blocks.flatMap((b) => b.pole.activities.map((a) => a.code)));
    expectUnique(allCompetences().map((c) => c.code));
    expectUnique(detailedCompetenceCodes());
    expectUnique(referential.exams.flatMap((e) => e.ccf.situations.map((s) => s.code)));
    expectUnique(referential.candidateStatuses.map((s) => s.code));
  });

  it('gives every competence a context, knowledge, expected results and criteria', () => {
    for (const c of allCompetences()) {
      expect(c.title, c.code).not.toBe('');
      expect(c.context, c.code).toMatch(/^La compétence est mise en œuvre /);
      expect(c.knowledge.length, c.code).toBeGreaterThan(0);
      expect(c.expectedResults.length, c.code).toBeGreaterThan(0);
      expect(c.criteria.length, c.code).toBeGreaterThan(0);
      for (const text of [...c.knowledge, ...c.expectedResults, ...c.criteria]) {
        expect(text.trim(), c.code).toBe(text);
        expect(text, c.code).not.toBe('');
      }
    }
  });

  it('pins the number of items per competence', () => {
    const counts = allCompetences().map((c) => [
      c.code,
      c.knowledge.length,
      c.expectedResults.length,
      c.criteria.length,
    ]);
    expect(counts).toEqual([
      ['C1.1', 13, 4, 5],
      ['C1.2', 8, 7, 4],
      ['C1.3', 4, 7, 6],
      ['C2.1', 4, 3, 4],
      ['C2.2', 7, 4, 7],
      ['C2.3', 6, 4, 3],
      ['C3.1', 5, 6, 5],
      ['C3.2', 2, 3, 2],
      ['C3.3', 2, 1, 2],
    ]);
  });

  it('keeps the lead-in sentence as the first expected result', () => {
    for (const c of allCompetences()) {
      expect(c.expectedResults[0], c.code).toMatch(/^[A-ZÀ-Ý]/);
      for (const item of c.expectedResults.slice(1)) expect(item, c.code).toMatch(/^[a-zà-ÿ]/);
    }
    expect(competence('C1.1').expectedResults[0]).toBe(
      "La participation à la mise en place et à l'actualisation du site Web respecte les pratiques de l'organisation :",
    );
  });

  it('contains no markup left over from the conversion', () => {
    const texts = JSON.stringify(referential);
    expect(texts).not.toMatch(/<\/?[a-z]+>|\*|&[a-z]+;/i);
    expect(texts).not.toMatch(/ {2,}(?! ?- )/);
  });

  it('keeps the official French wording', () => {
    expect(competence('C1.1').title).toBe(
      "Participer à la mise en place et à l'actualisation d'un site Web",
    );
    expect(competence('C1.3').title).toBe('Collaborer en mode projet');
    expect(competence('C2.1').title).toBe(
      'Participer à la gestion des outils et applications numériques « métier »',
    );
    expect(competence('C3.2').title).toBe(
      'Sensibiliser les utilisateurs à la sécurité informatique et à la protection des données à caractère personnel',
    );
    expect(competence('C3.3').title).toBe(
      'Exploiter de la documentation technique en langue anglaise pour la rendre accessible aux utilisateurs',
    );
    expect(findDetailedCompetence('C1.2.3')?.label).toBe(
      "Surveiller l'e-réputation de l'organisation",
    );
    // Official typo, kept as written.
    expect(findDetailedCompetence('C2.3.1')?.label).toBe(
      'Participer à la mise en place en place de procédures de sécurité numérique',
    );
    expect(competence('C1.1').knowledge).toContain(
      "Nom de domaine : formalisme, organismes d'attribution et de gestion, conflits et résolution",
    );
    expect(competence('C1.1').knowledge).toContain(
      'Informatique en nuage (cloud) : principes, type de services offerts, coûts',
    );
    expect(competence('C2.2').criteria).toContain(
      'Respect du cadre réglementaire pour le stockage des documents',
    );
    expect(competence('C3.1').criteria[3]).toBe("Qualité du compte-rendu d'incident");
    expect(competence('C2.1').context).toContain("d'applications d'arrière-boutique (back office)");
  });
});

describe('transversal competences', () => {
  it('has the 4 transversal competences T1–T4', () => {
    expect(referential.transversal).toEqual([
      { code: 'T1', label: 'Se repérer dans une organisation' },
      {
        code: 'T2',
        label:
          "Adapter sa communication à la diversité des situations et des cibles, dans le respect des valeurs de l'organisation",
      },
      { code: 'T3', label: "Adapter l'organisation de son travail aux exigences de la situation" },
      { code: 'T4', label: "Actualiser ses savoirs et diversifier ses modes d'apprentissage" },
    ]);
  });
});

describe('units and exams', () => {
  it('has 3 units U1–U3, each certifying one block through one exam', () => {
    expect(referential.units.map((u) => [u.code, u.block, u.exam])).toEqual([
      ['U1', 'B1', 'E1'],
      ['U2', 'B2', 'E2'],
      ['U3', 'B3', 'E3'],
    ]);
    expect(referential.units[2]?.title).toBe(
      'Accompagnement des utilisateurs aux usages du numérique',
    );
  });

  it('has 3 exams E1–E3 of coefficient 6 on units U1–U3 and blocks B1–B3', () => {
    expect(referential.exams.map((e) => [e.code, e.unit, e.block, e.coefficient])).toEqual([
      ['E1', 'U1', 'B1', 6],
      ['E2', 'U2', 'B2', 6],
      ['E3', 'U3', 'B3', 6],
    ]);
    expect(exam('E1').title).toBe("Contribution à la présence en ligne de l'organisation");
    expect(exam('E2').title).toBe('Participation à la gestion des services logiciels');
    expect(exam('E3').title).toBe('Accompagnement des utilisateurs aux usages du numérique');
  });

  it('has 2, 1 and 2 CCF situations', () => {
    expect(referential.exams.map((e) => e.ccf.situations.map((s) => s.code))).toEqual([
      ['E1-A', 'E1-B'],
      ['E2-A'],
      ['E3-A', 'E3-B'],
    ]);
    expect(exam('E1').ccf.situations.map((s) => s.durationMinutes)).toEqual([40, 20]);
    expect(exam('E2').ccf.situations.map((s) => s.durationMinutes)).toEqual([null]);
    expect(exam('E3').ccf.situations.map((s) => s.durationMinutes)).toEqual([null, 140]);
    expect(exam('E1').ccf.situations[0]?.title).toBe(
      'Évaluation individuelle de la contribution à un projet',
    );
    expect(exam('E1').ccf.situations[0]?.description).toContain(
      'le groupe projet (2 à 4 personnes)',
    );
    for (const e of referential.exams) {
      for (const s of e.ccf.situations) expect(s.description, s.code).not.toBe('');
    }
  });

  it('has ponctuel forms of 40, 35 and 150 minutes', () => {
    expect(referential.exams.map((e) => [e.ponctuel.form, e.ponctuel.durationMinutes])).toEqual([
      ['Épreuve orale', 40],
      ['Épreuve orale', 35],
      ['Épreuve pratique orale', 150],
    ]);
  });

  it('has ponctuel phases whose durations add up to the exam duration', () => {
    for (const e of referential.exams) {
      expect(
        e.ponctuel.phases.map((p) => p.name),
        e.code,
      ).toEqual(['Phase A', 'Phase B']);
      const total = e.ponctuel.phases.reduce((sum, p) => sum + p.durationMinutes, 0);
      expect(total, e.code).toBe(e.ponctuel.durationMinutes);
    }
  });

  it('states the E2 PFMP condition and the PFMP minimum durations', () => {
    expect(exam('E2').ccf.presentation).toContain(
      "L'obtention de l'épreuve est conditionnée à la réalisation de la durée réglementaire (12 semaines)",
    );
    expect(referential.pfmp).toEqual({ minimumWeeks: 12, minimumWeeksPositionne: 8 });
  });
});

describe('candidate statuses', () => {
  it('has 3 CCF and 5 ponctuel statuses with the agreed codes', () => {
    const byMode = (mode: string) =>
      referential.candidateStatuses.filter((s) => s.mode === mode).map((s) => s.code);
    expect(byMode('ccf')).toEqual([
      'scolaire_public_ou_prive_sous_contrat',
      'apprenti_cfa_habilite_ccf',
      'formation_continue_etablissement_public',
    ]);
    expect(byMode('ponctuel')).toEqual([
      'scolaire_prive_hors_contrat',
      'apprenti_cfa_non_habilite_ccf',
      'formation_continue_etablissement_prive',
      'experience_professionnelle_1_an',
      'enseignement_a_distance',
    ]);
    expect(referential.candidateStatuses.map((s) => s.code)).toEqual([...candidateStatusCodes]);
  });

  it('labels statuses in French sentence case', () => {
    const label = (code: string) =>
      referential.candidateStatuses.find((s) => s.code === code)?.label;
    expect(label('scolaire_public_ou_prive_sous_contrat')).toBe(
      'Scolaire dans un établissement public ou privé sous contrat',
    );
    expect(label('apprenti_cfa_non_habilite_ccf')).toBe(
      "Apprenti dans un CFA ou une section d'apprentissage non habilité à pratiquer le CCF",
    );
    expect(label('experience_professionnelle_1_an')).toBe(
      "Candidat justifiant de 1 année d'activité professionnelle",
    );
    expect(label('enseignement_a_distance')).toBe('Enseignement à distance');
  });
});

describe('helpers', () => {
  it('lists the competence codes', () => {
    expect(competenceCodes).toEqual([
      'C1.1',
      'C1.2',
      'C1.3',
      'C2.1',
      'C2.2',
      'C2.3',
      'C3.1',
      'C3.2',
      'C3.3',
    ]);
  });

  it('lists the detailed competence codes of a given version', () => {
    const ref = referentials['mc-sno-v1'];
    expect(ref).toBeDefined();
    if (ref) expect(detailedCompetenceCodes(ref)).toEqual(detailedCompetenceCodes());
  });

  it('finds competences and detailed competences by code', () => {
    expect(findCompetence('C2.2')?.title).toBe(
      'Participer à la gestion des outils bureautiques, collaboratifs et nomades',
    );
    expect(findCompetence('C4.1')).toBeUndefined();
    expect(findCompetence('c1.1')).toBeUndefined();
    expect(findDetailedCompetence('C3.1.2')?.label).toBe(
      'Assurer le support de premier niveau aux utilisateurs',
    );
    expect(findDetailedCompetence('C1.1')).toBeUndefined();
  });

  it('gives the exam mode of a status, and throws on an unknown one', () => {
    expect(modeForStatus('scolaire_public_ou_prive_sous_contrat')).toBe('ccf');
    expect(modeForStatus('apprenti_cfa_habilite_ccf')).toBe('ccf');
    expect(modeForStatus('formation_continue_etablissement_public')).toBe('ccf');
    expect(modeForStatus('apprenti_cfa_non_habilite_ccf')).toBe('ponctuel');
    expect(modeForStatus('experience_professionnelle_1_an')).toBe('ponctuel');
    expect(modeForStatus('enseignement_a_distance')).toBe('ponctuel');
    expect(() => modeForStatus('scolaire')).toThrow(/Unknown candidate status/);
    expect(() => modeForStatus('')).toThrow();
  });

  it('recognises candidate status codes', () => {
    for (const code of candidateStatusCodes) expect(isCandidateStatus(code)).toBe(true);
    expect(isCandidateStatus('ccf')).toBe(false);
    expect(isCandidateStatus('Enseignement à distance')).toBe(false);
    expect(isCandidateStatus(undefined)).toBe(false);
    expect(isCandidateStatus(42)).toBe(false);
  });
});
