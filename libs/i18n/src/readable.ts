/**
 * What a reader must never have to decode in what the platform writes (pages, PDFs, `index.html`,
 * CSVs, e-mails): each pattern with the reason it is refused. One list, used by the API's export
 * tests and by the browser tests on every page they visit.
 */
const UNREADABLE: { pattern: RegExp; why: string; exportsOnly?: true }[] = [
  { pattern: /\d{4}-\d{2}-\d{2}T\d{2}:/g, why: 'ISO timestamp' },
  { pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, why: 'UUID' },
  { pattern: /\((?:s|e|es)\)/g, why: 'plural left to the reader' },
  { pattern: / \/ [A-Z]/g, why: 'bilingual tail' },
  // A page may show a glyph beside its words (« ✓ Prêt »); a printed export says it in words.
  { pattern: /\[[ xX]\]|[☐☑☒✓✔]/g, why: 'checkbox', exportsOnly: true },
  { pattern: /\d{4,} octets/g, why: 'raw byte count', exportsOnly: true },
  { pattern: /\bC\d\.\d-\d+\b/g, why: 'criterion id', exportsOnly: true },
];

/**
 * The unreadable bits of `text`, as « why: match » (empty when it reads well). An `export` (PDF,
 * `index.html`, CSV, e-mail) is held to more than a `page` of the app.
 */
export function unreadable(text: string, kind: 'export' | 'page' = 'export'): string[] {
  return UNREADABLE.filter((u) => kind === 'export' || !u.exportsOnly).flatMap(({ pattern, why }) =>
    [...text.matchAll(pattern)].map((m) => `${why}: ${m[0]}`),
  );
}
