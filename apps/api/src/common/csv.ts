import { stringify } from 'csv-stringify/sync';

/** First characters a spreadsheet reads as a formula (or, for tab and CR, that hide one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet must show it: one starting like a formula (`=HYPERLINK(…)`,
 * `@SUM(…)`) gets a leading apostrophe, so it is displayed, never run (CSV injection).
 */
export function neutralisedCell(value: string | number): string | number {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Every CSV the platform writes: `;` separators, CRLF and a BOM so that a French spreadsheet program
 * opens it with accents and columns right, and no cell that runs as a formula.
 */
export function spreadsheetCsv(rows: readonly (readonly (string | number)[])[]): string {
  return stringify(
    rows.map((row) => row.map(neutralisedCell)),
    { delimiter: ';', bom: true, record_delimiter: '\r\n' },
  );
}
