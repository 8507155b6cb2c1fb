/** Validation pieces every DTO shares, so that one date rule serves all routes (messages: `rule()`). */

/** A calendar day, `YYYY-MM-DD`. */
export const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** class-transformer `@Transform`: surrounding spaces never count. */
export const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/** A name shown on one line (a person, a tutor): no line break, control or bidi character. */
export const ONE_LINE = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u;
