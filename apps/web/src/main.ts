import { createPinia } from 'pinia';
import PrimeVue from 'primevue/config';
import { createApp } from 'vue';
import App from './App.vue';
import { acceptLanguage, api } from './api/client';
import { sessionExpiryMiddleware } from './api/session-expiry';
import { useSessionStore } from './stores/session';
import { createAppI18n } from './i18n';
import { createAppRouter } from './router';
import './styles/main.css';
import { primeVueOptions } from './ui/primevue';

const i18n = createAppI18n();
const pinia = createPinia();
const router = createAppRouter();

api.use(acceptLanguage(() => i18n.global.locale.value));
// A session that ends while the app is open (idle expiry, deactivation) sends the person to the
// login page, which says why and brings them back afterwards.
api.use(
  sessionExpiryMiddleware(() => {
    const session = useSessionStore(pinia);
    if (!session.authenticated) return;
    session.clear();
    void router.push({
      name: 'login',
      query: { redirect: router.currentRoute.value.fullPath, expired: '1' },
    });
  }),
);

createApp(App)
  .use(pinia)
  .use(i18n)
  .use(PrimeVue, primeVueOptions(i18n.global.locale.value))
  .use(router)
  .mount('#app');
