import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { deferred, jsonResponse } from '../test/support';
import { dossier, mountDossier, requests, traces } from './dossier-test-support';

describe('DossierView', () => {
  it('lists the readiness checks with their state in words, messages and fix links', async () => {
    const { wrapper } = await mountDossier();
    expect(wrapper.get('h1').text()).toBe("Dossier de l'épreuve E3");
    expect(wrapper.get('.readiness__summary').text()).toContain('2 points à faire');
    const security = wrapper.get('[data-code="E3_SECURITY_AWARENESS"]');
    expect(security.text()).toContain('À faire');
    expect(security.text()).toContain('Ajoutez une trace de sensibilisation');
    expect(security.get('a').attributes('href')).toBe('/traces?competence=C3.2');
    const presentation = wrapper.get('[data-code="PRESENTATION"]');
    expect(presentation.get('a').attributes('href')).toContain('#dossier-presentation');
    const ok = wrapper.get('[data-code="E3_USER_SUPPORT"]');
    expect(ok.text()).toContain('Fait');
    expect(ok.find('a').exists()).toBe(false);
    wrapper.unmount();
  });

  it('saves the items in their new order after "Monter" (PUT with the version)', async () => {
    const { fetch, wrapper } = await mountDossier((request) =>
      request.method === 'PUT' ? jsonResponse(dossier({ version: 4 })) : null,
    );
    const second = wrapper.get(`#dossier-item-${traces[1]!.id}`);
    const up = second.findAll('button').find((b) => b.text() === 'Monter')!;
    expect(up.attributes('aria-label')).toBe('Monter « Atelier RGPD »');
    await up.trigger('click');
    expect(wrapper.get('[role="status"]').text()).toContain('en position 1');
    await wrapper.get('#dossier-presentation-text').setValue('Mon analyse');
    await wrapper.get('form.dossier-form').trigger('submit');
    await flushPromises();
    const put = requests(fetch, 'PUT')[0]!;
    expect(new URL(put.url).pathname).toBe('/api/dossiers/E3');
    expect(await put.json()).toEqual({
      version: 3,
      items: [
        { traceId: traces[1]!.id, comment: '' },
        { traceId: traces[0]!.id, comment: 'premier' },
      ],
      presentation: 'Mon analyse',
    });
    expect(wrapper.text()).toContain('Le dossier a été enregistré.');
    wrapper.unmount();
  });

  it('asks for the checkbox before submitting an incomplete dossier', async () => {
    const { fetch, wrapper } = await mountDossier((request) =>
      request.method === 'POST' && new URL(request.url).pathname === '/api/dossiers/E3/submissions'
        ? jsonResponse(
            {
              id: '33333333-3333-4333-8333-333333333333',
              submittedAt: '2026-11-29T10:00:00.000Z',
              manifestSha256: 'a'.repeat(64),
            },
            201,
          )
        : null,
    );
    await wrapper.get('.dossier-submit').trigger('click');
    await flushPromises();
    expect(wrapper.get('.dossier-confirm').text()).toContain("n'est pas prêt");
    await wrapper.get('.dossier-submit-yes').trigger('click');
    await flushPromises();
    expect(requests(fetch, 'POST')).toHaveLength(0);
    expect(wrapper.get('#dossier-acknowledge-error').text()).toBe(
      'Cochez la case pour déposer un dossier incomplet.',
    );
    expect(wrapper.get('#dossier-acknowledge').attributes('aria-invalid')).toBe('true');

    await wrapper.get('#dossier-acknowledge').setValue(true);
    await wrapper.get('.dossier-submit-yes').trigger('click');
    await flushPromises();
    const post = requests(fetch, 'POST')[0]!;
    expect(await post.json()).toEqual({ acknowledgeIncomplete: true });
    expect(wrapper.text()).toContain('Le dossier a été déposé le');
    wrapper.unmount();
  });

  it('shows the submissions with a shortened hash, the ZIP and the PDF links, and what a new submission would mean', async () => {
    const hash = 'b'.repeat(64);
    const { wrapper } = await mountDossier((request) =>
      request.method === 'GET' && new URL(request.url).pathname === '/api/dossiers/E3'
        ? jsonResponse(
            dossier({
              submissions: [
                {
                  id: '44444444-4444-4444-8444-444444444444',
                  submittedAt: '2026-11-29T10:00:00.000Z',
                  manifestSha256: hash,
                  acknowledgedIncomplete: false,
                },
              ],
            }),
          )
        : null,
    );
    const row = wrapper.get('tr.submission');
    expect(row.get('code').attributes('title')).toBe(hash);
    expect(row.get('code').text()).toContain('bbbbbbbbbbbb…');
    const [zip, pdf] = row.findAll('a[download]');
    expect(zip!.text()).toBe('Télécharger le ZIP');
    expect(zip!.attributes('href')).toBe(
      '/api/submissions/44444444-4444-4444-8444-444444444444/export.zip',
    );
    expect(pdf!.text()).toBe('Télécharger le PDF');
    expect(pdf!.attributes('aria-label')).toMatch(/^Télécharger le PDF du dépôt du /);
    expect(pdf!.attributes('href')).toBe(
      '/api/submissions/44444444-4444-4444-8444-444444444444/export.pdf',
    );
    expect(wrapper.get('.readiness__submitted').text()).toMatch(
      /^Dernier dépôt le .* : c'est cette version que les commissions consulteront/,
    );
    const again = wrapper.get('.dossier-submit');
    expect(again.text()).toBe('Déposer une nouvelle version');
    await again.trigger('click');
    await flushPromises();
    expect(wrapper.get('.dossier-confirm').text()).toMatch(
      /Votre dépôt du .* reste dans l'historique, mais les commissions consulteront cette nouvelle version\./,
    );
    wrapper.unmount();
  });

  it('shows the 409 message with a reload action', async () => {
    let version = 3;
    const { wrapper } = await mountDossier((request) => {
      if (new URL(request.url).pathname !== '/api/dossiers/E3') return null;
      if (request.method === 'PUT')
        return jsonResponse({ statusCode: 409, message: 'Modifié', error: 'Conflict' }, 409);
      return jsonResponse(dossier({ version, presentation: version > 3 ? 'Autre' : '' }));
    });
    await wrapper.get('form.dossier-form').trigger('submit');
    await flushPromises();
    const alert = wrapper.get('.conflict');
    expect(alert.attributes('role')).toBe('alert');
    expect(alert.text()).toContain('modifié ailleurs');
    version = 4;
    await alert.get('button').trigger('click');
    await flushPromises();
    expect(wrapper.find('.conflict').exists()).toBe(false);
    expect((wrapper.get('#dossier-presentation-text').element as HTMLTextAreaElement).value).toBe(
      'Autre',
    );
    wrapper.unmount();
  });

  it('E1: sends the collaborative project with its members and linked traces', async () => {
    const e1 = dossier({
      exam: 'E1',
      readiness: { ready: false, checks: [] },
      project: { members: ['Camille Martin', ''], contribution: '', traceIds: [] },
    });
    const { fetch, wrapper } = await mountDossier(() => null, e1);
    await wrapper.get('#dossier-member-1').setValue('Sami Benali');
    await wrapper.get('#dossier-contribution').setValue('Le câblage');
    await wrapper.get(`input[type="checkbox"][value="${traces[1]!.id}"]`).setValue(true);
    await wrapper.get('form.dossier-form').trigger('submit');
    await flushPromises();
    const put = fetch.mock.calls.map((c) => c[0]).find((r) => r.method === 'PUT')!;
    expect(await put.json()).toMatchObject({
      project: {
        members: ['Camille Martin', 'Sami Benali'],
        contribution: 'Le câblage',
        traceIds: [traces[1]!.id],
      },
    });
    wrapper.unmount();
  });

  it('switching exams quickly shows the dossier last chosen, whatever answers last', async () => {
    const slowE1 = deferred<Response>();
    const { wrapper, router } = await mountDossier((request) =>
      new URL(request.url).pathname === '/api/dossiers/E1' ? slowE1.promise : null,
    );
    await router.push('/dossiers/E1');
    await router.push('/dossiers/E3');
    await flushPromises();
    slowE1.resolve(jsonResponse(dossier({ exam: 'E1', items: [], presentation: 'E1' })));
    await flushPromises();
    expect(wrapper.get('h1').text()).toBe("Dossier de l'épreuve E3");
    expect(wrapper.findAll('.dossier-item')).toHaveLength(2);
    wrapper.unmount();
  });
});
