import { candidateCsvTemplate, referential } from '@dossier-sno/referential';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { Cohort } from '../api/types';
import { appPlugins, jsonResponse, stubFetch } from '../test/support';
import CohortImport from './CohortImport.vue';

const cohort: Cohort = {
  id: 'c1',
  establishmentId: 'e1',
  name: 'MC SNO démo',
  schoolYear: '2026-2027',
  referentialVersion: 'mc-sno-v1',
  teacherIds: [],
  candidateCount: 2,
};

describe('CohortImport', () => {
  it('posts the file as multipart and renders the per-line report as a table, each problem by its key', async () => {
    const fetch = stubFetch(() =>
      jsonResponse(
        {
          statusCode: 400,
          code: 'IMPORT_REFUSED',
          params: { count: 2 },
          message: 'Import refusé : 2 erreurs, aucun compte créé.',
          error: 'Bad Request',
          errors: [
            {
              line: 2,
              column: 'email',
              problem: 'badEmail',
              params: { email: 'x' },
              reason: '…',
            },
            // A problem this version does not know: the API's sentence.
            { line: 3, column: 'candidateStatus', problem: 'newer', reason: 'Statut inconnu.' },
          ],
        },
        400,
      ),
    );
    const { plugins } = appPlugins('fr');
    const wrapper = mount(CohortImport, {
      props: { cohort },
      global: { plugins },
      attachTo: document.body,
    });
    const input = wrapper.get('input[type="file"]');
    expect(wrapper.get(`label[for="${input.attributes('id')}"]`).text()).toContain('MC SNO démo');
    const file = new File(['email,displayName\nx,y\n'], 'c.csv', { type: 'text/csv' });
    Object.defineProperty(input.element, 'files', { value: [file] });
    await input.trigger('change');

    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const request = fetch.mock.calls[0]![0];
    expect(new URL(request.url).pathname).toBe('/api/cohorts/c1/candidates/import');
    expect(request.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('Import refusé : 2 erreurs, aucun compte créé.');
    expect(document.activeElement).toBe(alert.element);
    const table = wrapper.get('table.cohort-import__report');
    expect(table.get('caption').text()).toBe('Erreurs du fichier (2)');
    expect(table.findAll('th[scope="col"]').map((th) => th.text())).toEqual([
      'Ligne',
      'Colonne',
      'Problème',
    ]);
    expect(table.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()))).toEqual([
      ['2', 'email', 'Adresse e-mail invalide : « x ».'],
      ['3', 'candidateStatus', 'Statut inconnu.'],
    ]);
    wrapper.unmount();
  });
  it('offers a template the import accepts and lists the accepted statuses with their mode and code', async () => {
    stubFetch(() => jsonResponse({}));
    const { plugins } = appPlugins('fr');
    const wrapper = mount(CohortImport, { props: { cohort }, global: { plugins } });

    const link = wrapper.get('a[download]');
    expect(link.text()).toBe('Télécharger le modèle de fichier (CSV)');
    const href = link.attributes('href')!;
    expect(href.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    const csv = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    expect(csv).toBe(`\uFEFF${candidateCsvTemplate()}`);

    const items = wrapper.findAll('details li');
    expect(items).toHaveLength(referential.candidateStatuses.length);
    const first = items[0]!;
    expect(first.get('.cohort-import__status').text()).toBe(
      'Scolaire dans un établissement public ou privé sous contrat',
    );
    expect(first.text()).toContain('Contrôle en cours de formation (CCF)');
    expect(first.get('code').text()).toBe('scolaire_public_ou_prive_sous_contrat');
    expect(items.at(-1)!.text()).toMatch(
      /Enseignement à distance\s*Épreuves ponctuelles ·\s*Code\s*enseignement_a_distance/,
    );
    wrapper.unmount();
  });
});
