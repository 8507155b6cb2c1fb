import { type ErrorParams, isNotificationReason, notificationText } from '@dossier-sno/i18n';
import { useI18n } from 'vue-i18n';
import type { AppNotification } from '../api/types';
import type { AppLocale } from '../i18n';

/**
 * A notification in the interface language, from its reason and parameters (`@dossier-sno/i18n`);
 * one written before reasons existed, or of a reason this version does not know, keeps its French.
 */
export function useNotificationText() {
  const { locale } = useI18n();
  return (n: Pick<AppNotification, 'reason' | 'params' | 'summary'>): string =>
    isNotificationReason(n.reason)
      ? notificationText(locale.value as AppLocale, n.reason, (n.params ?? {}) as ErrorParams)
      : n.summary;
}
