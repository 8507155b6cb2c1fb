/**
 * What a reader must never have to decode in what the platform writes (pages, PDFs, `index.html`,
 * CSVs, e-mails): each pattern with the reason it is refused. One list, used by the API's export
 * tests and by the browser tests on every page they visit.
 */
const UNREADABLE: { pattern: RegExp; why: string }[] = [
  { pattern: /\d{4}-\d{2}-\d{2}T\d{2}:/g, why: 'ISO timestamp' },
  { pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, why: 'UUID' },
  { pattern: /\((?:s|e|es)\)/g, why: 'plural left to the reader' },
  { pattern: / \/ [A-Z]/g, why: 'bilingual tail' },
  { pattern: /\[[ xX]\]|[☐☑☒✓✔]/g, why: 'checkbox' },
  { pattern: /\d{4,} octets/g, why: 'raw byte count' },
  { pattern: /\bC\d\.\d-\d+\b/g, why: 'criterion id' },
];

/** The unreadable bits of `text`, as « why: match » (empty when it reads well). */
export function unreadable(text: string): string[] {
  return UNREADABLE.flatMap(({ pattern, why }) =>
    [...text.matchAll(pattern)].map((m) => `${why}: ${m[0]}`),
  );
}
