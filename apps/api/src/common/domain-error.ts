import { type ErrorCode, type ErrorParams, errorText } from '@dossier-sno/i18n';

/**
 * A refusal of the platform: a stable `code` (the sentence of each, in French and English, is in
 * `@dossier-sno/i18n`), the parameters the sentence needs, and any data the client acts on
 * (`details`, merged into the answer: a CSV import's line errors, a dossier's checks). Services
 * throw these and never pick an HTTP status: `ERROR_STATUS` maps codes to statuses, once.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    readonly details: Record<string, unknown> = {},
  ) {
    super(errorText('fr', code, params));
    this.name = 'DomainError';
  }
}
