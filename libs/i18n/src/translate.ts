import {
  compile,
  createCoreContext,
  type CoreContext,
  registerMessageCompiler,
  resolveValue,
  translate as intlifyTranslate,
} from '@intlify/core-base';
import { DEFAULT_LOCALE, type Locale } from './locales.js';
import { en } from './messages/en.js';
import { fr } from './messages/fr.js';
import { PLURAL_RULES } from './plural.js';

/** Every message of the platform shared by the API and the web, by locale. */
export const MESSAGES = { fr, en } as const;

registerMessageCompiler(compile);

// Typed loosely: the library's generics want literal locale lists; `Messages` types the keys.
const context = createCoreContext({
  locale: DEFAULT_LOCALE,
  fallbackLocale: DEFAULT_LOCALE,
  messages: MESSAGES as never,
  messageResolver: resolveValue,
  pluralRules: PLURAL_RULES,
  missingWarn: false,
  fallbackWarn: false,
}) as unknown as CoreContext<string>;

export type MessageParams = Record<string, string | number>;

/**
 * The message `key` in `locale`, with its named parameters; `plural` (by default a numeric
 * `count` parameter) picks the form (« {count} trace | {count} traces »), even when `count` is
 * shown written out (« 4,5 »). The same syntax as vue-i18n on the web.
 */
export function translate(
  locale: Locale,
  key: string,
  params: MessageParams = {},
  plural: number | undefined = typeof params.count === 'number' ? params.count : undefined,
): string {
  const options = { locale, named: params };
  const text =
    plural === undefined
      ? intlifyTranslate(context, key, params, options)
      : intlifyTranslate(context, key, plural, options);
  return String(text);
}

/** True when `key` names a message (a code the API sends that this version knows). */
export function hasMessage(locale: Locale, key: string): boolean {
  let node: unknown = MESSAGES[locale];
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}
