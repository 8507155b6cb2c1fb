/** Validation pieces every DTO shares, so that one date rule and one message serve all routes. */

/** A calendar day, `YYYY-MM-DD`. */
export const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const dateMessage = (field: string) => ({
  message: `${field} doit être une date AAAA-MM-JJ / ${field} must be a YYYY-MM-DD date`,
});

/** class-transformer `@Transform`: surrounding spaces never count. */
export const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;
