import { errorText, fieldErrorText, fieldProblemText, isErrorCode } from '@dossier-sno/i18n';
import { useI18n } from 'vue-i18n';
import type { ApiFailure } from '../api/errors';
import type { AppLocale } from '../i18n';

/**
 * The sentences to show for a failed API call, in the interface language: written here from the
 * error code and its parameters (the same messages as the API's, `@dossier-sno/i18n`), the API's
 * own sentence for a code this version does not know, or a generic one.
 */
export function useFailureMessages() {
  const { t, locale } = useI18n();
  /** `labels` names the form's fields as the page shows them (`{ siret: 'SIRET' }`). */
  return (failure: ApiFailure, labels: Readonly<Record<string, string>> = {}): string[] => {
    if (failure.status === 0) return [t('form.networkError')];
    const lang = locale.value as AppLocale;
    const messages = failure.fields?.length
      ? failure.fields.map((f) =>
          fieldErrorText(lang, labels[f.field] ?? f.field, f.rule, f.params),
        )
      : isErrorCode(failure.code)
        ? [errorText(lang, failure.code, failure.params)]
        : failure.message
          ? [failure.message]
          : [t('form.httpError', { status: failure.status })];
    if (failure.retryAfter) messages.push(t('form.retryAfter', { seconds: failure.retryAfter }));
    return messages;
  };
}

/** What each refused field needs, by field (`siret`, `tutor.email`), to show beside it. */
export function useFieldProblems() {
  const { locale } = useI18n();
  return (failure: ApiFailure): Record<string, string> => {
    const problems: Record<string, string> = {};
    for (const f of failure.fields ?? []) {
      problems[f.field] ??= fieldProblemText(locale.value as AppLocale, f.rule, f.params);
    }
    return problems;
  };
}
