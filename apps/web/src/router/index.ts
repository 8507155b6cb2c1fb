import {
  createRouter,
  createWebHistory,
  type RouteRecordRaw,
  type RouterHistory,
} from 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (`document.title`). */
    titleKey?: string;
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: { name: 'referential' } },
  {
    path: '/referentiel',
    name: 'referential',
    component: () => import('../referential/ReferentialView.vue'),
    meta: { titleKey: 'referential.title' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('../not-found/NotFoundView.vue'),
    meta: { titleKey: 'notFound.title' },
  },
];

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({
    history,
    routes,
    scrollBehavior: (to, _from, saved) => saved ?? (to.hash ? { el: to.hash } : { top: 0 }),
  });
}
