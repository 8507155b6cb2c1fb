/** Validation pieces every DTO shares, so that one date rule and one message serve all routes. */

/** A calendar day, `YYYY-MM-DD`. */
export const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const dateMessage = (field: string) => ({
  message: `${field} doit être une date AAAA-MM-JJ / ${field} must be a YYYY-MM-DD date`,
});

/** class-transformer `@Transform`: surrounding spaces never count. */
export const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/** A name shown on one line (a person, a tutor): no line break, control or bidi character. */
export const ONE_LINE = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u;

export const oneLineMessage = (field: string) => ({
  message: `${field} : une seule ligne, sans retour à la ligne ni caractère de contrôle / ${field} must be one line of text`,
});
