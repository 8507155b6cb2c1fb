import { referential } from '@dossier-sno/referential';
import type { Referential } from '../api/types';

/** What `GET /api/referential` answers: the shared library's data, as JSON. */
export function referentialFixture(): Referential {
  return JSON.parse(JSON.stringify(referential)) as Referential;
}

export const fixtureCounts = (() => {
  const competences = referential.blocks.flatMap((b) => b.competences);
  return {
    blocks: referential.blocks.length,
    competences: competences.length,
    detailed: competences.flatMap((c) => c.detailed).length,
    exams: referential.exams.length,
    transversal: referential.transversal.length,
  };
})();
