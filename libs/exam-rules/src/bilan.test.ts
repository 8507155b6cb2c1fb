import { referential } from '@dossier-sno/referential';
import { bilanGapText } from '@dossier-sno/i18n';
import { describe, expect, it } from 'vitest';
import {
  bilanGaps,
  DEFAULT_TARGETED_COMPETENCES,
  emptyBilan,
  isMasteryLevel,
  levelEntriesOf,
  MASTERY_SCALE,
  masteryLabel,
  type PfmpBilanContent,
} from './bilan.js';

const complete = (): PfmpBilanContent => ({
  activities: 'Installation de postes, gestion des sauvegardes',
  competences: [
    { code: 'C2.1', level: 3 },
    { code: 'C2.2', level: 4 },
  ],
  transversal: referential.transversal.map((t) => ({ code: t.code, level: 2 as const })),
  comment: '',
});

/** The gaps as the French page says them. */
const french = (content: Parameters<typeof bilanGaps>[0]) =>
  bilanGaps(content).map((g) => bilanGapText('fr', g.reason, g.params));

describe('mastery scale', () => {
  it('has 4 ordered levels, each with a French label and description', () => {
    expect(MASTERY_SCALE.map((s) => s.level)).toEqual([1, 2, 3, 4]);
    expect(MASTERY_SCALE.map((s) => s.label)).toEqual([
      'Non maîtrisé',
      'Partiellement maîtrisé',
      'Maîtrisé',
      'Bien maîtrisé',
    ]);
    expect(MASTERY_SCALE.every((s) => s.description.length > 20)).toBe(true);
    expect(masteryLabel(3)).toBe('Maîtrisé');
  });

  it('recognises only its levels', () => {
    expect([0, 1, 4, 5, '3', null].map(isMasteryLevel)).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('bilan completeness', () => {
  it('an empty draft targets block 2 and the 4 transversal competences, and lists every gap', () => {
    const draft = emptyBilan();
    expect(draft.competences.map((c) => c.code)).toEqual(['C2.1', 'C2.2', 'C2.3']);
    expect(DEFAULT_TARGETED_COMPETENCES).toEqual(['C2.1', 'C2.2', 'C2.3']);
    expect(draft.transversal.map((t) => t.code)).toEqual(['T1', 'T2', 'T3', 'T4']);
    expect(french(draft)).toEqual([
      'Décrivez les activités réalisées.',
      'Choisissez un niveau pour C2.1, C2.2 et C2.3.',
      'Choisissez un niveau pour les compétences transversales T1, T2, T3 et T4.',
    ]);
  });

  it('is complete with activities, a level per targeted and transversal competence; comment optional', () => {
    expect(bilanGaps(complete())).toEqual([]);
  });

  it('needs at least one targeted competence', () => {
    expect(french({ ...complete(), competences: [] })).toEqual([
      'Indiquez au moins une compétence visée.',
    ]);
  });

  it('needs a level for each transversal competence, blank activities count as missing', () => {
    const content = complete();
    const gaps = bilanGaps({
      ...content,
      activities: '  ',
      transversal: content.transversal.slice(0, 3),
    });
    expect(gaps).toEqual([
      { reason: 'activities', params: {} },
      { reason: 'transversal', params: { codes: ['T4'], count: 1 } },
    ]);
    expect(gaps.map((g) => bilanGapText('fr', g.reason, g.params))[1]).toBe(
      'Choisissez un niveau pour la compétence transversale T4.',
    );
    expect(gaps.map((g) => bilanGapText('en', g.reason, g.params))[1]).toBe(
      'Choose a level for the transversal competence T4.',
    );
  });
});

describe('levelEntriesOf', () => {
  it('keeps well-formed entries and reads any other stored shape as no entry', () => {
    expect(
      levelEntriesOf([
        { code: 'C2.1', level: 3 },
        { code: 'T1', level: null },
      ]),
    ).toEqual([
      { code: 'C2.1', level: 3 },
      { code: 'T1', level: null },
    ]);
    expect(levelEntriesOf({})).toEqual([]);
    expect(levelEntriesOf('texte')).toEqual([]);
    expect(levelEntriesOf([null, 3, { id: 5 }, { code: 'C2.2', level: 9 }])).toEqual([
      { code: 'C2.2', level: null },
    ]);
  });
});
