import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { PfmpPeriod, PfmpRecord } from '../api/types';
import { createAppRouter } from '../router';
import { useSessionStore } from '../stores/session';
import { candidateUser } from '../test/session-fixtures';
import { appPlugins, jsonResponse, stubFetch } from '../test/support';
import PfmpView from './PfmpView.vue';

const period: PfmpPeriod = {
  id: '55555555-5555-4555-8555-555555555555',
  candidateId: candidateUser.id,
  organisationName: 'Mairie de Lyon',
  organisationAddress: '1 place de la Comédie',
  siret: null,
  tutorId: null,
  startsOn: '2026-09-07',
  endsOn: '2026-11-20',
  absenceDays: 2,
  days: 48,
  proof: null,
  bilanComplete: false,
  version: 1,
};

const record: PfmpRecord = {
  candidateId: candidateUser.id,
  periods: [period],
  totalDays: 48,
  totalWeeks: 9.6,
  minimumWeeks: 12,
  proofKind: 'attestation',
  tutors: [{ id: '77777777-7777-4777-8777-777777777777', displayName: 'Tom Tuteur' }],
};

async function mountPfmp(extra: (request: Request) => Response | null = () => null) {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  const fetch = stubFetch((request) => {
    const answer = extra(request);
    if (answer) return answer;
    const url = new URL(request.url).pathname;
    if (url === '/api/pfmp' && request.method === 'GET') return jsonResponse(record);
    if (url === '/api/auth/me') return jsonResponse(candidateUser);
    if (url === '/api/auth/csrf') return jsonResponse({ token: 'csrf' });
    return jsonResponse({ statusCode: 404, message: 'Introuvable' }, 404);
  });
  const { plugins } = appPlugins('fr');
  useSessionStore().user = candidateUser;
  const router = createAppRouter(createMemoryHistory());
  await router.push('/pfmp');
  await router.isReady();
  const wrapper = mount(PfmpView, {
    global: { plugins: [...plugins, router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { fetch, wrapper };
}

describe('PfmpView', () => {
  it('shows the weeks against the minimum in words and the periods', async () => {
    const { wrapper } = await mountPfmp();
    expect(wrapper.get('h1').text()).toBe('Périodes de formation en milieu professionnel');
    expect(wrapper.get('.pfmp-gauge__text').text()).toBe('9,6 semaines sur 12');
    expect(wrapper.get('[role="progressbar"]').attributes('aria-valuetext')).toBe(
      '9,6 semaines sur 12',
    );
    expect(wrapper.get('tr.pfmp-period').text()).toContain('Mairie de Lyon');
    expect(wrapper.get('label[for^="pfmp-proof-"]').text()).toBe(
      "Déposer l'attestation de PFMP pour Mairie de Lyon",
    );
    wrapper.unmount();
  });

  it('adds a period (POST) and checks the dates first', async () => {
    const { fetch, wrapper } = await mountPfmp((request) =>
      request.method === 'POST' && new URL(request.url).pathname === '/api/pfmp'
        ? jsonResponse({ ...period, id: '66666666-6666-4666-8666-666666666666' }, 201)
        : null,
    );
    await wrapper.get('.pfmp-add').trigger('click');
    await flushPromises();
    await wrapper.get('form.pfmp-form').trigger('submit');
    await flushPromises();
    expect(fetch.mock.calls.some((c) => c[0].method === 'POST')).toBe(false);
    expect(wrapper.get('#pfmp-name').attributes('aria-invalid')).toBe('true');

    await wrapper.get('#pfmp-name').setValue('Collège Jean Moulin');
    await wrapper.get('#pfmp-start').setValue('2027-01-04');
    await wrapper.get('#pfmp-end').setValue('2027-02-12');
    await wrapper.get('#pfmp-absences').setValue('1');
    await wrapper.get('form.pfmp-form').trigger('submit');
    await flushPromises();
    const post = fetch.mock.calls.map((c) => c[0]).find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/pfmp');
    expect(await post.json()).toEqual({
      organisationName: 'Collège Jean Moulin',
      organisationAddress: '',
      startsOn: '2027-01-04',
      endsOn: '2027-02-12',
      absenceDays: 1,
    });
    expect(wrapper.text()).toContain('La période a été ajoutée.');
    wrapper.unmount();
  });

  it('edits a period with its version (PATCH)', async () => {
    const { fetch, wrapper } = await mountPfmp((request) =>
      request.method === 'PATCH' ? jsonResponse({ ...period, absenceDays: 3, version: 2 }) : null,
    );
    await wrapper.get('[aria-label="Modifier la période chez Mairie de Lyon"]').trigger('click');
    await flushPromises();
    expect((wrapper.get('#pfmp-name').element as HTMLInputElement).value).toBe('Mairie de Lyon');
    await wrapper.get('#pfmp-absences').setValue('3');
    await wrapper.get('form.pfmp-form').trigger('submit');
    await flushPromises();
    const patch = fetch.mock.calls.map((c) => c[0]).find((r) => r.method === 'PATCH')!;
    expect(new URL(patch.url).pathname).toBe(`/api/pfmp/${period.id}`);
    expect(await patch.json()).toMatchObject({ absenceDays: 3, version: 1 });
    expect(wrapper.text()).toContain('La période a été enregistrée.');
    wrapper.unmount();
  });

  it('says a SIRET the API refuses beside the SIRET field, and names the field in the summary', async () => {
    const { wrapper } = await mountPfmp((request) =>
      request.method === 'PATCH'
        ? jsonResponse(
            {
              statusCode: 400,
              code: 'INVALID_INPUT',
              params: { count: 1 },
              message: 'siret : 14 chiffres (les espaces sont acceptés).',
              fields: [{ field: 'siret', rule: 'siret', params: {}, message: '' }],
            },
            400,
          )
        : null,
    );
    await wrapper.get('[aria-label="Modifier la période chez Mairie de Lyon"]').trigger('click');
    await flushPromises();
    await wrapper.get('#pfmp-siret').setValue('732 829 320');
    await wrapper.get('form.pfmp-form').trigger('submit');
    await flushPromises();
    const siret = wrapper.get('#pfmp-siret');
    expect(siret.attributes('aria-invalid')).toBe('true');
    expect(wrapper.get(`#${siret.attributes('aria-describedby')}`).text()).toBe(
      '14 chiffres (les espaces sont acceptés).',
    );
    expect(wrapper.text()).toContain(
      'SIRET (facultatif) : 14 chiffres (les espaces sont acceptés).',
    );
    wrapper.unmount();
  });

  it('on 409 (changed elsewhere) closes the form, reloads and says to start again', async () => {
    const { fetch, wrapper } = await mountPfmp((request) =>
      request.method === 'PATCH'
        ? jsonResponse({ statusCode: 409, message: 'Version périmée' }, 409)
        : null,
    );
    await wrapper.get('[aria-label="Modifier la période chez Mairie de Lyon"]').trigger('click');
    await flushPromises();
    await wrapper.get('#pfmp-absences').setValue('4');
    const loadsBefore = fetch.mock.calls.filter((c) => c[0].method === 'GET').length;
    await wrapper.get('form.pfmp-form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('form.pfmp-form').exists()).toBe(false);
    expect(fetch.mock.calls.filter((c) => c[0].method === 'GET').length).toBeGreaterThan(
      loadsBefore,
    );
    expect(wrapper.text()).toContain('Cette période a été modifiée ailleurs.');
    wrapper.unmount();
  });

  it('invites the tutor by e-mail from the form, and checks the address first', async () => {
    const { fetch, wrapper } = await mountPfmp((request) =>
      request.method === 'POST' && new URL(request.url).pathname === '/api/pfmp'
        ? jsonResponse({ ...period, id: '66666666-6666-4666-8666-666666666666' }, 201)
        : null,
    );
    await wrapper.get('.pfmp-add').trigger('click');
    await flushPromises();
    await wrapper.get('#pfmp-name').setValue('Garage Dupont');
    await wrapper.get('#pfmp-start').setValue('2027-01-04');
    await wrapper.get('#pfmp-end').setValue('2027-01-29');
    expect(wrapper.get('legend').text()).toBe('Tuteur ou tutrice de la période');
    await wrapper.get('#pfmp-tutor-mode-invite').setValue(true);
    await wrapper.get('#pfmp-tutor-email').setValue('pas une adresse');
    await wrapper.get('#pfmp-tutor-name').setValue('Paul Dupont');
    await wrapper.get('form.pfmp-form').trigger('submit');
    await flushPromises();
    expect(fetch.mock.calls.some((c) => c[0].method === 'POST')).toBe(false);
    expect(wrapper.get('#pfmp-tutor-email').attributes('aria-invalid')).toBe('true');

    await wrapper.get('#pfmp-tutor-email').setValue('paul@garage-dupont.fr');
    await wrapper.get('form.pfmp-form').trigger('submit');
    await flushPromises();
    const post = fetch.mock.calls.map((c) => c[0]).find((r) => r.method === 'POST')!;
    expect(await post.json()).toMatchObject({
      organisationName: 'Garage Dupont',
      tutor: { email: 'paul@garage-dupont.fr', displayName: 'Paul Dupont' },
    });
    wrapper.unmount();
  });

  it("names each period's tutor and shows a completed bilan on request", async () => {
    const done = { ...period, tutorId: record.tutors[0]!.id, bilanComplete: true };
    const { wrapper } = await mountPfmp((request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/pfmp') return jsonResponse({ ...record, periods: [done] });
      if (path === `/api/pfmp/${period.id}/bilan`)
        return jsonResponse({
          periodId: period.id,
          candidateId: candidateUser.id,
          tutorId: done.tutorId,
          tutorName: 'Tom Tuteur',
          activities: 'Inventaire du parc',
          competences: [{ code: 'C2.1', level: 3 }],
          transversal: [{ code: 'T1', level: 4 }],
          comment: 'Très bien',
          completedAt: '2027-02-12T10:00:00.000Z',
          version: 2,
          missing: [],
        });
      return null;
    });
    expect(wrapper.get('tr.pfmp-period').text()).toContain('Tom Tuteur');
    const toggle = wrapper.get('button[aria-controls^="pfmp-bilan-"]');
    expect(toggle.text()).toBe('Voir le bilan (Mairie de Lyon)');
    await toggle.trigger('click');
    await flushPromises();
    const shown = wrapper.get('.pfmp-bilan');
    expect(shown.text()).toContain('Inventaire du parc');
    expect(shown.text()).toContain('Maîtrisé');
    expect(shown.text()).toContain('Bien maîtrisé');
    expect(toggle.attributes('aria-expanded')).toBe('true');
    wrapper.unmount();
  });
});
