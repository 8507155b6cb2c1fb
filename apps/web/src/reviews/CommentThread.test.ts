import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Comment } from '../api/types';
import { useSessionStore } from '../stores/session';
import { candidateUser } from '../test/session-fixtures';
import { appPlugins, jsonResponse, stubFetch } from '../test/support';
import CommentThread from './CommentThread.vue';
import type { CommentSubject } from './use-comments';

const NOW = new Date('2026-11-30T10:00:00Z');

function comment(id: string, authorId: string, authorName: string, minutesAgo: number): Comment {
  const createdAt = new Date(NOW.getTime() - minutesAgo * 60_000);
  return {
    id,
    subjectType: 'trace',
    candidateId: candidateUser.id,
    authorId,
    authorName,
    body: `Texte ${id}`,
    bodyHtml: `<p>Texte <strong>${id}</strong></p>`,
    createdAt: createdAt.toISOString(),
    editedAt: null,
    editableUntil: new Date(createdAt.getTime() + 15 * 60_000).toISOString(),
  };
}

const thread = [
  comment('c1', 'tutor-1', 'Tom Tuteur', 60),
  comment('c2', candidateUser.id, 'Camille Martin', 30),
  comment('c3', candidateUser.id, 'Camille Martin', 5),
];

function mountThread(subject: CommentSubject = { type: 'trace', id: 'trace-1' }) {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  const sent: unknown[] = [];
  const fetch = stubFetch(async (request) => {
    const path = new URL(request.url).pathname;
    if (request.method === 'GET') return jsonResponse(thread);
    if (request.method === 'POST') {
      const { body } = (await request.json()) as { body: string };
      sent.push({ body });
      return jsonResponse(
        {
          ...comment('c4', candidateUser.id, 'Camille Martin', 0),
          body,
          bodyHtml: `<p>${body}</p>`,
        },
        201,
      );
    }
    if (request.method === 'PATCH' && path === '/api/comments/c3')
      return jsonResponse({
        ...thread[2],
        body: 'Corrigé',
        bodyHtml: '<p>Corrigé</p>',
        editedAt: NOW,
      });
    if (request.method === 'DELETE' && path === '/api/comments/c2')
      return new Response(null, { status: 204 });
    return jsonResponse({ statusCode: 404, message: 'Introuvable. / Not found.' }, 404);
  });
  const { plugins } = appPlugins('fr');
  useSessionStore().user = candidateUser;
  const wrapper = mount(CommentThread, {
    props: { subject },
    global: { plugins },
    attachTo: document.body,
  });
  return { fetch, wrapper, sent };
}

const buttons = (wrapper: ReturnType<typeof mountThread>['wrapper'], label: RegExp) =>
  wrapper.findAll('button').filter((b) => label.test(b.attributes('aria-label') ?? b.text()));

