import { createPinia } from 'pinia';
import PrimeVue from 'primevue/config';
import { createApp } from 'vue';
import App from './App.vue';
import { createAppI18n } from './i18n';
import { createAppRouter } from './router';
import './styles/main.css';
import { primeVueOptions } from './ui/primevue';

const i18n = createAppI18n();

createApp(App)
  .use(createPinia())
  .use(i18n)
  .use(PrimeVue, primeVueOptions(i18n.global.locale.value))
  .use(createAppRouter())
  .mount('#app');
