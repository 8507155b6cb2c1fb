/**
 * Candidate statuses as people write them in an import file: the code, the full label of the
 * règlement d'examen, or any shorter wording that names one status only.
 */
import { mcSnoV1 } from './data/mc-sno-v1.js';
import type { CandidateStatusCode, Referential } from './types.js';

/** Words that tell no status from another. */
const FILLER = new Set([
  'a',
  'au',
  'aux',
  'd',
  'dans',
  'de',
  'des',
  'du',
  'en',
  'la',
  'le',
  'les',
  'l',
  'ou',
  'un',
  'une',
]);

/** The words of `text`, accents and case folded; « non habilité » is one word, the opposite of « habilité ». */
function words(text: string): string[] {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !FILLER.has(word));
  return plain.flatMap((word, i) =>
    word === 'non' && plain[i + 1] ? [] : plain[i - 1] === 'non' ? [`non ${word}`] : [word],
  );
}

/** What a written status names: one status, or the statuses it could mean (none when unknown). */
export type StatusReading =
  { status: CandidateStatusCode } | { status: null; candidates: CandidateStatusCode[] };

/**
 * Reads a status written by a person. Every word of `text` must appear in the status's label or
 * code; the text is accepted when exactly one status has them all (« Scolaire » alone names two,
 * « Scolaire hors contrat » one).
 */
export function candidateStatusFromText(text: string, ref: Referential = mcSnoV1): StatusReading {
  const written = words(text);
  if (!written.length) return { status: null, candidates: [] };
  const exact = ref.candidateStatuses.find((s) => s.code === text.trim());
  if (exact) return { status: exact.code };
  const candidates = ref.candidateStatuses
    .filter((s) => {
      const own = new Set([...words(s.label), ...words(s.code.replaceAll('_', ' '))]);
      return written.every((word) => own.has(word));
    })
    .map((s) => s.code);
  return candidates.length === 1 ? { status: candidates[0]! } : { status: null, candidates };
}

/** The header of a cohort's candidate import file, in the order of the template. */
export const CANDIDATE_CSV_HEADER = [
  'email',
  'displayName',
  'candidateStatus',
  'positionne',
] as const;

/**
 * A template of the import file (`;`-separated, as French spreadsheets save it): the header and
 * one example line per exam mode, with statuses written as their labels.
 */
export function candidateCsvTemplate(ref: Referential = mcSnoV1): string {
  const ccf = ref.candidateStatuses.find((s) => s.mode === 'ccf')!;
  const ponctuel = ref.candidateStatuses.find((s) => s.mode === 'ponctuel')!;
  const lines = [
    CANDIDATE_CSV_HEADER.join(';'),
    `camille.martin@example.fr;Camille Martin;${ccf.label};non`,
    `lou.bernard@example.fr;Lou Bernard;${ponctuel.label};oui`,
  ];
  return `${lines.join('\r\n')}\r\n`;
}
