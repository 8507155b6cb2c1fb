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

/** Intl formatters cost more to build than to use: one of each per locale, for every message. */
const FORMATS = Object.fromEntries(
  (Object.keys(INTL_TAGS) as Locale[]).map((locale) => [
    locale,
    {
      all: new Intl.ListFormat(INTL_TAGS[locale], { type: 'conjunction' }),
      oneOf: new Intl.ListFormat(INTL_TAGS[locale], { type: 'disjunction' }),
      number: new Intl.NumberFormat(INTL_TAGS[locale]),
    },
  ]),
) as Record<Locale, { all: Intl.ListFormat; oneOf: Intl.ListFormat; number: Intl.NumberFormat }>;

/**
 * The parameters as the message shows them: dates written out, lists joined (« C9.9 et C1.1.9 »;
 * `choices` as « tutor ou examiner »), `resource` named (« cette trace »). The API and the web both go through here.
 */
export function writtenParams(
  locale: Locale,
  params: ErrorParams,
): Record<string, string | number> {
  const { all, oneOf, number } = FORMATS[locale];
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
        return [name, number.format(value)];
      }
      return [name, value as string | number];
    }),
  );
}

/** The number that picks a message's plural form: its `count`, before it is written out. */
const countOf = (params: ErrorParams) =>
  typeof params.count === 'number' ? params.count : undefined;

/** The blocks of messages said by a key and its values. */
type Block = 'errors' | 'validation' | 'readiness' | 'csvImport' | 'bilanGaps' | 'notifications';
type KeyOf<B extends Block> = keyof (typeof fr)[B] & string;

/** The sentence `key` of `block` in `locale`: its values written out, `count` picking the plural. */
export function sentence<B extends Block>(
  block: B,
  locale: Locale,
  key: KeyOf<B>,
  params: ErrorParams = {},
): string {
  return translate(locale, `${block}.${key}`, writtenParams(locale, params), countOf(params));
}

/** The type guard of a block's keys: a key an API of another version may send, or not. */
export const isKeyOf =
  <B extends Block>(block: B) =>
  (value: unknown): value is KeyOf<B> =>
    typeof value === 'string' && Object.hasOwn(fr[block], value);

/** The sentence of an error code in `locale`. */
export const errorText = (locale: Locale, code: ErrorCode, params: ErrorParams = {}) =>
  sentence('errors', locale, code, params);
export const isErrorCode = isKeyOf('errors');

/** What a field needs (« saisissez une adresse e-mail valide »), without the field's name. */
export const fieldProblemText = (locale: Locale, rule: ValidationRule, params: ErrorParams = {}) =>
  sentence('validation', locale, rule, params);

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

/** A reason a dossier check gives (`ReadinessCheck.reason` of exam-rules). */
export type ReadinessReason = KeyOf<'readiness'>;
export const readinessText = (locale: Locale, reason: ReadinessReason, params: ErrorParams = {}) =>
  sentence('readiness', locale, reason, params);
export const isReadinessReason = isKeyOf('readiness');

/** A problem of a line of a candidate CSV (`errors[].problem` of IMPORT_REFUSED). */
export type CsvProblem = KeyOf<'csvImport'>;
export const csvProblemText = (locale: Locale, problem: CsvProblem, params: ErrorParams = {}) =>
  sentence('csvImport', locale, problem, params);
export const isCsvProblem = isKeyOf('csvImport');

/** What a PFMP bilan still needs (`BilanGap.reason` of exam-rules). */
export type BilanGapReason = KeyOf<'bilanGaps'>;
export const bilanGapText = (locale: Locale, reason: BilanGapReason, params: ErrorParams = {}) =>
  sentence('bilanGaps', locale, reason, params);
