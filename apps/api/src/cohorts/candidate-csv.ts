import { type CsvProblem, csvProblemText, type ErrorParams } from '@dossier-sno/i18n';
import {
  CANDIDATE_CSV_HEADER,
  candidateStatusFromText,
  referential,
  type CandidateStatusCode,
} from '@dossier-sno/referential';
import { parse } from 'csv-parse/sync';
import { ONE_LINE } from '../common/dto-rules.js';

/** One candidate line of an import file, validated. */
export interface CandidateRow {
  line: number;
  email: string;
  displayName: string;
  status: CandidateStatusCode;
  positionne: boolean;
}

export interface RowError {
  line: number;
  column: string;
  /** What is wrong, as a key of the shared messages (`csvImport.<problem>`), with its values. */
  problem: CsvProblem;
  params: ErrorParams;
  /** The same in French, for readers of the raw answer. */
  reason: string;
}

export const rowError = (
  line: number,
  column: string,
  problem: CsvProblem,
  params: ErrorParams = {},
): RowError => ({ line, column, problem, params, reason: csvProblemText('fr', problem, params) });

/** Accepted headers (English or French), case- and accent-insensitive, `,` or `;` separated. */
const COLUMNS: Record<string, keyof Omit<CandidateRow, 'line'>> = {
  email: 'email',
  courriel: 'email',
  displayname: 'displayName',
  nom: 'displayName',
  candidatestatus: 'status',
  statut: 'status',
  positionne: 'positionne',
};
const REQUIRED: (keyof Omit<CandidateRow, 'line'>)[] = ['email', 'displayName', 'status'];
/** Column names as reported to people (the English headers). */
const HEADER: Record<keyof Omit<CandidateRow, 'line'>, string> = {
  email: 'email',
  displayName: 'displayName',
  status: 'candidateStatus',
  positionne: 'positionne',
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TRUE = ['oui', 'true', '1', 'yes', 'o', 'x'];
const FALSE = ['non', 'false', '0', 'no', 'n', ''];

const normalise = (header: string) =>
  header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s_-]/g, '')
    .toLowerCase();

const labelOf = (code: CandidateStatusCode) =>
  referential.candidateStatuses.find((s) => s.code === code)!.label;

/** Why a written status was refused, and how to write it. */
function statusRefusal(line: number, text: string, candidates: CandidateStatusCode[]): RowError {
  if (candidates.length) {
    return rowError(line, 'candidateStatus', 'ambiguousStatus', {
      text,
      choices: candidates.map((c) => `« ${labelOf(c)} »`),
    });
  }
  return text
    ? rowError(line, 'candidateStatus', 'unknownStatus', { text })
    : rowError(line, 'candidateStatus', 'missingStatus');
}

/**
 * Parses and checks a cohort's candidate list. Returns every row or every error (line numbers as
 * a spreadsheet shows them, header = line 1), never a mix: the import is all-or-nothing.
 */
export function parseCandidateCsv(text: string): { rows: CandidateRow[]; errors: RowError[] } {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: [',', ';'],
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      rows: [],
      errors: [rowError(line, '', 'unreadable', { detail: (error as Error).message })],
    };
  }
  const [header, ...lines] = records;
  if (!header)
    return {
      rows: [],
      errors: [rowError(1, '', 'empty', { header: CANDIDATE_CSV_HEADER.join(',') })],
    };

  const fields = header.map((h) => COLUMNS[normalise(h)]);
  const missing = REQUIRED.filter((f) => !fields.includes(f));
  if (missing.length) {
    return {
      rows: [],
      errors: missing.map((f) => rowError(1, HEADER[f], 'missingColumn', { column: HEADER[f] })),
    };
  }
  if (lines.length === 0) {
    return {
      rows: [],
      errors: [rowError(2, '', 'noCandidates')],
    };
  }

  const rows: CandidateRow[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  lines.forEach((cells, index) => {
    const line = index + 2;
    const value = (field: keyof Omit<CandidateRow, 'line'>) => cells[fields.indexOf(field)] ?? '';
    const email = value('email').toLowerCase();
    const displayName = value('displayName');
    const status = candidateStatusFromText(value('status'));
    const positionne = value('positionne').toLowerCase();
    const before = errors.length;
    if (!EMAIL.test(email)) errors.push(rowError(line, 'email', 'badEmail', { email }));
    else if (seen.has(email))
      errors.push(rowError(line, 'email', 'duplicateEmail', { first: seen.get(email)! }));
    if (!displayName || displayName.length > 120 || !ONE_LINE.test(displayName))
      errors.push(rowError(line, 'displayName', 'badName', { max: 120 }));
    if (!status.status) errors.push(statusRefusal(line, value('status'), status.candidates));
    if (!TRUE.includes(positionne) && !FALSE.includes(positionne))
      errors.push(rowError(line, 'positionne', 'badPositionne', { value: positionne }));
    seen.set(email, seen.get(email) ?? line);
    if (errors.length === before) {
      rows.push({
        line,
        email,
        displayName,
        status: status.status!,
        positionne: TRUE.includes(positionne),
      });
    }
  });
  return errors.length ? { rows: [], errors } : { rows, errors };
}
