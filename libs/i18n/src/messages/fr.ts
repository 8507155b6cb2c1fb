/**
 * The French messages shared by the API and the web, in vue-i18n syntax: `{name}` for a
 * parameter, `a | b` for the singular and plural, `{'@'}` for a literal @. French is the reference:
 * `en.ts` has the same keys (the type says so).
 */
export const fr = {
  errors: {
    NOT_FOUND: 'Introuvable.',
  },
};

export type Messages = typeof fr;
