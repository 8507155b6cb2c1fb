import {
  createRouter,
  createWebHistory,
  type RouteLocationNormalized,
  type RouteLocationRaw,
  type RouteRecordRaw,
  type RouterHistory,
} from 'vue-router';
import type { Role } from '../api/types';
import { useSessionStore } from '../stores/session';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (`document.title`). */
    titleKey?: string;
    /** Only for signed-in people: others are sent to the login page. */
    requiresAuth?: boolean;
    /** Only for people with one of these roles: others see the forbidden page. */
    roles?: Role[];
    /** Read by people without an account: no navigation nor sign-in link for anonymous visitors. */
    withoutAccount?: boolean;
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: () => import('../home/HomeView.vue'),
    meta: { titleKey: 'home.title' },
    // Anonymous visitors start with the public référentiel.
    beforeEnter: () => (useSessionStore().authenticated ? true : { name: 'referential' }),
  },
  {
    path: '/referentiel',
    name: 'referential',
    component: () => import('../referential/ReferentialView.vue'),
    meta: { titleKey: 'referential.title' },
  },
  {
    path: '/connexion',
    name: 'login',
    component: () => import('../auth/LoginView.vue'),
    meta: { titleKey: 'login.title' },
  },
  {
    path: '/mot-de-passe/oubli',
    name: 'password-forgot',
    component: () => import('../auth/PasswordForgotView.vue'),
    meta: { titleKey: 'passwordForgot.title' },
  },
  {
    path: '/mot-de-passe/nouveau',
    name: 'password-reset',
    component: () => import('../auth/PasswordResetView.vue'),
    meta: { titleKey: 'passwordReset.title' },
  },
  {
    path: '/invitation',
    name: 'invitation',
    component: () => import('../auth/InvitationView.vue'),
    meta: { titleKey: 'invitation.title' },
  },
  {
    // The address share links carry (share-links.service.ts): a jury reads without an account.
    path: '/partage',
    name: 'shared-submission',
    component: () => import('../shares/SharedSubmissionView.vue'),
    meta: { titleKey: 'shared.title', withoutAccount: true },
  },
  {
    path: '/compte/mot-de-passe',
    name: 'change-password',
    component: () => import('../account/ChangePasswordView.vue'),
    meta: { titleKey: 'account.title', requiresAuth: true },
  },
  {
    path: '/notifications',
    name: 'notifications',
    component: () => import('../notifications/NotificationsView.vue'),
    meta: { titleKey: 'notifications.title', requiresAuth: true },
  },
  {
    path: '/traces',
    name: 'traces',
    component: () => import('../traces/TracesView.vue'),
    meta: { titleKey: 'traces.title', requiresAuth: true, roles: ['candidate'] },
  },
  {
    path: '/traces/nouvelle',
    name: 'trace-new',
    component: () => import('../traces/TraceEditorView.vue'),
    meta: { titleKey: 'editor.newTitle', requiresAuth: true, roles: ['candidate'] },
  },
  {
    path: '/traces/:id',
    name: 'trace',
    component: () => import('../traces/TraceEditorView.vue'),
    props: true,
    meta: { titleKey: 'editor.editTitle', requiresAuth: true, roles: ['candidate'] },
  },
  {
    path: '/couverture',
    name: 'coverage',
    component: () => import('../coverage-matrix/CoverageView.vue'),
    meta: { titleKey: 'coverage.title', requiresAuth: true, roles: ['candidate'] },
  },
  {
    path: '/dossiers/:exam(E1|E2|E3)',
    name: 'dossier',
    component: () => import('../dossiers/DossierView.vue'),
    props: true,
    meta: { titleKey: 'dossier.title', requiresAuth: true, roles: ['candidate'] },
  },
  {
    path: '/dossiers',
    name: 'dossiers',
    redirect: { name: 'dossier', params: { exam: 'E1' } },
  },
  {
    path: '/pfmp',
    name: 'pfmp',
    component: () => import('../pfmp/PfmpView.vue'),
    meta: { titleKey: 'pfmp.title', requiresAuth: true, roles: ['candidate'] },
  },
  {
    path: '/suivi/:cohortId?',
    name: 'cohort-dashboard',
    component: () => import('../dashboard/CohortDashboardView.vue'),
    props: true,
    meta: { titleKey: 'dashboard.title', requiresAuth: true, roles: ['admin', 'teacher'] },
  },
  {
    path: '/stagiaires',
    name: 'interns',
    component: () => import('../tutoring/InternsView.vue'),
    meta: { titleKey: 'tutoring.internsTitle', requiresAuth: true, roles: ['tutor'] },
  },
  {
    path: '/candidats/:candidateId',
    name: 'candidate',
    component: () => import('../candidates/CandidateView.vue'),
    props: true,
    meta: { titleKey: 'candidate.title', requiresAuth: true, roles: ['tutor', 'teacher', 'admin'] },
  },
  {
    path: '/candidats/:candidateId/dossiers/:exam(E[123])',
    name: 'candidate-dossier',
    component: () => import('../candidates/CandidateDossierView.vue'),
    props: true,
    meta: { titleKey: 'candidate.dossierTitle', requiresAuth: true, roles: ['teacher', 'admin'] },
  },
  {
    // Where notifications about a submission lead, for its candidate and the staff who follow them.
    path: '/depots/:submissionId',
    name: 'submission',
    component: () => import('../submissions/SubmissionPageView.vue'),
    props: true,
    meta: { titleKey: 'submissionPage.title', requiresAuth: true },
  },
  {
    path: '/candidats/:candidateId/traces',
    name: 'candidate-traces',
    component: () => import('../tutoring/CandidateTracesView.vue'),
    props: true,
    meta: {
      titleKey: 'tutoring.candidateTracesTitle',
      requiresAuth: true,
      roles: ['tutor', 'teacher', 'admin'],
    },
  },
  {
    path: '/candidats/:candidateId/traces/:traceId',
    name: 'candidate-trace',
    component: () => import('../tutoring/CandidateTraceView.vue'),
    props: true,
    meta: {
      titleKey: 'tutoring.candidateTraceTitle',
      requiresAuth: true,
      roles: ['tutor', 'teacher', 'admin'],
    },
  },
  {
    path: '/pfmp/:periodId/bilan',
    name: 'pfmp-bilan',
    component: () => import('../tutoring/BilanView.vue'),
    props: true,
    meta: {
      titleKey: 'tutoring.bilanTitle',
      requiresAuth: true,
      roles: ['tutor', 'teacher', 'admin'],
    },
  },
  {
    path: '/admin/utilisateurs',
    name: 'admin-users',
    component: () => import('../admin/UsersView.vue'),
    meta: { titleKey: 'users.title', requiresAuth: true, roles: ['admin', 'teacher'] },
  },
  {
    path: '/admin/cohortes',
    name: 'admin-cohorts',
    component: () => import('../admin/CohortsView.vue'),
    meta: { titleKey: 'cohorts.title', requiresAuth: true, roles: ['admin'] },
  },
  {
    path: '/admin/audit',
    name: 'admin-audit',
    component: () => import('../admin/AuditView.vue'),
    meta: { titleKey: 'audit.title', requiresAuth: true, roles: ['admin'] },
  },
  {
    path: '/sessions',
    name: 'exam-sessions',
    component: () => import('../exams/ExamSessionsView.vue'),
    meta: { titleKey: 'exams.title', requiresAuth: true, roles: ['admin', 'teacher', 'examiner'] },
  },
  {
    path: '/sessions/:id',
    name: 'exam-session',
    component: () => import('../exams/ExamSessionView.vue'),
    props: true,
    meta: {
      titleKey: 'exams.sessionTitle',
      requiresAuth: true,
      roles: ['admin', 'teacher', 'examiner'],
    },
  },
  {
    path: '/sessions/:id/candidats/:candidateId',
    name: 'exam-review',
    component: () => import('../exams/ReviewView.vue'),
    props: true,
    meta: {
      titleKey: 'exams.review.title',
      requiresAuth: true,
      roles: ['admin', 'teacher', 'examiner'],
    },
  },
  {
    path: '/acces-refuse',
    name: 'forbidden',
    component: () => import('../forbidden/ForbiddenView.vue'),
    meta: { titleKey: 'forbidden.title' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('../not-found/NotFoundView.vue'),
    meta: { titleKey: 'notFound.title' },
  },
];

/**
 * Who may open `to`: anonymous people go to the login page (and come back after), signed-in
 * people without one of the route's roles see the forbidden page.
 */
export async function accessGuard(to: RouteLocationNormalized): Promise<true | RouteLocationRaw> {
  const session = useSessionStore();
  await session.init();
  const roles = to.meta.roles;
  if (!to.meta.requiresAuth && !roles) return true;
  if (!session.authenticated) return { name: 'login', query: { redirect: to.fullPath } };
  if (roles && !session.hasRole(...roles)) return { name: 'forbidden' };
  return true;
}

/** A redirect target from the query, kept only when it is a path of this app. */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')
    ? value
    : '/';
}

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (to, _from, saved) => saved ?? (to.hash ? { el: to.hash } : { top: 0 }),
  });
  router.beforeEach(accessGuard);
  return router;
}
