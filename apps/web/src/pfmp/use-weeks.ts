import { useI18n } from 'vue-i18n';

type WeeksKey = 'pfmp.gauge' | 'candidate.weeks' | 'dashboard.weeks' | 'home.weeks';

/**
 * A PFMP duration in weeks, written in the interface language (« 1,6 semaine sur les 12
 * exigées »): the numbers through `n()`, the plural from the weeks done (French: under 2 is
 * singular).
 */
export function useWeeks() {
  const { t, n } = useI18n();
  return (key: WeeksKey, weeks: number, minimum: number): string =>
    t(key, { weeks: n(weeks, { maximumFractionDigits: 1 }), minimum: n(minimum) }, weeks);
}
