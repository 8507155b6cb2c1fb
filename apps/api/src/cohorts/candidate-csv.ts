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
  reason: string;
}

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
function statusRefusal(text: string, candidates: CandidateStatusCode[]): string {
  if (candidates.length)
    return `« ${text} » peut désigner ${candidates.map((c) => `« ${labelOf(c)} »`).join(' ou ')} : précisez lequel.`;
  return `${text ? `Statut inconnu : « ${text} »` : 'Statut manquant'}. Écrivez le libellé du règlement d'examen (par ex. « Scolaire sous contrat », « Apprenti non habilité ») ou son code ; la liste des statuts acceptés est sous le champ d'import.`;
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
      errors: [{ line, column: '', reason: `CSV illisible : ${(error as Error).message}` }],
    };
  }
  const [header, ...lines] = records;
  if (!header)
    return {
      rows: [],
      errors: [
        {
          line: 1,
          column: '',
          reason: `Fichier vide : une ligne d’en-tête est attendue (${CANDIDATE_CSV_HEADER.join(',')}).`,
        },
      ],
    };

  const fields = header.map((h) => COLUMNS[normalise(h)]);
  const missing = REQUIRED.filter((f) => !fields.includes(f));
  if (missing.length) {
    return {
      rows: [],
      errors: missing.map((f) => ({
        line: 1,
        column: HEADER[f],
        reason: `Colonne ${HEADER[f]} absente de l'en-tête.`,
      })),
    };
  }
  if (lines.length === 0) {
    return {
      rows: [],
      errors: [{ line: 2, column: '', reason: 'Aucun candidat dans le fichier.' }],
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
    if (!EMAIL.test(email))
      errors.push({ line, column: 'email', reason: `Adresse e-mail invalide : « ${email} ».` });
    else if (seen.has(email))
      errors.push({ line, column: 'email', reason: `Déjà présente ligne ${seen.get(email)}.` });
    if (!displayName || displayName.length > 120 || !ONE_LINE.test(displayName))
      errors.push({
        line,
        column: 'displayName',
        reason:
          'Nom obligatoire, sur une ligne sans caractère de contrôle (120 caractères au plus).',
      });
    if (!status.status)
      errors.push({
        line,
        column: 'candidateStatus',
        reason: statusRefusal(value('status'), status.candidates),
      });
    if (!TRUE.includes(positionne) && !FALSE.includes(positionne))
      errors.push({
        line,
        column: 'positionne',
        reason: `« ${positionne} » : oui ou non attendu.`,
      });
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
