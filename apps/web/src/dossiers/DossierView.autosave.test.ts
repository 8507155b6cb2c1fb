import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dossier } from '../api/types';
import { jsonResponse } from '../test/support';
import { dossier, mountDossier, requests, traces } from './dossier-test-support';
import { AUTOSAVE_DELAY_MS } from './use-dossier';

/** A dossier holding only the first trace: the second one is there to be added. */
const oneItem = (overrides: Partial<Dossier> = {}) =>
  dossier({ items: [dossier().items[0]!], ...overrides });

/** The API's answer to a save: the next version, with what was sent. */
async function saved(request: Request, version: number): Promise<Response> {
  const body = (await request.clone().json()) as { items: { traceId: string }[] };
  const items = body.items.map((i, position) => {
    const trace = traces.find((tr) => tr.id === i.traceId)!;
    return { ...i, comment: '', position, title: trace.title, competences: trace.competences };
  });
  return jsonResponse(dossier({ version, items }));
}

async function addSecondTrace(wrapper: Awaited<ReturnType<typeof mountDossier>>['wrapper']) {
  await wrapper.get(`.dossier-add input[value="${traces[1]!.id}"]`).setValue(true);
  await wrapper.get('.dossier-add__button').trigger('click');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('DossierView saves as the candidate goes', () => {
  it('saves an added trace on its own after a short pause, with the version, then the next one', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let version = 3;
    const { fetch, wrapper } = await mountDossier(
      (request) => (request.method === 'PUT' ? saved(request, ++version) : null),
      oneItem(),
    );
    await addSecondTrace(wrapper);
    expect(wrapper.text()).toContain("Modifications en attente d'enregistrement");
    expect(requests(fetch, 'PUT')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await flushPromises();
    const [first] = requests(fetch, 'PUT');
    expect(await first!.json()).toMatchObject({
      version: 3,
      items: [{ traceId: traces[0]!.id }, { traceId: traces[1]!.id }],
    });
    expect(wrapper.get('.dossier-autosave__state').text()).toMatch(
      /^Modifications enregistrées automatiquement le /,
    );

    await wrapper.get('#dossier-presentation-text').setValue('Mon analyse');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await flushPromises();
    const second = requests(fetch, 'PUT')[1]!;
    expect(await second.json()).toMatchObject({ version: 4, presentation: 'Mon analyse' });
    wrapper.unmount();
  });

  it('leaving the page right after adding a trace saves it before going (to « Mes traces »)', async () => {
    const { fetch, wrapper, router } = await mountDossier(
      (request) => (request.method === 'PUT' ? saved(request, 4) : null),
      oneItem(),
    );
    await addSecondTrace(wrapper);
    await router.push({ name: 'traces' });
    await flushPromises();
    expect(router.currentRoute.value.name).toBe('traces');
    const put = requests(fetch, 'PUT')[0]!;
    expect((await put.json()).items).toHaveLength(2);
    wrapper.unmount();
  });

  it('when the save fails, asks before leaving and stays with what was added if declined', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { wrapper, router } = await mountDossier(
      (request) =>
        request.method === 'PUT' ? jsonResponse({ statusCode: 500, message: 'Panne' }, 500) : null,
      oneItem(),
    );
    await addSecondTrace(wrapper);
    await router.push({ name: 'traces' });
    await flushPromises();
    expect(confirm).toHaveBeenCalledWith(
      "Vos dernières modifications n'ont pas pu être enregistrées. Quitter quand même cette page et les perdre ?",
    );
    expect(router.currentRoute.value.name).toBe('dossier');
    expect(wrapper.find(`#dossier-item-${traces[1]!.id}`).exists()).toBe(true);
    expect(wrapper.get('.dossier-autosave__state').text()).toContain(
      "Vos dernières modifications n'ont pas pu être enregistrées : Panne",
    );
    wrapper.unmount();
  });

  it('asks the browser to warn before closing the tab while something is unsaved', async () => {
    const { wrapper } = await mountDossier(() => null, oneItem());
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);
    await addSecondTrace(wrapper);
    const dirty = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).toBe(true);
    wrapper.unmount();
  });

  it('on a stale version (409) says so, and reloading keeps what was typed on top of the other tab', async () => {
    let latest = dossier();
    const { fetch, wrapper } = await mountDossier((request) => {
      if (new URL(request.url).pathname !== '/api/dossiers/E3') return null;
      if (request.method === 'PUT' && requests(fetch, 'PUT').length === 1)
        return jsonResponse({ statusCode: 409, message: 'Modifié', error: 'Conflict' }, 409);
      if (request.method === 'PUT') return jsonResponse(dossier({ version: 5 }));
      return jsonResponse(latest);
    });
    await wrapper.get('#dossier-presentation-text').setValue('Tapé ici');
    // Meanwhile another tab saved a comment on the first trace.
    latest = dossier({
      version: 4,
      items: dossier().items.map((i, n) => (n === 0 ? { ...i, comment: 'autre onglet' } : i)),
    });
    await wrapper.get('form.dossier-form').trigger('submit');
    await flushPromises();
    const alert = wrapper.get('.conflict');
    expect(alert.attributes('role')).toBe('alert');
    expect(alert.text()).toContain('ce que vous avez saisi ici est gardé');
    const reload = alert.get('button');
    expect(reload.text()).toBe('Recharger sans perdre ma saisie');
    await reload.trigger('click');
    await flushPromises();
    expect(wrapper.find('.conflict').exists()).toBe(false);
    expect((wrapper.get('#dossier-presentation-text').element as HTMLTextAreaElement).value).toBe(
      'Tapé ici',
    );
    expect((wrapper.get('#dossier-comment-0').element as HTMLInputElement).value).toBe(
      'autre onglet',
    );
    expect(wrapper.get('[role="status"]').text()).toContain('vos modifications de cette page');
    await wrapper.get('form.dossier-form').trigger('submit');
    await flushPromises();
    expect(await requests(fetch, 'PUT')[1]!.json()).toMatchObject({
      version: 4,
      presentation: 'Tapé ici',
      items: [{ comment: 'autre onglet' }, { comment: '' }],
    });
    wrapper.unmount();
  });
});
