import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { SharedSubmission } from '../api/types';
import { submission } from '../exams/fixtures';
import { createAppRouter } from '../router';
import { referentialFixture } from '../test/referential-fixture';
import { sessionApi } from '../test/session-fixtures';
import { appPlugins, jsonResponse, stubFetch } from '../test/support';
import SharedSubmissionView from './SharedSubmissionView.vue';

const TOKEN = 'jeton-de-partage_42';
const item = submission.items[0]!;
const shared: SharedSubmission = {
  ...submission,
  candidateName: 'Camille Martin',
  items: [
    {
      ...item,
      occurredUntil: '2027-01-12',
      files: [
        ...item.files,
        {
          ...item.files[0]!,
          id: '66666666-6666-4666-8666-666666666666',
          name: 'compte-rendu.pdf',
          size: 2048,
          mediaType: 'application/pdf',
        },
      ],
    },
  ],
};
const EXPIRED = {
  statusCode: 404,
  message: 'Lien de partage invalide, expiré ou révoqué. / Invalid, expired or revoked link.',
  error: 'Not Found',
};

/** Opens `/partage` as someone without a session (`me` answers 401), as a jury member would. */
async function openShare(path: string, answer: () => Response = () => jsonResponse(shared)) {
  const fetch = stubFetch(
    sessionApi(null, (request) => {
      const { pathname } = new URL(request.url);
      if (pathname === '/api/referential') return jsonResponse(referentialFixture());
      if (pathname.startsWith('/api/shared/')) return answer();
      return null;
    }),
  );
  const { plugins } = appPlugins('fr');
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(SharedSubmissionView, {
    global: { plugins: [...plugins, router] },
    attachTo: document.body,
  });
  await flushPromises();
  const sharedCalls = fetch.mock.calls
    .map((c) => new URL(c[0].url).pathname)
    .filter((p) => p.startsWith('/api/shared/'));
  return { router, wrapper, sharedCalls };
}

describe('SharedSubmissionView', () => {
  enableAutoUnmount(afterEach);
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('opens without signing in and shows the whole submission, files by kind', async () => {
    const { router, wrapper, sharedCalls } = await openShare(`/partage?token=${TOKEN}`);
    expect(router.currentRoute.value.name).toBe('shared-submission');
    expect(sharedCalls).toEqual([`/api/shared/${TOKEN}`]);

    expect(wrapper.findAll('h1').map((h) => h.text())).toEqual(['Dossier E3 — Camille Martin']);
    const text = wrapper.text();
    expect(text).toContain('E3 — Accompagnement des utilisateurs aux usages du numérique');
    expect(text).toContain('Contrôle en cours de formation (CCF)');
    expect(text).toMatch(/Déposé le\s*10 mai 2027 à 10\sh/);
    expect(text).toContain('Une année d’accompagnement des utilisateurs.');
    expect(wrapper.get('h3').text()).toBe('1. Assistance ENT');
    expect(text).toContain('PFMP (en entreprise)');
    expect(text).toContain('du 10 janvier 2027 au 12 janvier 2027');
    expect(text).toMatch(/C3\.1 — \S/);
    expect(text).toContain('J’ai appris à reformuler.');

    const files = `/api/shared/${TOKEN}/files`;
    const img = wrapper.get('img');
    expect(img.attributes('src')).toBe(`${files}/${item.files[0]!.id}/content?inline=1`);
    expect(img.attributes('alt')).toBe('Image jointe : capture.png');
    const link = (name: string) => wrapper.findAll('a').find((a) => a.text() === name)!;
    expect(link('Télécharger notes.odt (100\u00a0o)').attributes('href')).toBe(
      `${files}/${item.files[1]!.id}/content`,
    );
    expect(link('Ouvrir compte-rendu.pdf (PDF, 2\u00a0Ko, nouvel onglet)').attributes('href')).toBe(
      `${files}/66666666-6666-4666-8666-666666666666/content?inline=1`,
    );
    expect(link('Résumé du dossier (PDF)').attributes('href')).toBe(
      `/api/shared/${TOKEN}/export.pdf`,
    );
    expect(link('Dossier complet avec ses fichiers (ZIP)').attributes('href')).toBe(
      `/api/shared/${TOKEN}/export.zip`,
    );
    expect(wrapper.find('[href^="/connexion"]').exists()).toBe(false);
  });

  it('asks search engines not to index the page while it is shown', async () => {
    const { wrapper } = await openShare(`/partage?token=${TOKEN}`);
    const robots = () => [...document.head.querySelectorAll('meta[name="robots"]')];
    expect(robots().map((m) => m.getAttribute('content'))).toEqual(['noindex, nofollow']);
    wrapper.unmount();
    expect(robots()).toEqual([]);
  });

  it('explains an expired or revoked link (404) instead of a generic error', async () => {
    const { wrapper } = await openShare(`/partage?token=${TOKEN}`, () =>
      jsonResponse(EXPIRED, 404),
    );
    expect(wrapper.get('h1').text()).toBe("Ce lien de partage n'est plus valide");
    expect(wrapper.text()).toContain('Il a peut-être expiré, ou la personne candidate l');
    expect(wrapper.text()).toContain(
      'Demandez un nouveau lien de partage à la personne candidate.',
    );
    expect(wrapper.find('article').exists()).toBe(false);
  });

  it('shows the same page without a token, asking the API nothing', async () => {
    const { wrapper, sharedCalls } = await openShare('/partage');
    expect(wrapper.get('h1').text()).toBe("Ce lien de partage n'est plus valide");
    expect(sharedCalls).toEqual([]);
  });

  it('offers a retry when the server fails, and then shows the dossier', async () => {
    let failing = true;
    const { wrapper } = await openShare(`/partage?token=${TOKEN}`, () =>
      failing
        ? jsonResponse({ statusCode: 503, message: 'Indisponible' }, 503)
        : jsonResponse(shared),
    );
    expect(wrapper.get('[role="alert"]').text()).toContain("Le dossier n'a pas pu être chargé.");
    failing = false;
    await wrapper.get('button').trigger('click');
    await flushPromises();
    expect(wrapper.get('h1').text()).toBe('Dossier E3 — Camille Martin');
  });
});
