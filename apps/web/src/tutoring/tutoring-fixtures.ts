import { flushPromises, mount } from '@vue/test-utils';
import { vi } from 'vitest';
import { type Component } from 'vue';
import { createMemoryHistory } from 'vue-router';
import type { SessionUser, Trace } from '../api/types';
import { createAppRouter } from '../router';
import { useSessionStore } from '../stores/session';
import { candidateUser } from '../test/session-fixtures';
import { referentialFixture } from '../test/referential-fixture';
import { appPlugins, jsonResponse, stubFetch, stubMatchMedia } from '../test/support';

export const tutorUser: SessionUser = {
  id: '00000000-0000-4000-8000-000000000003',
  email: 'tom.tuteur@garage.fr',
  displayName: 'Tom Tuteur',
  roles: ['tutor'],
};

export const pfmpTrace: Trace = {
  id: '11111111-1111-4111-8111-111111111111',
  ownerId: candidateUser.id,
  title: 'Sauvegarde du serveur de fichiers',
  description: 'Mise en place des sauvegardes',
  context: 'pfmp',
  occurredOn: '2027-01-12',
  occurredUntil: null,
  pfmpPeriodId: '22222222-2222-4222-8222-222222222222',
  competences: ['C2.1'],
  detailedCompetences: [],
  reflection: 'J’ai appris à tester une restauration',
  referentialVersion: 'mc-sno-v1',
  files: [],
  attestations: [],
  createdAt: '2027-01-12T08:00:00.000Z',
  updatedAt: '2027-01-12T08:00:00.000Z',
  version: 2,
};

/** Mounts `component` at `path` as `user`; `extra` answers API calls first. */
export async function mountAt(
  component: Component,
  path: string,
  user: SessionUser,
  extra: (request: Request) => Response | null = () => null,
) {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  stubMatchMedia();
  const fetch = stubFetch((request) => {
    const answer = extra(request);
    if (answer) return answer;
    const url = new URL(request.url).pathname;
    if (url === '/api/referential') return jsonResponse(referentialFixture());
    if (url === '/api/auth/me') return jsonResponse(user);
    if (url === '/api/auth/csrf') return jsonResponse({ token: 'csrf' });
    return jsonResponse({ statusCode: 404, message: 'Introuvable' }, 404);
  });
  const { plugins } = appPlugins('fr');
  useSessionStore().user = user;
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(component, {
    props: { ...router.currentRoute.value.params },
    global: { plugins: [...plugins, router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { fetch, wrapper, router };
}
