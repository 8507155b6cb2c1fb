import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FileView } from '../api/types';
import { FakeXhr } from '../test/fake-xhr';
import { appPlugins, jsonResponse, stubFetch } from '../test/support';
import TraceFiles from './TraceFiles.vue';

function file(id: string, name: string, mediaType: string, size = 2048): FileView {
  return { id, name, size, mediaType, sha256: 'abc', createdAt: '2026-11-20T08:00:00.000Z' };
}

const files = [
  file('p1', 'capture.png', 'image/png'),
  file('v1', 'demo.mp4', 'video/mp4', 3 * 1024 * 1024),
  file('s1', 'demo.vtt', 'text/vtt', 120),
  file('d1', 'rapport.pdf', 'application/pdf'),
];

function mountFiles() {
  const fetch = stubFetch((request) => {
    const path = new URL(request.url).pathname;
    if (request.method === 'PATCH' && path === '/api/files/d1')
      return jsonResponse(file('d1', 'rapport-final.pdf', 'application/pdf'));
    if (request.method === 'DELETE' && path === '/api/files/p1')
      return new Response(null, { status: 204 });
    return jsonResponse({ statusCode: 404, message: 'Introuvable' }, 404);
  });
  const { plugins } = appPlugins('fr');
  const wrapper = mount(TraceFiles, {
    props: { traceId: 'trace-1', initial: files },
    global: { plugins },
    attachTo: document.body,
  });
  return { fetch, wrapper };
}

describe('TraceFiles', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the files with size, type and download link, and previews them', () => {
    const { wrapper } = mountFiles();
    expect(wrapper.get('label[for="file-input"]').text()).toBe('Choisir des fichiers');
    expect(wrapper.get('#file-input').attributes('multiple')).toBeDefined();
    const rows = wrapper.findAll('tbody tr').map((tr) => tr.text());
    expect(rows[0]).toContain('capture.png');
    expect(rows[0]).toContain('2\u00a0Ko');
    expect(rows[1]).toContain('3\u00a0Mo');
    expect(rows[1]).toContain('video/mp4');
    expect(wrapper.get('a[aria-label="Télécharger capture.png"]').attributes('href')).toBe(
      '/api/files/p1/content',
    );
    expect(wrapper.get('img').attributes()).toMatchObject({
      alt: 'capture.png',
      src: '/api/files/p1/content?inline=1',
    });
    expect(wrapper.get('video').attributes('controls')).toBeDefined();
    expect(wrapper.get('video source').attributes('src')).toBe('/api/files/v1/content?inline=1');
    expect(wrapper.get('video track').attributes()).toMatchObject({
      kind: 'subtitles',
      srclang: 'fr',
      src: '/api/files/s1/content',
    });
    expect(wrapper.get('a[href="/api/files/d1/content?inline=1"]').text()).toContain('rapport.pdf');
    wrapper.unmount();
  });

  it('renames a file, deletes one only once confirmed, and says so', async () => {
    const { fetch, wrapper } = mountFiles();
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Renommer rapport.pdf')!
      .trigger('click');
    await flushPromises();
    await wrapper.get('#rename-d1').setValue('rapport-final.pdf');
    await wrapper.get('tbody form').trigger('submit');
    await flushPromises();
    const patch = fetch.mock.calls.at(-1)![0];
    expect(patch.method).toBe('PATCH');
    expect(await patch.json()).toEqual({ name: 'rapport-final.pdf' });
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Le fichier a été renommé en rapport-final.pdf.',
    );
    expect(document.activeElement?.id).toBe('rename-button-d1');

    const calls = fetch.mock.calls.length;
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Supprimer capture.png')!
      .trigger('click');
    await flushPromises();
    // The first click only asks, naming the file; focus goes to the confirmation.
    expect(fetch.mock.calls.length).toBe(calls);
    expect(wrapper.text()).toContain('Supprimer « capture.png » de cette trace ?');
    const confirm = wrapper.findAll('button').find((b) => b.text() === 'Confirmer la suppression')!;
    expect(document.activeElement).toBe(confirm.element);
    await confirm.trigger('click');
    await flushPromises();
    expect(fetch.mock.calls.at(-1)![0].method).toBe('DELETE');
    expect(wrapper.find('img').exists()).toBe(false);
    expect(wrapper.get('[role="status"]').text()).toBe('Fichier supprimé : capture.png.');
    // Focus goes to the file now in its place, not to the page's body.
    expect(document.activeElement?.id).toBe('delete-v1');
    wrapper.unmount();
  });

  it('keeps focus in place when a rename or an upload is cancelled', async () => {
    FakeXhr.all = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const { wrapper } = mountFiles();
    await wrapper.get('#rename-button-d1').trigger('click');
    await flushPromises();
    expect(document.activeElement?.id).toBe('rename-d1');
    await wrapper
      .findAll('tbody form button')
      .find((b) => b.text() === 'Annuler')!
      .trigger('click');
    await flushPromises();
    expect(document.activeElement?.id).toBe('rename-button-d1');

    const input = wrapper.get('#file-input');
    Object.defineProperty(input.element, 'files', { value: [new File(['x'], 'long.mp4')] });
    await input.trigger('change');
    const action = wrapper.get('.upload-list button');
    expect(action.text()).toBe("Annuler l'envoi du fichier long.mp4");
    (action.element as HTMLElement).focus();
    await action.trigger('click');
    // The same button now retries: focus has not moved.
    expect(action.text()).toBe("Réessayer l'envoi du fichier long.mp4");
    expect(document.activeElement).toBe(action.element);
    await wrapper.findAll('.upload-list button').at(-1)!.trigger('click');
    await flushPromises();
    expect(wrapper.find('.upload-list').exists()).toBe(false);
    expect(document.activeElement?.id).toBe('file-input');
    wrapper.unmount();
  });
});
