import { flushPromises, mount } from '@vue/test-utils';
import { vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, RouterView } from 'vue-router';
import type { Dossier, Trace } from '../api/types';
import { createAppRouter } from '../router';
import { useSessionStore } from '../stores/session';
import { referentialFixture } from '../test/referential-fixture';
import { candidateUser } from '../test/session-fixtures';
import { appPlugins, jsonResponse, stubFetch } from '../test/support';

/** What the dossier tests share: a candidate's traces, a dossier, the page on a stub API. */
export const trace = (id: string, title: string, competences: string[]): Trace => ({
  id,
  ownerId: candidateUser.id,
  title,
  description: '',
  context: 'centre',
  occurredOn: '2026-11-20',
  occurredUntil: null,
  pfmpPeriodId: null,
  competences,
  detailedCompetences: [],
  reflection: '',
  referentialVersion: 'mc-sno-v1',
  files: [],
  attestations: [],
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
  version: 1,
});

export const traces = [
  trace('11111111-1111-4111-8111-111111111111', 'Assistance messagerie', ['C3.1']),
  trace('22222222-2222-4222-8222-222222222222', 'Atelier RGPD', ['C3.2']),
];

export function dossier(overrides: Partial<Dossier> = {}): Dossier {
  return {
    exam: 'E3',
    mode: 'ccf',
    candidateId: candidateUser.id,
    version: 3,
    items: [
      {
        traceId: traces[0]!.id,
        comment: 'premier',
        position: 0,
        title: traces[0]!.title,
        competences: ['C3.1'],
      },
      {
        traceId: traces[1]!.id,
        comment: '',
        position: 1,
        title: traces[1]!.title,
        competences: ['C3.2'],
      },
    ],
    presentation: '',
    project: null,
    highlights: [],
    readiness: {
      ready: false,
      checks: [
        {
          code: 'E3_USER_SUPPORT',
          ok: true,
          message: "1 trace(s) d'accompagnement des utilisateurs sur un service applicatif.",
          traceIds: [traces[0]!.id],
        },
        {
          code: 'E3_SECURITY_AWARENESS',
          ok: false,
          message: 'Ajoutez une trace de sensibilisation à la sécurité (C3.2).',
          traceIds: [],
        },
        {
          code: 'PRESENTATION',
          ok: false,
          message: "Rédigez l'analyse réflexive de l'ensemble du dossier.",
          traceIds: [],
        },
      ],
    },
    submissions: [],
    ...overrides,
  };
}

export async function mountDossier(
  extra: (request: Request) => Response | Promise<Response> | null = () => null,
  shown: Dossier = dossier(),
) {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  const fetch = stubFetch((request) => {
    const answer = extra(request);
    if (answer) return answer;
    const url = new URL(request.url);
    if (url.pathname === `/api/dossiers/${shown.exam}` && request.method === 'GET')
      return jsonResponse(shown);
    if (url.pathname === '/api/traces')
      return jsonResponse({ items: traces, total: traces.length, page: 1, pageSize: 100 });
    if (url.pathname === '/api/referential') return jsonResponse(referentialFixture());
    if (url.pathname === '/api/auth/me') return jsonResponse(candidateUser);
    if (url.pathname === '/api/auth/csrf') return jsonResponse({ token: 'csrf' });
    return jsonResponse({ statusCode: 404, message: 'Introuvable' }, 404);
  });
  const { plugins } = appPlugins('fr');
  useSessionStore().user = candidateUser;
  const router = createAppRouter(createMemoryHistory());
  await router.push(`/dossiers/${shown.exam}`);
  await router.isReady();
  // Through the router view, as in the app: the page's leave guards need a matched route.
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), {
    global: { plugins: [...plugins, router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { fetch, wrapper, router };
}

export const requests = (
  fetch: Awaited<ReturnType<typeof mountDossier>>['fetch'],
  method: string,
) => fetch.mock.calls.map((c) => c[0]).filter((r) => r.method === method);
