import { type ErrorParams, writtenParams } from './errors.js';
import type { Locale } from './locales.js';
import { fr } from './messages/fr.js';
import { translate } from './translate.js';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A sentence of an e-mail: `greeting`, `invitation.subject`, `roles.tutor`… */
export type MailKey = Leaves<typeof fr.mail>;

/** A sentence of an e-mail in the recipient's `locale`, dates and lists written out. */
export function mailText(locale: Locale, key: MailKey, params: ErrorParams = {}): string {
  return translate(locale, `mail.${key}`, writtenParams(locale, params));
}
