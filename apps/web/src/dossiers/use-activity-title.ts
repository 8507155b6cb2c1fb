import { useI18n } from 'vue-i18n';
import { useReferentialStore } from '../stores/referential';

/** « Activité 2.1 : <its title in the référentiel> », or the code alone until it is loaded. */
export function useActivityTitle(): (activity: string) => string {
  const { t } = useI18n();
  const referential = useReferentialStore();
  void referential.load();
  return (activity) => {
    const title = referential.referential?.blocks
      .flatMap((b) => b.pole.activities)
      .find((a) => a.code === activity)?.title;
    return title
      ? t('dossier.activityTitled', { activity, title })
      : t('dossier.activity', { activity });
  };
}
