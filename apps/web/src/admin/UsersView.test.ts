import { flushPromises, mount } from '@vue/test-utils';
import Select from 'primevue/select';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Role, User } from '../api/types';
import { useSessionStore } from '../stores/session';
import { adminUser } from '../test/session-fixtures';
import { appPlugins, jsonResponse, stubFetch, stubMatchMedia } from '../test/support';
import UsersView from './UsersView.vue';

function user(id: string, displayName: string, roles: Role[], extra: Partial<User> = {}): User {
  return {
    id,
    email: `${id}@example.fr`,
    displayName,
    roles,
    active: true,
    establishmentId: 'e1',
    candidate: null,
    tutorIds: [],
    activated: true,
    version: 1,
    createdAt: '2026-09-01T08:00:00.000Z',
    ...extra,
  };
}

const admin = user(adminUser.id, adminUser.displayName, ['admin']);
const tutor = user('t1', 'Théa Tutrice', ['tutor']);
const candidate = user('k1', 'Camille Martin', ['candidate'], {
  candidate: { cohortId: 'c1' } as User['candidate'],
});
const gone = user('g1', 'Gaston Parti', ['teacher'], { active: false });
const all = [admin, tutor, candidate, gone];

function page(items: User[]) {
  return jsonResponse({ items, total: items.length, page: 1, pageSize: 20 });
}

function mountView(extra?: (request: Request) => Response | null, roles: Role[] = ['admin']) {
  const fetch = stubFetch((request) => {
    const url = new URL(request.url);
    const answer = extra?.(request);
    if (answer) return answer;
    if (url.pathname === '/api/cohorts') return jsonResponse([]);
    if (url.pathname === '/api/users') {
      const role = url.searchParams.get('role');
      return page(role ? all.filter((u) => u.roles.includes(role as Role)) : all);
    }
    if (url.pathname === '/api/referential') return jsonResponse({ candidateStatuses: [] });
    return jsonResponse({ statusCode: 404, message: 'Introuvable' }, 404);
  });
  const { plugins } = appPlugins('fr');
  useSessionStore().user = { ...adminUser, roles };
  const wrapper = mount(UsersView, { global: { plugins }, attachTo: document.body });
  return { fetch, wrapper };
}

function rowOf(wrapper: ReturnType<typeof mountView>['wrapper'], name: string) {
  return wrapper.findAll('tbody tr').find((tr) => tr.text().includes(name))!;
}

