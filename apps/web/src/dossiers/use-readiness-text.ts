import { type ErrorParams, isReadinessReason, readinessText } from '@dossier-sno/i18n';
import { useI18n } from 'vue-i18n';
import type { ReadinessCheck } from '../api/types';
import type { AppLocale } from '../i18n';

/**
 * A readiness check in the interface language, from its reason and parameters (the messages the
 * API writes in French, `@dossier-sno/i18n`); a check frozen before reasons existed keeps its French.
 */
export function useReadinessText() {
  const { locale } = useI18n();
  return (check: Pick<ReadinessCheck, 'reason' | 'params' | 'message'>): string =>
    isReadinessReason(check.reason)
      ? readinessText(locale.value as AppLocale, check.reason, (check.params ?? {}) as ErrorParams)
      : check.message;
}
