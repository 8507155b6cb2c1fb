import { describe, expect, it } from 'vitest';
import type { Intern } from '../api/types';
import { candidateUser } from '../test/session-fixtures';
import { jsonResponse } from '../test/support';
import InternsView from './InternsView.vue';
import { mountAt, pfmpTrace, tutorUser } from './tutoring-fixtures';

const intern: Intern = {
  candidateId: candidateUser.id,
  displayName: 'Camille Martin',
  periods: [
    {
      id: '22222222-2222-4222-8222-222222222222',
      organisationName: 'Garage Dupont',
      startsOn: '2027-01-04',
      endsOn: '2027-01-29',
      tutorIsYou: true,
      bilan: 'draft',
    },
  ],
  tracesToAttest: [
    {
      id: pfmpTrace.id,
      title: pfmpTrace.title,
      occurredOn: '2027-01-12',
      version: 2,
      attestedVersion: 1,
    },
  ],
  bilansToFill: ['22222222-2222-4222-8222-222222222222'],
};

describe('InternsView', () => {
  it('lists each intern with their periods, the bilan to fill and the traces to attest', async () => {
    const { wrapper } = await mountAt(InternsView, '/stagiaires', tutorUser, (request) =>
      new URL(request.url).pathname === '/api/interns' ? jsonResponse([intern]) : null,
    );
    expect(wrapper.get('h1').text()).toBe('Mes stagiaires');
    expect(wrapper.get('h2').text()).toBe('Camille Martin');
    const links = wrapper.findAll('a').map((a) => [a.text(), a.attributes('href')]);
    expect(links).toContainEqual([
      'Remplir le bilan (Garage Dupont)',
      '/pfmp/22222222-2222-4222-8222-222222222222/bilan',
    ]);
    expect(links).toContainEqual([
      pfmpTrace.title,
      `/candidats/${candidateUser.id}/traces/${pfmpTrace.id}`,
    ]);
    expect(links).toContainEqual([
      'Toutes les traces enregistrées par Camille Martin',
      `/candidats/${candidateUser.id}/traces`,
    ]);
    expect(wrapper.text()).toContain('bilan en brouillon');
    expect(wrapper.text()).toContain('modifiée depuis votre attestation de la version 1');
    wrapper.unmount();
  });

  it('says when no intern is assigned yet', async () => {
    const { wrapper } = await mountAt(InternsView, '/stagiaires', tutorUser, (request) =>
      new URL(request.url).pathname === '/api/interns' ? jsonResponse([]) : null,
    );
    expect(wrapper.text()).toContain('Aucune personne en stage ne vous est encore attribuée.');
    wrapper.unmount();
  });
});
