import { referential } from '@dossier-sno/referential';
import { describe, expect, it } from 'vitest';
import {
  EVALUATION_LEVEL_LABELS,
  EVALUATION_LEVELS,
  evaluationGrid,
  isProposedMark,
  unknownCriteria,
} from './evaluation-grid.js';

describe('evaluationGrid', () => {
  it("lists each competence of the exam's block with its criteria, in the référentiel's order", () => {
    const grid = evaluationGrid(referential, 'E1');
    expect(grid.competences.map((c) => c.code)).toEqual(['C1.1', 'C1.2', 'C1.3']);
    const c11 = referential.blocks[0]!.competences[0]!;
    expect(grid.competences[0]!.criteria).toEqual(
      c11.criteria.map((label, i) => ({ id: `C1.1-${i + 1}`, label })),
    );
    expect(grid.referentialVersion).toBe(referential.version);
  });

  it('gives every competence of E2 and E3 at least one criterion', () => {
    for (const exam of ['E2', 'E3'] as const) {
      const grid = evaluationGrid(referential, exam);
      expect(grid.competences.map((c) => c.code)).toEqual(
        [1, 2, 3].slice(0, grid.competences.length).map((n) => `C${exam.slice(1)}.${n}`),
      );
      for (const c of grid.competences) expect(c.criteria.length).toBeGreaterThan(0);
    }
  });

  it('tells which scored criteria the grid does not have', () => {
    const grid = evaluationGrid(referential, 'E3');
    expect(unknownCriteria(grid, { 'C3.1-1': {}, 'C1.1-1': {}, nope: {} })).toEqual([
      'C1.1-1',
      'nope',
    ]);
  });
});

describe('level scale and mark', () => {
  it('has four ordered levels, each labelled in French', () => {
    expect(EVALUATION_LEVELS).toHaveLength(4);
    for (const level of EVALUATION_LEVELS) expect(EVALUATION_LEVEL_LABELS[level]).toBeTruthy();
  });

  it('accepts marks from 0 to 20 in half points only', () => {
    expect([0, 0.5, 13.5, 20].every(isProposedMark)).toBe(true);
    expect([-0.5, 20.5, 13.25, Number.NaN].some(isProposedMark)).toBe(false);
  });
});
