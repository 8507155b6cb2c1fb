import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';

/** Sets `document.title` from the current route's `meta.titleKey`, in the current language. */
export function usePageTitle(): void {
  const route = useRoute();
  const { t } = useI18n({ useScope: 'global' });
  watchEffect(() => {
    const key = route.meta.titleKey;
    document.title = key ? t('app.pageTitle', { page: t(key) }) : t('app.name');
  });
}
