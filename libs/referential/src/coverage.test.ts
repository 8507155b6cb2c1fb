import { describe, expect, it } from 'vitest';
import { coverageOf, type CoverageTrace } from './coverage.js';
import { referential } from './index.js';

const trace = (id: string, over: Partial<CoverageTrace>): CoverageTrace => ({
  id,
  competences: [],
  detailedCompetences: [],
  hasReflection: false,
  attested: false,
  ...over,
});

describe('coverageOf', () => {
  it('has a row per competence and per detailed competence, all empty without traces', () => {
    const rows = coverageOf(referential, []);
    expect(rows.map((r) => r.code)).toEqual([
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
    expect(rows.flatMap((r) => r.detailed)).toHaveLength(24);
    expect(rows.every((r) => r.traces === 0 && r.traceIds.length === 0)).toBe(true);
  });

  it('counts traces, reflections and attestations; a detailed tag counts for its competence', () => {
    const rows = coverageOf(referential, [
      trace('a', { competences: ['C1.1'], hasReflection: true }),
      trace('b', { detailedCompetences: ['C1.1.2'], attested: true }),
      trace('c', { competences: ['C3.2'], detailedCompetences: ['C3.2.1'] }),
    ]);
    const c11 = rows.find((r) => r.code === 'C1.1')!;
    expect(c11).toMatchObject({ traces: 2, withReflection: 1, attested: 1, traceIds: ['a', 'b'] });
    expect(c11.detailed.map((d) => [d.code, d.traces])).toEqual([
      ['C1.1.1', 0],
      ['C1.1.2', 1],
      ['C1.1.3', 0],
    ]);
    expect(rows.find((r) => r.code === 'C3.2')).toMatchObject({ traces: 1, traceIds: ['c'] });
    expect(rows.find((r) => r.code === 'C2.1')?.traces).toBe(0);
  });
});