describe('UsersView', () => {
  beforeEach(stubMatchMedia);

  it('offers deactivation only for other active accounts, after a confirm step', async () => {
    const { fetch, wrapper } = mountView((request) =>
      new URL(request.url).pathname === '/api/users/t1/deactivate'
        ? jsonResponse({ ...tutor, active: false })
        : null,
    );
    await flushPromises();

    expect(rowOf(wrapper, 'Alice Admin').find('button[id^="deactivate-"]').exists()).toBe(false);
    expect(rowOf(wrapper, 'Gaston Parti').text()).toContain('Inactif');
    expect(rowOf(wrapper, 'Gaston Parti').find('button[id^="deactivate-"]').exists()).toBe(false);

    const button = wrapper.get('button[aria-label="Désactiver le compte : Théa Tutrice"]');
    await button.trigger('click');
    await flushPromises();
    const confirm = wrapper.get('#deactivate-confirm-t1-yes');
    expect(document.activeElement).toBe(confirm.element);
    expect(fetch.mock.calls.some((c) => c[0].method === 'POST')).toBe(false);

    await confirm.trigger('click');
    await flushPromises();
    const request = fetch.mock.calls.at(-1)![0];
    expect(request.method).toBe('POST');
    expect(new URL(request.url).pathname).toBe('/api/users/t1/deactivate');
    expect(rowOf(wrapper, 'Théa Tutrice').text()).toContain('Inactif');
    expect(rowOf(wrapper, 'Théa Tutrice').find('button[id^="deactivate-"]').exists()).toBe(false);
    expect(wrapper.get('[role="status"]').text()).toBe('Compte désactivé : Théa Tutrice.');
    wrapper.unmount();
  });

  it("assigns and removes a candidate's tutor", async () => {
    const { fetch, wrapper } = mountView((request) =>
      new URL(request.url).pathname === '/api/users/k1/tutors/t1'
        ? new Response(null, { status: 204 })
        : null,
    );
    await flushPromises();

    const row = rowOf(wrapper, 'Camille Martin');
    expect(row.text()).toContain('Ni tuteur ni tutrice');
    expect(rowOf(wrapper, 'Théa Tutrice').find('.user-tutors').exists()).toBe(false);

    row.getComponent(Select).vm.$emit('update:modelValue', 't1');
    await flushPromises();
    await row.get('.user-tutors form').trigger('submit');
    await flushPromises();
    let request = fetch.mock.calls.at(-1)![0];
    expect(request.method).toBe('PUT');
    expect(new URL(request.url).pathname).toBe('/api/users/k1/tutors/t1');
    expect(rowOf(wrapper, 'Camille Martin').get('.chip-list').text()).toContain('Théa Tutrice');

    await rowOf(wrapper, 'Camille Martin')
      .get('button[aria-label="Retirer Théa Tutrice"]')
      .trigger('click');
    await flushPromises();
    request = fetch.mock.calls.at(-1)![0];
    expect(request.method).toBe('DELETE');
    expect(new URL(request.url).pathname).toBe('/api/users/k1/tutors/t1');
    expect(rowOf(wrapper, 'Camille Martin').text()).toContain('Ni tuteur ni tutrice');
    wrapper.unmount();
  });

  it('lets a teacher invite, without account creation or deactivation', async () => {
    const { wrapper } = mountView(undefined, ['teacher']);
    await flushPromises();

    const buttons = wrapper.findAll('button').map((b) => b.text());
    expect(buttons).toContain('Inviter au tutorat ou dans une commission');
    expect(buttons).not.toContain('Créer un compte');
    expect(wrapper.find('button[id^="deactivate-"]').exists()).toBe(false);
    expect(wrapper.find('#invite-email').exists()).toBe(true);
    wrapper.unmount();
  });
  it("edits a person's name with the version read, says when someone changed it meanwhile, then saves", async () => {
    let stale = true;
    const { fetch, wrapper } = mountView((request) => {
      if (new URL(request.url).pathname !== '/api/users/t1' || request.method !== 'PATCH')
        return null;
      if (stale) {
        stale = false;
        return jsonResponse({ statusCode: 409, message: 'Conflit' }, 409);
      }
      return jsonResponse({ ...tutor, displayName: 'Théa Martin', version: 2 });
    });
    await flushPromises();

    await wrapper.get('#edit-t1').trigger('click');
    await flushPromises();
    expect(document.activeElement).toBe(wrapper.get('#user-edit-title').element);
    const name = wrapper.get<HTMLInputElement>('#user-edit-t1-name');
    expect(name.element.value).toBe('Théa Tutrice');
    await name.setValue('Théa Martin');
    await wrapper.get('#user-edit form').trigger('submit');
    await flushPromises();

    const patch = fetch.mock.calls.map(([r]) => r).find((r) => r.method === 'PATCH')!;
    expect(await patch.clone().json()).toMatchObject({ version: 1, displayName: 'Théa Martin' });
    expect(wrapper.get('#user-edit').text()).toContain('modifié entre-temps');

    await wrapper.get('#user-edit form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#user-edit').exists()).toBe(false);
    expect(rowOf(wrapper, 'Théa Martin').exists()).toBe(true);
    expect(wrapper.get('[role="status"]').text()).toBe('Compte enregistré : Théa Martin.');
    expect(document.activeElement).toBe(wrapper.get('#edit-t1').element);
    wrapper.unmount();
  });

  it('sends a password link, then takes its notice down when a later action fails', async () => {
    const { fetch, wrapper } = mountView((request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/users/t1/password-reset')
        return jsonResponse({ kind: 'password_reset', email: 't1@example.fr' }, 202);
      if (path === '/api/users/k1/password-reset')
        return jsonResponse(
          {
            statusCode: 409,
            message: 'Un lien envoyé il y a moins de 15 minutes est encore valable.',
          },
          409,
        );
      return null;
    });
    await flushPromises();

    await wrapper
      .get(
        'button[aria-label="Envoyer à Théa Tutrice un lien pour choisir un nouveau mot de passe"]',
      )
      .trigger('click');
    await flushPromises();
    expect(fetch.mock.calls.at(-1)![0].method).toBe('POST');
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Un lien pour choisir un nouveau mot de passe a été envoyé à Théa Tutrice (t1@example.fr). Il est valable 2 heures.',
    );

    await wrapper
      .get(
        'button[aria-label="Envoyer à Camille Martin un lien pour choisir un nouveau mot de passe"]',
      )
      .trigger('click');
    await flushPromises();
    expect(wrapper.get('[role="status"]').text()).toBe('');
    const summary = wrapper.get('.error-summary');
    expect(summary.text()).toContain('moins de 15 minutes');
    expect(document.activeElement).toBe(summary.element);
    wrapper.unmount();
  });
});
