import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../api/types';
import { dossier, mountDossier, requests, traces } from './dossier-test-support';

const ponctuel = (overrides: Partial<Dossier> = {}) =>
  dossier({ exam: 'E2', mode: 'ponctuel', readiness: { ready: false, checks: [] }, ...overrides });

const save = async (wrapper: Awaited<ReturnType<typeof mountDossier>>['wrapper']) => {
  await wrapper.get('form.dossier-form').trigger('submit');
  await flushPromises();
};

describe('DossierView, E2 realisations', () => {
  it('E2 ponctuel: one realisation per activity, titled as in the référentiel, sent where a trace is chosen', async () => {
    const e2 = ponctuel({
      highlights: [
        {
          activity: '2.1',
          traceId: traces[0]!.id,
          design: 'Maquette',
          implementation: 'Déploiement',
          choices: 'Logiciel libre',
        },
      ],
    });
    const { fetch, wrapper } = await mountDossier(() => null, e2);
    const legends = wrapper.findAll('.dossier-highlight legend').map((l) => l.text());
    expect(legends).toEqual([
      'Activité 2.1 : Participation à la gestion des outils et applications numériques « métier »',
      'Activité 2.2 : Participation à la gestion des outils bureautiques, collaboratifs et nomades',
      "Activité 2.3 : Contribution à la sécurité du système d'information de l'organisation",
    ]);
    expect((wrapper.get('[id="highlight-design-2.1"]').element as HTMLTextAreaElement).value).toBe(
      'Maquette',
    );
    await wrapper.get('[id="highlight-trace-2.2"]').setValue(traces[1]!.id);
    await wrapper.get('[id="highlight-design-2.2"]').setValue('Schéma');
    await save(wrapper);
    const put = requests(fetch, 'PUT')[0]!;
    expect((await put.json()).highlights).toEqual([
      {
        activity: '2.1',
        traceId: traces[0]!.id,
        design: 'Maquette',
        implementation: 'Déploiement',
        choices: 'Logiciel libre',
      },
      {
        activity: '2.2',
        traceId: traces[1]!.id,
        design: 'Schéma',
        implementation: '',
        choices: '',
      },
    ]);
    wrapper.unmount();
  });

  it('keeps text typed before the trace is chosen: saved as a draft, with what to choose', async () => {
    const { fetch, wrapper } = await mountDossier(() => null, ponctuel());
    const select = wrapper.get('[id="highlight-trace-2.3"]');
    expect(select.attributes('aria-describedby')).toBeUndefined();
    await wrapper.get('[id="highlight-choices-2.3"]').setValue('Mots de passe longs');
    const hint = wrapper.get('[id="highlight-trace-2.3-hint"]');
    expect(hint.text()).toContain('Votre texte est enregistré. Choisissez la trace');
    expect(select.attributes('aria-describedby')).toBe('highlight-trace-2.3-hint');
    await save(wrapper);
    const body = await requests(fetch, 'PUT')[0]!.json();
    expect(body.highlights).toEqual([
      {
        activity: '2.3',
        traceId: null,
        design: '',
        implementation: '',
        choices: 'Mots de passe longs',
      },
    ]);
    wrapper.unmount();
  });

  it('picks the trace among all traces: one not in the dossier yet joins it', async () => {
    const [inside, outside] = traces;
    const e2 = ponctuel({ items: [dossier().items[0]!] });
    const { fetch, wrapper } = await mountDossier(() => null, e2);
    expect(wrapper.find(`#dossier-item-${outside!.id}`).exists()).toBe(false);
    const groups = wrapper.get('[id="highlight-trace-2.2"]').findAll('optgroup');
    expect(groups.map((g) => g.attributes('label'))).toEqual([
      'Dans le dossier',
      'Mes autres traces (ajoutée au dossier si choisie)',
    ]);
    expect(groups[0]!.findAll('option').map((o) => o.attributes('value'))).toEqual([inside!.id]);
    expect(groups[1]!.findAll('option').map((o) => o.text())).toEqual(['Atelier RGPD (C3.2)']);

    await wrapper.get('[id="highlight-trace-2.2"]').setValue(outside!.id);
    expect(wrapper.find(`#dossier-item-${outside!.id}`).exists()).toBe(true);
    expect(wrapper.get('[role="status"]').text()).toBe(
      "« Atelier RGPD » a été ajoutée au dossier pour l'activité 2.2.",
    );
    await save(wrapper);
    const body = await requests(fetch, 'PUT')[0]!.json();
    expect(body.items.map((i: { traceId: string }) => i.traceId)).toEqual([
      inside!.id,
      outside!.id,
    ]);
    expect(body.highlights).toMatchObject([{ activity: '2.2', traceId: outside!.id }]);

    // Taken out of the dossier again: the realisation keeps it and offers to put it back.
    await wrapper
      .get(`#dossier-item-${outside!.id}`)
      .findAll('button')
      .find((b) => b.text() === 'Retirer')!
      .trigger('click');
    expect(wrapper.get('[id="highlight-trace-2.2-hint"]').text()).toContain(
      "Cette trace n'est plus dans le dossier",
    );
    await wrapper
      .get('button[aria-label="Remettre dans le dossier la trace de l\'activité 2.2"]')
      .trigger('click');
    expect(wrapper.find(`#dossier-item-${outside!.id}`).exists()).toBe(true);
    wrapper.unmount();
  });

  it('E2 under CCF: no highlighted realisations to write', async () => {
    const e2 = dossier({ exam: 'E2', mode: 'ccf', readiness: { ready: false, checks: [] } });
    const { wrapper } = await mountDossier(() => null, e2);
    expect(wrapper.find('#dossier-highlights').exists()).toBe(false);
    wrapper.unmount();
  });
});
