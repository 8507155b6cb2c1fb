import { referential } from '@dossier-sno/referential';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

describe('GET /api/referential', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(async () => {
    await platform.close();
  });

  it('serves the référentiel: 3 blocks, 9 competences, 24 detailed, 3 exams of coefficient 6', async () => {
    const res = await request(platform.http).get('/api/referential').expect(200);
    const body = res.body as typeof referential;
    expect(body.version).toBe(referential.version);
    expect(body.blocks.map((b) => b.code)).toEqual(['B1', 'B2', 'B3']);
    const competences = body.blocks.flatMap((b) => b.competences);
    expect(competences.map((c) => c.code)).toEqual([
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
    expect(competences.flatMap((c) => c.detailed)).toHaveLength(24);
    expect(body.exams.map((e) => [e.code, e.unit, e.block, e.coefficient])).toEqual([
      ['E1', 'U1', 'B1', 6],
      ['E2', 'U2', 'B2', 6],
      ['E3', 'U3', 'B3', 6],
    ]);
    expect(body.transversal).toHaveLength(4);
    expect(new Set(body.candidateStatuses.map((s) => s.mode))).toEqual(
      new Set(['ccf', 'ponctuel']),
    );
  });

  it('records the version it serves in the database', async () => {
    const rows: { id: string }[] = await platform.app
      .get(DataSource)
      .query('SELECT id FROM referential_version');
    expect(rows.map((r) => r.id)).toContain(referential.version);
  });
});
