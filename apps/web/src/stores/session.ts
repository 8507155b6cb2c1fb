import { defineStore, getActivePinia } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { api } from '../api/client';
import { CSRF_HEADER, csrfMiddleware } from '../api/csrf';
import { type ApiFailure, apiFailure, networkFailure } from '../api/errors';
import type { Role, SessionUser } from '../api/types';

export type SessionStatus = 'idle' | 'loading' | 'ready';

export type Outcome = { ok: true } | { ok: false; failure: ApiFailure };

/**
 * Who is signed in (from `GET /api/auth/me`, or the login / invitation response) and the CSRF
 * token of the session, which the API client sends back on every state-changing request.
 */
export const useSessionStore = defineStore('session', () => {
  const user = shallowRef<SessionUser | null>(null);
  const csrfToken = ref<string | null>(null);
  const status = ref<SessionStatus>('idle');
  let pending: Promise<void> | null = null;

  const authenticated = computed(() => user.value !== null);

  function hasRole(...roles: Role[]): boolean {
    return roles.some((role) => user.value?.roles.includes(role) ?? false);
  }

  /** Learns who is signed in, once (later and concurrent calls share the first answer). */
  function init(): Promise<void> {
    if (status.value === 'ready') return Promise.resolve();
    pending ??= fetchSession().finally(() => {
      pending = null;
    });
    return pending;
  }

  async function fetchSession(): Promise<void> {
    status.value = 'loading';
    try {
      const { data } = await api.GET('/api/auth/me');
      user.value = data ?? null;
      if (data) await refreshCsrfToken();
    } catch {
      user.value = null;
    }
    status.value = 'ready';
  }

  /** Reads the session's CSRF token (after a reload, the login response is gone). */
  async function refreshCsrfToken(): Promise<void> {
    const { data } = await api.GET('/api/auth/csrf');
    csrfToken.value = data?.token ?? null;
  }

  /** Records a session the API has just opened (login, invitation accepted). */
  function signedIn(sessionUser: SessionUser, response: Response): void {
    user.value = {
      id: sessionUser.id,
      email: sessionUser.email,
      displayName: sessionUser.displayName,
      roles: sessionUser.roles,
    };
    csrfToken.value = response.headers.get(CSRF_HEADER);
    status.value = 'ready';
  }

  async function login(email: string, password: string): Promise<Outcome> {
    try {
      const { data, error, response } = await api.POST('/api/auth/login', {
        body: { email, password },
      });
      if (!data) return { ok: false, failure: apiFailure(response, error) };
      signedIn(data, response);
      if (!csrfToken.value) await refreshCsrfToken();
      return { ok: true };
    } catch {
      return { ok: false, failure: networkFailure };
    }
  }

  /** Ends the session here whatever the server says (it may already have expired). */
  async function logout(): Promise<void> {
    try {
      await api.POST('/api/auth/logout');
    } catch {
      // The server does not answer: forget the session here anyway.
    }
    clear();
  }

  function clear(): void {
    user.value = null;
    csrfToken.value = null;
    status.value = 'ready';
  }

  return {
    user,
    csrfToken,
    status,
    authenticated,
    hasRole,
    init,
    login,
    logout,
    signedIn,
    clear,
  };
});

// The one place where the API client learns the CSRF token: from the session of the running app.
api.use(csrfMiddleware(() => (getActivePinia() ? useSessionStore().csrfToken : null)));
