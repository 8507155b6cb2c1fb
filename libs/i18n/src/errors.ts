import { formatDate } from './dates.js';
import { INTL_TAGS, type Locale } from './locales.js';
import { fr } from './messages/fr.js';
import { translate } from './translate.js';

/** Every code the API answers a refusal with; the message of each is in `messages/*.ts`. */
export type ErrorCode = keyof typeof fr.errors;
export const ERROR_CODES = Object.keys(fr.errors) as ErrorCode[];

/** A validation rule a field can break (`errors[].rule` of an INVALID_INPUT answer). */
export type ValidationRule = Exclude<keyof typeof fr.validation, 'atField'>;

/** What an error carries besides its code: plain values, lists, dates (ISO), counts. */
export type ErrorParams = Record<string, string | number | readonly string[]>;

/** One field that must be corrected, in an INVALID_INPUT answer. */
export interface FieldError {
  /** Where: `email`, `tutor.email`, `items[2].traceId`. */
  field: string;
  rule: ValidationRule;
  params: ErrorParams;
  /** The sentence, in the language the request asked for. */
  message: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * The parameters as the message shows them: dates written out, lists joined (« C9.9 et C1.1.9 »;
 * `choices` as « tutor ou examiner »), `resource` named (« cette trace »). The API and the web both go through here.
 */
export function writtenParams(
  locale: Locale,
  params: ErrorParams,
): Record<string, string | number> {
  const all = new Intl.ListFormat(INTL_TAGS[locale], { type: 'conjunction' });
  const oneOf = new Intl.ListFormat(INTL_TAGS[locale], { type: 'disjunction' });
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      if (Array.isArray(value)) {
        return [
          name,
          (name === 'choices' ? oneOf : all).format(value.map((v: unknown) => String(v))),
        ];
      }
      if (name === 'resource') return [name, translate(locale, `resources.${String(value)}`)];
      if (typeof value === 'string' && (ISO_DAY.test(value) || ISO_TIMESTAMP.test(value))) {
        return [name, formatDate(value, locale)];
      }
      if (typeof value === 'number' && !Number.isInteger(value)) {
        // Weeks of PFMP: « 4,5 » in French.
        return [name, new Intl.NumberFormat(INTL_TAGS[locale]).format(value)];
      }
      return [name, value as string | number];
    }),
  );
}

/** The number that picks a message's plural form: its `count`, before it is written out. */
const countOf = (params: ErrorParams) =>
  typeof params.count === 'number' ? params.count : undefined;

/** The sentence of an error code in `locale`. */
export function errorText(locale: Locale, code: ErrorCode, params: ErrorParams = {}): string {
  return translate(locale, `errors.${code}`, writtenParams(locale, params), countOf(params));
}

/** What a field needs (« saisissez une adresse e-mail valide »), without the field's name. */
export function fieldProblemText(
  locale: Locale,
  rule: ValidationRule,
  params: ErrorParams = {},
): string {
  return translate(locale, `validation.${rule}`, writtenParams(locale, params), countOf(params));
}

/** The same, prefixed by the field (« email : saisissez… »), for a reader of the raw answer. */
export function fieldErrorText(
  locale: Locale,
  field: string,
  rule: ValidationRule,
  params: ErrorParams = {},
): string {
  return translate(locale, 'validation.atField', {
    field,
    problem: fieldProblemText(locale, rule, params),
  });
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(fr.errors, value);
}

/** A reason a dossier check gives (`ReadinessCheck.reason` of exam-rules). */
export type ReadinessReason = keyof typeof fr.readiness;

/** The sentence of a readiness check in `locale`. */
export function readinessText(
  locale: Locale,
  reason: ReadinessReason,
  params: ErrorParams = {},
): string {
  return translate(locale, `readiness.${reason}`, writtenParams(locale, params), countOf(params));
}

export function isReadinessReason(value: unknown): value is ReadinessReason {
  return typeof value === 'string' && Object.hasOwn(fr.readiness, value);
}

/** A problem of a line of a candidate CSV (`errors[].problem` of IMPORT_REFUSED). */
export type CsvProblem = keyof typeof fr.csvImport;

export function csvProblemText(
  locale: Locale,
  problem: CsvProblem,
  params: ErrorParams = {},
): string {
  return translate(locale, `csvImport.${problem}`, writtenParams(locale, params), countOf(params));
}

export function isCsvProblem(value: unknown): value is CsvProblem {
  return typeof value === 'string' && Object.hasOwn(fr.csvImport, value);
}

/** What a PFMP bilan still needs (`BilanGap.reason` of exam-rules). */
export type BilanGapReason = keyof typeof fr.bilanGaps;

export function bilanGapText(
  locale: Locale,
  reason: BilanGapReason,
  params: ErrorParams = {},
): string {
  return translate(locale, `bilanGaps.${reason}`, writtenParams(locale, params), countOf(params));
}