describe('CommentThread', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists the thread with authors, dates and the sanitised HTML from the API', async () => {
    const { fetch, wrapper } = mountThread();
    await flushPromises();
    expect(new URL(fetch.mock.calls[0]![0].url).pathname).toBe('/api/traces/trace-1/comments');
    expect(wrapper.get('h2').text()).toBe('Commentaires');
    const items = wrapper.findAll('li.comment');
    expect(items).toHaveLength(3);
    expect(items[0]!.text()).toContain('Tom Tuteur');
    expect(items[0]!.get('time').attributes('datetime')).toBe(thread[0]!.createdAt);
    expect(items[0]!.get('.comment__body').html()).toContain('<strong>c1</strong>');
    // Someone else's comment: no edit, no delete.
    expect(items[0]!.findAll('button')).toHaveLength(0);
    // Own, 30 minutes old: delete only. Own, 5 minutes old: edit and delete.
    expect(items[1]!.findAll('button').map((b) => b.text())).toEqual(['Supprimer']);
    expect(items[2]!.findAll('button').map((b) => b.text())).toEqual(['Modifier', 'Supprimer']);
    wrapper.unmount();
  });

  it('adds a comment, refusing an empty one with a message tied to the field', async () => {
    const { fetch, wrapper, sent } = mountThread();
    await flushPromises();
    const textarea = wrapper.get('textarea');
    expect(wrapper.get(`label[for="${textarea.attributes('id')}"]`).text()).toBe(
      'Votre commentaire',
    );
    await wrapper.findAll('form').at(-1)!.trigger('submit');
    expect(textarea.attributes('aria-invalid')).toBe('true');
    expect(wrapper.text()).toContain('Ce champ est obligatoire.');
    expect(fetch).toHaveBeenCalledTimes(1);

    await textarea.setValue('Merci pour le retour');
    await wrapper.findAll('form').at(-1)!.trigger('submit');
    await flushPromises();
    expect(fetch.mock.calls.at(-1)![0].method).toBe('POST');
    expect(sent).toEqual([{ body: 'Merci pour le retour' }]);
    expect(wrapper.findAll('li.comment')).toHaveLength(4);
    expect(wrapper.get('[role="status"]').text()).toBe('Commentaire envoyé.');
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe('');
    wrapper.unmount();
  });

  it('edits a recent comment of ones own', async () => {
    const { fetch, wrapper } = mountThread();
    await flushPromises();
    await buttons(wrapper, /^Modifier votre commentaire/)[0]!.trigger('click');
    await wrapper.get('#edit-c3').setValue('Corrigé');
    await wrapper.get('li.comment form').trigger('submit');
    await flushPromises();
    const patch = fetch.mock.calls.at(-1)![0];
    expect(patch.method).toBe('PATCH');
    expect(new URL(patch.url).pathname).toBe('/api/comments/c3');
    expect(await patch.json()).toEqual({ body: 'Corrigé' });
    expect(wrapper.findAll('li.comment')[2]!.text()).toContain('(modifié)');
    expect(wrapper.get('[role="status"]').text()).toBe('Commentaire modifié.');
    wrapper.unmount();
  });

  it('deletes only after a confirmation', async () => {
    const { fetch, wrapper } = mountThread();
    await flushPromises();
    await buttons(wrapper, /^Supprimer votre commentaire/)[0]!.trigger('click');
    expect(wrapper.get('[role="group"]').text()).toContain('Supprimer définitivement');
    expect(fetch).toHaveBeenCalledTimes(1);
    const yes = buttons(wrapper, /^Oui, supprimer$/)[0]!;
    expect(document.activeElement).toBe(yes.element);
    await yes.trigger('click');
    await flushPromises();
    expect(fetch.mock.calls.at(-1)![0].method).toBe('DELETE');
    expect(wrapper.findAll('li.comment').map((li) => li.text())).not.toContain('c2');
    expect(wrapper.findAll('li.comment')).toHaveLength(2);
    expect(wrapper.get('[role="status"]').text()).toBe('Commentaire supprimé.');
    // Its button is gone with it: focus goes to the new comment's field rather than being lost.
    expect(document.activeElement?.id).toMatch(/-new$/);
    wrapper.unmount();
  });

  it('reads a dossier thread for the candidate staff name, and says when the API refuses', async () => {
    const { fetch, wrapper } = mountThread({ type: 'dossier', exam: 'E2', candidateId: 'cand-9' });
    await flushPromises();
    const url = new URL(fetch.mock.calls[0]![0].url);
    expect(url.pathname).toBe('/api/dossiers/E2/comments');
    expect(url.searchParams.get('candidateId')).toBe('cand-9');
    fetch.mockImplementationOnce(async () =>
      jsonResponse({ statusCode: 404, message: 'Introuvable. / Not found.' }, 404),
    );
    await wrapper.setProps({ subject: { type: 'submission', id: 'gone' } });
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('Introuvable.');
    wrapper.unmount();
  });
});
