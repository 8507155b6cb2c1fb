import {
  type ErrorParams,
  type FieldError,
  fieldErrorText,
  type Locale,
  MESSAGES,
  type ValidationRule,
} from '@dossier-sno/i18n';
import { ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import { DomainError } from './domain-error.js';

/**
 * A DTO's validation failures as one INVALID_INPUT refusal whose `fields` name each field, the
 * rule it breaks and that rule's bounds, so that clients say it at the field in their language.
 * A decorator names a rule of its own with `rule('siret')`; otherwise its constraint names it.
 */

/** class-validator constraint → rule, with the bounds the message needs (from the decorator). */
const CONSTRAINT_RULES: Record<string, [ValidationRule, (c: unknown[]) => ErrorParams]> = {
  isDefined: ['required', () => ({})],
  whitelistValidation: ['unknownField', () => ({})],
  isString: ['isString', () => ({})],
  isNotEmpty: ['isNotEmpty', () => ({})],
  isEmail: ['isEmail', () => ({})],
  isUuid: ['isUuid', () => ({})],
  isIn: ['isIn', ([values]) => ({ choices: (values as unknown[]).map(String) })],
  isInt: ['isInt', () => ({})],
  isNumber: ['isNumber', () => ({})],
  isBoolean: ['isBoolean', () => ({})],
  isArray: ['isArray', () => ({})],
  isObject: ['isObject', () => ({})],
  isUrl: ['isUrl', () => ({})],
  min: ['min', ([min]) => ({ min: Number(min) })],
  max: ['max', ([max]) => ({ max: Number(max) })],
  isLength: ['length', ([min, max]) => ({ min: Number(min), max: Number(max) })],
  minLength: ['minLength', ([min]) => ({ min: Number(min) })],
  maxLength: ['maxLength', ([max]) => ({ max: Number(max) })],
  arrayMinSize: ['arrayMinSize', ([min]) => ({ min: Number(min) })],
  arrayMaxSize: ['arrayMaxSize', ([max]) => ({ max: Number(max) })],
  arrayUnique: ['arrayUnique', () => ({})],
};

const isRule = (value: unknown): value is ValidationRule =>
  typeof value === 'string' && value !== 'atField' && Object.hasOwn(MESSAGES.fr.validation, value);

/** The decorator option naming a rule of this platform: `@Matches(DATE, rule('date'))`. */
export const rule = (name: ValidationRule) => ({ message: name });

type FieldRule = Omit<FieldError, 'message'>;

/**
 * The one ValidationPipe of the API: unknown fields refused, values transformed, and refusals as
 * INVALID_INPUT. `target` is kept so that the decorator's bounds can be read back (never sent).
 */
export const validationPipe = () =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: true, value: false },
    exceptionFactory: invalidInput,
  });

/** The ValidationPipe's `exceptionFactory`. */
export function invalidInput(errors: ValidationError[]): DomainError {
  return invalidFields(errors.flatMap((error) => fieldErrors(error, '')));
}

/** INVALID_INPUT for `fields`, its sentences in French until `inLocale` writes them again. */
export function invalidFields(fields: FieldRule[]): DomainError {
  const { params, details } = inLocale('fr', fields);
  return new DomainError('INVALID_INPUT', params, details);
}

/** The parameters and `fields` of an INVALID_INPUT answer, each sentence written in `locale`. */
export function inLocale(locale: Locale, fields: readonly FieldRule[]) {
  const written = fields.map((f) => ({
    ...f,
    message: fieldErrorText(locale, f.field, f.rule, f.params),
  }));
  return {
    params: { count: written.length, details: written.map((f) => f.message).join(' ') },
    details: { fields: written },
  };
}

function fieldErrors(error: ValidationError, parent: string): FieldRule[] {
  const field = !parent
    ? error.property
    : /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : `${parent}.${error.property}`;
  const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => {
    const [ruleName, params] = isRule(message)
      ? [message, boundsOf(error, constraint, CONSTRAINT_RULES[constraint]?.[1])]
      : CONSTRAINT_RULES[constraint]
        ? [
            CONSTRAINT_RULES[constraint][0],
            boundsOf(error, constraint, CONSTRAINT_RULES[constraint][1]),
          ]
        : (['invalid', {}] as const);
    return { field, rule: ruleName, params };
  });
  // One sentence per field is enough: the first constraint broken is the one to fix first.
  return [...own.slice(0, 1), ...(error.children ?? []).flatMap((c) => fieldErrors(c, field))];
}

/** The decorator's arguments (`@Length(1, 200)` → `{ min: 1, max: 200 }`), from class-validator's metadata. */
function boundsOf(
  error: ValidationError,
  constraint: string,
  read: ((c: unknown[]) => ErrorParams) | undefined,
): ErrorParams {
  if (!read || !error.target) return {};
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(error.target.constructor, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === constraint);
  return metadata ? read(metadata.constraints ?? []) : {};
}
