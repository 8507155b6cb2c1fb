import { useI18n } from 'vue-i18n';
import type { ApiFailure } from '../api/errors';

/** The sentences to show for a failed API call: the API's own message, or a generic one. */
export function useFailureMessages() {
  const { t } = useI18n();
  return (failure: ApiFailure): string[] => {
    if (failure.status === 0) return [t('form.networkError')];
    const messages = failure.messages.length
      ? [...failure.messages]
      : [t('form.httpError', { status: failure.status })];
    if (failure.retryAfter) messages.push(t('form.retryAfter', { seconds: failure.retryAfter }));
    return messages;
  };
}
