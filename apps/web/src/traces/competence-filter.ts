import type { Block, Competence } from '../api/types';
import { matchesWords } from '../ui/fold';

/** A block of the picker as the search shows it: only what matches, nothing if nothing does. */
export interface ShownBlock {
  block: Block;
  competences: Competence[];
}

/**
 * The blocks, competences and detailed competences matching `query` by code or words. A
 * competence that matches keeps all its detailed competences; one that does not is kept (as their
 * heading) when some of its detailed competences match, with only those.
 */
export function filterBlocks(blocks: readonly Block[], query: string): ShownBlock[] {
  if (!query.trim()) return blocks.map((block) => ({ block, competences: block.competences }));
  return blocks
    .map((block) => ({
      block,
      competences: block.competences.flatMap((c) => {
        if (matchesWords(`${c.code} ${c.title}`, query)) return [c];
        const detailed = c.detailed.filter((d) => matchesWords(`${d.code} ${d.label}`, query));
        return detailed.length ? [{ ...c, detailed }] : [];
      }),
    }))
    .filter((shown) => shown.competences.length > 0);
}
