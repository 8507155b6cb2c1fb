import { makePng } from './fixtures.js';
import type { TestPlatform } from './test-platform.js';
import { signIn } from './world.js';

/**
 * Gives `email` (a CCF candidate) a ready E3 dossier: two traces (C3.1, C3.2) with `filesPerTrace`
 * PNG files each, saved as the dossier's selection. Returns the signed-in session.
 */
export async function prepareReadyE3(platform: TestPlatform, email: string, filesPerTrace = 3) {
  const candidate = await signIn(platform, email);
  const send = (method: 'post' | 'put', path: string) =>
    candidate.agent[method](path).set('X-CSRF-Token', candidate.csrf);
  const items: { traceId: string }[] = [];
  for (const [title, competence] of [
    ['Assistance messagerie', 'C3.1'],
    ['Atelier mots de passe', 'C3.2'],
  ]) {
    const trace = await send('post', '/api/traces')
      .send({ title, context: 'pfmp', occurredOn: '2026-11-02', competences: [competence] })
      .expect(201);
    for (let f = 0; f < filesPerTrace; f++) {
      await send('post', `/api/traces/${trace.body.id}/files`)
        .attach('file', makePng(16 + f), `capture-${f}.png`)
        .expect(201);
    }
    items.push({ traceId: trace.body.id as string });
  }
  await send('put', '/api/dossiers/E3')
    .send({ version: 0, items, presentation: 'Mon année' })
    .expect(200);
  return { ...candidate, send };
}
