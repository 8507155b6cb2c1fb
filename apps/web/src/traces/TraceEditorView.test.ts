import { type DOMWrapper, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { PfmpPeriod, PfmpRecord, Trace } from '../api/types';
import { createAppRouter } from '../router';
import { useSessionStore } from '../stores/session';
import { FakeXhr } from '../test/fake-xhr';
import { referentialFixture } from '../test/referential-fixture';
import { candidateUser } from '../test/session-fixtures';
import { appPlugins, jsonResponse, stubFetch } from '../test/support';
import TraceEditorView from './TraceEditorView.vue';

const saved: Trace = {
  id: 'trace-1',
  ownerId: candidateUser.id,
  title: 'Assistance messagerie',
  description: '',
  context: 'pfmp',
  occurredOn: '2026-11-20',
  occurredUntil: null,
  pfmpPeriodId: 'period-1',
  competences: ['C1.1'],
  detailedCompetences: ['C1.1.2'],
  reflection: 'J’ai appris beaucoup',
  referentialVersion: 'mc-sno-v1',
  files: [],
  attestations: [],
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
  version: 1,
};

const period = (id: string, organisationName: string, startsOn: string, endsOn: string) =>
  ({
    id,
    candidateId: candidateUser.id,
    organisationName,
    organisationAddress: '',
    siret: null,
    tutorId: null,
    startsOn,
    endsOn,
    absenceDays: 0,
    days: 20,
    proof: null,
    bilanComplete: false,
    version: 1,
  }) satisfies PfmpPeriod;

const record: PfmpRecord = {
  candidateId: candidateUser.id,
  periods: [
    period('period-1', 'Garage Martin', '2026-11-02', '2026-11-27'),
    period('period-2', 'Mairie', '2027-01-04', '2027-01-29'),
  ],
  totalDays: 40,
  totalWeeks: 8,
  minimumWeeks: 12,
  proofKind: 'attestation',
  tutors: [],
};

async function mountEditor(path: string, extra: (request: Request) => Response | null) {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  const fetch = stubFetch((request) => {
    const answer = extra(request);
    if (answer) return answer;
    const url = new URL(request.url).pathname;
    if (url === '/api/referential') return jsonResponse(referentialFixture());
    if (url === '/api/auth/me') return jsonResponse(candidateUser);
    if (url === '/api/auth/csrf') return jsonResponse({ token: 'csrf' });
    return jsonResponse({ statusCode: 404, message: 'Introuvable' }, 404);
  });
  const { plugins } = appPlugins('fr');
  useSessionStore().user = candidateUser;
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const id = router.currentRoute.value.params.id as string | undefined;
  const wrapper = mount(TraceEditorView, {
    props: id ? { id } : {},
    global: { plugins: [...plugins, router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { fetch, wrapper, router };
}

/** Fills what a new trace needs (title, context, date, one competence). */
async function fillNewTrace(wrapper: Awaited<ReturnType<typeof mountEditor>>['wrapper']) {
  await wrapper.get('#trace-title').setValue('Assistance messagerie');
  await wrapper.get('#trace-context').setValue('centre');
  await wrapper.get('#trace-on').setValue('2026-11-20');
  await wrapper.get('#competence-C1-1').setValue(true);
}

/** Chooses files in a file input as the browser would (jsdom cannot set `files`). */
async function choose(input: Omit<DOMWrapper<Element>, 'exists'>, files: File[]) {
  Object.defineProperty(input.element, 'files', { value: files, configurable: true });
  await input.trigger('change');
}

const stored = (id: string, name: string) => ({
  id,
  name,
  size: 4,
  mediaType: 'image/png',
  sha256: 'abc',
  createdAt: '2026-11-20T08:00:00.000Z',
});

const creating = (request: Request) =>
  request.method === 'POST' && new URL(request.url).pathname === '/api/traces'
    ? jsonResponse({ ...saved, context: 'centre', pfmpPeriodId: null }, 201)
    : null;

describe('TraceEditorView', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('creates a trace with the ticked competences (POST) and counts the words', async () => {
    const { fetch, wrapper, router } = await mountEditor('/traces/nouvelle', (request) =>
      request.method === 'POST' && new URL(request.url).pathname === '/api/traces'
        ? jsonResponse(saved, 201)
        : null,
    );
    expect(wrapper.get('h1').text()).toBe('Nouvelle trace');
    // Files can be chosen right away, within the form.
    expect(wrapper.find('form #new-file-input[type="file"][multiple]').exists()).toBe(true);

    const summaries = wrapper.findAll('details summary').map((l) => l.text());
    expect(summaries.map((l) => l.slice(0, 2))).toEqual(['B1', 'B2', 'B3']);
    await wrapper.get('#trace-title').setValue('Assistance messagerie');
    await wrapper.get('#trace-context').setValue('pfmp');
    await wrapper.get('#trace-on').setValue('2026-11-20');
    await wrapper.get('#competence-C1-1-2').setValue(true);
    expect((wrapper.get('#competence-C1-1').element as HTMLInputElement).checked).toBe(true);
    await wrapper.get('#trace-reflection').setValue('J’ai appris beaucoup');
    const count = wrapper.get('#reflection-count');
    expect(count.attributes('aria-live')).toBe('polite');
    expect(count.text()).toBe('3 mots');

    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const request = fetch.mock.calls.map((c) => c[0]).find((r) => r.method === 'POST')!;
    expect(new URL(request.url).pathname).toBe('/api/traces');
    expect(await request.json()).toMatchObject({
      title: 'Assistance messagerie',
      context: 'pfmp',
      occurredOn: '2026-11-20',
      competences: ['C1.1'],
      detailedCompetences: ['C1.1.2'],
      reflection: 'J’ai appris beaucoup',
    });
    expect(router.currentRoute.value.fullPath).toBe('/traces/trace-1');
    expect(wrapper.get('#trace-status').text()).toContain(
      'La trace « Assistance messagerie » a été créée.',
    );
    expect(document.activeElement?.id).toBe('trace-status');
    expect(wrapper.find('#file-input[type="file"][multiple]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('lets the candidate tie a PFMP trace to one of their periods (labelled select), and only a PFMP one', async () => {
    const { fetch, wrapper } = await mountEditor('/traces/nouvelle', (request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/pfmp') return jsonResponse(record);
      if (request.method === 'POST' && path === '/api/traces') return jsonResponse(saved, 201);
      return null;
    });
    expect(wrapper.find('#trace-period').exists()).toBe(false);
    await wrapper.get('#trace-title').setValue('Sauvegardes');
    await wrapper.get('#trace-context').setValue('pfmp');
    await flushPromises();
    expect(wrapper.get('label[for="trace-period"]').text()).toBe('Période PFMP');
    const select = wrapper.get('#trace-period');
    expect(select.attributes('aria-describedby')).toBe('trace-period-hint');
    expect(wrapper.get('#trace-period-hint').text()).toContain('aucun autre tuteur ne la verra');
    expect(select.findAll('option').map((o) => o.text())).toEqual([
      'Aucune période choisie',
      'Garage Martin (du 2 novembre 2026 au 27 novembre 2026)',
      'Mairie (du 4 janvier 2027 au 29 janvier 2027)',
    ]);
    await select.setValue('period-2');
    await wrapper.get('#trace-on').setValue('2027-01-12');
    await wrapper.get('#competence-C1-1').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const post = fetch.mock.calls.map((c) => c[0]).find((r) => r.method === 'POST')!;
    expect(await post.json()).toMatchObject({ context: 'pfmp', pfmpPeriodId: 'period-2' });
    wrapper.unmount();
  });

  it('sends no period for a trace of another context, even after one was chosen', async () => {
    const { fetch, wrapper } = await mountEditor('/traces/trace-1', (request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/pfmp') return jsonResponse(record);
      if (path === '/api/traces/trace-1') return jsonResponse(saved);
      return null;
    });
    expect((wrapper.get('#trace-period').element as HTMLSelectElement).value).toBe('period-1');
    await wrapper.get('#trace-context').setValue('centre');
    expect(wrapper.find('#trace-period').exists()).toBe(false);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const patch = fetch.mock.calls.map((c) => c[0]).find((r) => r.method === 'PATCH')!;
    expect(await patch.json()).toMatchObject({ context: 'centre', pfmpPeriodId: null });
    wrapper.unmount();
  });

  it('refuses to save without a competence', async () => {
    const { fetch, wrapper } = await mountEditor('/traces/nouvelle', () => null);
    await wrapper.get('#trace-title').setValue('Sans compétence');
    await wrapper.get('#trace-context').setValue('centre');
    await wrapper.get('#trace-on').setValue('2026-11-20');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(fetch.mock.calls.some((c) => c[0].method === 'POST')).toBe(false);
    expect(wrapper.get('.error-summary').text()).toContain('Cochez au moins une compétence.');
    wrapper.unmount();
  });

  it('shows the 409 message with a reload action, which reads the trace again', async () => {
    let version = 1;
    const { fetch, wrapper } = await mountEditor('/traces/trace-1', (request) => {
      const path = new URL(request.url).pathname;
      if (path !== '/api/traces/trace-1') return null;
      if (request.method === 'GET') return jsonResponse({ ...saved, version });
      if (request.method === 'PATCH')
        return jsonResponse(
          { statusCode: 409, message: 'Cette trace a été modifiée entre-temps', error: 'Conflict' },
          409,
        );
      return null;
    });
    expect(wrapper.get('h1').text()).toBe('Modifier la trace');
    expect((wrapper.get('#trace-title').element as HTMLInputElement).value).toBe(
      'Assistance messagerie',
    );
    await wrapper.get('#trace-title').setValue('Nouveau titre');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const patch = fetch.mock.calls.map((c) => c[0]).find((r) => r.method === 'PATCH')!;
    expect(await patch.json()).toMatchObject({ version: 1, title: 'Nouveau titre' });
    const alert = wrapper.get('.conflict');
    expect(alert.attributes('role')).toBe('alert');
    expect(alert.text()).toContain('Cette trace a été modifiée ailleurs');

    version = 2;
    await alert.get('button').trigger('click');
    await flushPromises();
    expect(wrapper.find('.conflict').exists()).toBe(false);
    expect((wrapper.get('#trace-title').element as HTMLInputElement).value).toBe(
      'Assistance messagerie',
    );
    expect(wrapper.text()).toContain('La dernière version de la trace a été rechargée.');
    wrapper.unmount();
  });

  it("shows the tutor's attestations of a PFMP trace, and when one is for an older version", async () => {
    const { wrapper } = await mountEditor('/traces/trace-1', (request) =>
      new URL(request.url).pathname === '/api/traces/trace-1'
        ? jsonResponse({
            ...saved,
            version: 2,
            attestations: [
              {
                tutorId: 'tutor-1',
                tutorName: 'Tom Tuteur',
                attestedAt: '2026-11-21T10:00:00.000Z',
                comment: '',
                traceVersion: 1,
                current: false,
              },
            ],
          })
        : null,
    );
    const section = wrapper.get('section[aria-labelledby="trace-attestations"]');
    expect(section.text()).toContain('Attestée par Tom Tuteur le 21 novembre 2026');
    expect(section.text()).toContain('attestation de la version 1, la trace a été modifiée depuis');
    wrapper.unmount();
  });

  it('sends the files chosen before the first save once the trace is created, and names them', async () => {
    FakeXhr.all = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const { fetch, wrapper, router } = await mountEditor('/traces/nouvelle', creating);
    await fillNewTrace(wrapper);
    await choose(wrapper.get('#new-file-input'), [
      new File(['png!'], 'capture.png', { type: 'image/png' }),
      new File(['pdf!'], 'notes.pdf'),
    ]);
    expect(wrapper.get('ul[aria-label="Fichiers choisis"]').text()).toContain('capture.png');
    expect(FakeXhr.all).toHaveLength(0);

    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(fetch.mock.calls.filter((c) => c[0].method === 'POST')).toHaveLength(1);
    expect(router.currentRoute.value.fullPath).toBe('/traces/trace-1');
    // One at a time: the second waits for the first.
    expect(FakeXhr.all.map((x) => x.url)).toEqual(['/api/traces/trace-1/files']);
    expect((FakeXhr.all[0]!.body!.get('file') as File).name).toBe('capture.png');
    expect(wrapper.get('#trace-status').text()).toContain('Envoi de ses 2 fichiers');
    expect(wrapper.find('[aria-label="Envoi du fichier capture.png"]').exists()).toBe(true);
    FakeXhr.all[0]!.respond(201, stored('f1', 'capture.png'));
    await flushPromises();
    expect((FakeXhr.all[1]!.body!.get('file') as File).name).toBe('notes.pdf');
    // Focus fell to the page meanwhile (a click on the text): the final report takes it back.
    (document.activeElement as HTMLElement).blur();
    FakeXhr.all[1]!.respond(201, stored('f2', 'notes.pdf'));
    await flushPromises();

    expect(wrapper.get('#trace-status').text()).toBe(
      'La trace « Assistance messagerie » a été créée avec capture.png et notes.pdf.',
    );
    expect(document.activeElement?.id).toBe('trace-status');
    expect(wrapper.find('a[aria-label="Télécharger notes.pdf"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('keeps the trace when a file is refused, says which and why, and offers a retry', async () => {
    FakeXhr.all = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const { wrapper, router } = await mountEditor('/traces/nouvelle', creating);
    await fillNewTrace(wrapper);
    await choose(wrapper.get('#new-file-input'), [
      new File(['png!'], 'capture.png', { type: 'image/png' }),
      new File(['MZ'], 'virus.exe'),
    ]);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    FakeXhr.all[0]!.respond(201, stored('f1', 'capture.png'));
    await flushPromises();
    // Someone already back in the title keeps their place: the report is announced, not focused.
    (wrapper.get('#trace-title').element as HTMLElement).focus();
    FakeXhr.all[1]!.respond(415, { statusCode: 415, message: 'Type de fichier refusé : exe.' });
    await flushPromises();
    expect(document.activeElement?.id).toBe('trace-title');

    expect(router.currentRoute.value.fullPath).toBe('/traces/trace-1');
    expect(wrapper.get('h1').text()).toBe('Modifier la trace');
    const status = wrapper.get('#trace-status');
    expect(status.text()).toContain(
      'La trace « Assistance messagerie » a été créée avec capture.png.',
    );
    expect(status.text()).toContain("virus.exe n'a pas été envoyé : Type de fichier refusé : exe.");
    const retry = wrapper
      .findAll('button')
      .find((b) => b.text() === "Réessayer l'envoi du fichier virus.exe")!;
    await retry.trigger('click');
    expect(FakeXhr.all).toHaveLength(3);
    expect(FakeXhr.all[2]!.url).toBe('/api/traces/trace-1/files');
    wrapper.unmount();
  });

  it('lets a chosen file be taken back before saving, focus staying in the file field', async () => {
    const { wrapper } = await mountEditor('/traces/nouvelle', () => null);
    await choose(wrapper.get('#new-file-input'), [
      new File(['a'], 'a.png'),
      new File(['b'], 'b.png'),
    ]);
    await wrapper.get('#pending-0').trigger('click');
    await flushPromises();
    expect(wrapper.get('ul[aria-label="Fichiers choisis"]').text()).not.toContain('a.png');
    expect(document.activeElement?.textContent).toContain('Retirer b.png');
    await wrapper.get('#pending-0').trigger('click');
    await flushPromises();
    expect(wrapper.find('ul[aria-label="Fichiers choisis"]').exists()).toBe(false);
    expect(document.activeElement?.id).toBe('new-file-input');
    wrapper.unmount();
  });

  it('moves focus to the status after a save, and to the reload action on a conflict', async () => {
    let answer = 200;
    const { wrapper } = await mountEditor('/traces/trace-1', (request) => {
      if (new URL(request.url).pathname !== '/api/traces/trace-1') return null;
      if (request.method === 'PATCH' && answer === 409)
        return jsonResponse({ statusCode: 409, message: 'Conflit' }, 409);
      return jsonResponse({ ...saved, version: request.method === 'PATCH' ? 2 : 1 });
    });
    (wrapper.get('button[type="submit"]').element as HTMLElement).focus();
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(document.activeElement?.id).toBe('trace-status');
    expect(document.activeElement?.textContent).toContain('La trace a été enregistrée.');

    answer = 409;
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(document.activeElement?.id).toBe('reload-trace');
    await wrapper.get('#reload-trace').trigger('click');
    await flushPromises();
    expect(document.activeElement?.textContent).toContain(
      'La dernière version de la trace a été rechargée.',
    );
    wrapper.unmount();
  });
});
