import vue from '@vitejs/plugin-vue';
import { defaultClientConditions, defineConfig } from 'vite';

/** Where `pnpm dev` sends `/api` (the NestJS API on its default port). */
const apiTarget = 'http://localhost:3000';

export default defineConfig({
  plugins: [vue()],
  resolve: {
    // Workspace libs are consumed from source (`source` export condition), see docs/decisions.md.
    conditions: ['source', ...defaultClientConditions],
  },
  define: {
    // vue-i18n feature flags (composition API only, no devtools in production).
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
