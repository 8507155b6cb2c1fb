import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { AppNotification } from '../api/types';
import { createAppRouter } from '../router';
import { useNotificationsStore } from '../stores/notifications';
import { candidateUser, sessionApi } from '../test/session-fixtures';
import { appPlugins, jsonResponse, stubFetch } from '../test/support';
import NotificationsView from './NotificationsView.vue';

function notification(
  id: string,
  subjectType: string,
  subjectId: string,
  read = false,
): AppNotification {
  return {
    id,
    kind: subjectType === 'submission' ? 'submission' : 'comment',
    subjectType,
    subjectId,
    candidateId: candidateUser.id,
    reason: null,
    params: {},
    summary: `Résumé ${id}`,
    createdAt: '2026-11-29T08:00:00.000Z',
    readAt: read ? '2026-11-29T09:00:00.000Z' : null,
  };
}

const items = [
  notification('n1', 'trace', 'trace-1'),
  notification('n2', 'dossier', 'E2'),
  notification('n3', 'submission', 'sub-1', true),
];

async function mountView(locale: 'fr' | 'en' = 'fr', listed: AppNotification[] = items) {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  const bodies: unknown[] = [];
  let unread = 2;
  const api = sessionApi(candidateUser, (request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/notifications')
      return jsonResponse({ items: listed, total: listed.length, unreadCount: unread });
    return null;
  });
  // Marking read answers with what is left; the request body is kept for the assertions.
  stubFetch(async (request) => {
    if (new URL(request.url).pathname !== '/api/notifications/read') return api(request);
    const body = (await request.json()) as { ids?: string[]; all?: true };
    bodies.push(body);
    unread = body.all ? 0 : unread - (body.ids?.length ?? 0);
    return jsonResponse({ unreadCount: unread });
  });
  const { plugins } = appPlugins(locale);
  const router = createAppRouter(createMemoryHistory());
  await router.push('/referentiel');
  await router.isReady();
  const wrapper = mount(NotificationsView, { global: { plugins: [...plugins, router] } });
  await flushPromises();
  return { wrapper, router, bodies };
}

describe('NotificationsView', () => {
  it('lists notifications newest first, unread ones marked in words, with links to the subject', async () => {
    const { wrapper } = await mountView();
    expect(wrapper.get('h1').text()).toBe('Notifications');
    expect(wrapper.text()).toContain('2 notifications non lues');
    const rows = wrapper.findAll('li.notification');
    expect(rows.map((r) => r.find('.notification__badge').exists())).toEqual([true, true, false]);
    expect(rows[0]!.get('.notification__badge').text()).toBe('Non lue');
    expect(rows[0]!.get('a').attributes('href')).toBe('/traces/trace-1');
    expect(rows[1]!.get('a').attributes('href')).toBe('/dossiers/E2');
    expect(rows[2]!.text()).not.toContain('Marquer comme lue');
  });

  it('marks one, then all, read and keeps the count in step', async () => {
    const { wrapper, bodies } = await mountView();
    await wrapper.get('button[aria-label="Marquer comme lue : Résumé n1"]').trigger('click');
    await flushPromises();
    expect(bodies).toEqual([{ ids: ['n1'] }]);
    expect(useNotificationsStore().unreadCount).toBe(1);
    expect(wrapper.findAll('.notification__badge')).toHaveLength(1);
    expect(wrapper.get('[role="status"]').text()).toBe('Notification marquée comme lue.');

    const all = wrapper.findAll('button').find((b) => b.text() === 'Tout marquer comme lu')!;
    await all.trigger('click');
    await flushPromises();
    expect(bodies.at(-1)).toEqual({ all: true });
    expect(wrapper.findAll('.notification__badge')).toHaveLength(0);
    expect(wrapper.text()).toContain('Aucune notification non lue');
    expect(all.attributes('disabled')).toBeDefined();
  });

  it("opens a submission's own page", async () => {
    const { wrapper } = await mountView();
    const link = wrapper.findAll('li.notification')[2]!.get('a');
    expect(link.attributes('href')).toBe('/depots/sub-1');
  });

  it('writes each notification in the interface language from its reason, an old one in its French', async () => {
    const listed: AppNotification[] = [
      {
        ...notification('n1', 'submission', 'sub-1'),
        reason: 'commentOnSubmission',
        params: {
          author: 'Lou Garnier',
          candidate: 'Camille Martin',
          exam: 'E3',
          submittedOn: '2027-01-04',
        },
        summary: 'Lou Garnier a commenté le dépôt E3 de Camille Martin du 4 janvier 2027.',
      },
      {
        ...notification('n2', 'trace', 'trace-1'),
        summary: 'Lou Garnier a commenté votre trace « Sauvegardes ».',
      },
    ];
    const { wrapper } = await mountView('en', listed);
    const rows = wrapper.findAll('li.notification');
    expect(rows[0]!.text()).toContain(
      'Lou Garnier commented on Camille Martin’s E3 submission of 4 January 2027.',
    );
    expect(rows[0]!.text()).not.toContain('a commenté');
    expect(rows[0]!.get('button').attributes('aria-label')).toBe(
      'Mark as read: Lou Garnier commented on Camille Martin’s E3 submission of 4 January 2027.',
    );
    expect(rows[1]!.text()).toContain('Lou Garnier a commenté votre trace « Sauvegardes ».');
  });
});
