import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { Attestation } from '../api/types';
import { candidateUser } from '../test/session-fixtures';
import { jsonResponse } from '../test/support';
import CandidateTracesView from './CandidateTracesView.vue';
import CandidateTraceView from './CandidateTraceView.vue';
import { mountAt, pfmpTrace, tutorUser } from './tutoring-fixtures';

const mine: Attestation = {
  tutorId: tutorUser.id,
  tutorName: 'Tom Tuteur',
  attestedAt: '2027-01-15T10:00:00.000Z',
  comment: 'Fait chez nous',
  traceVersion: 2,
  current: true,
};
const path = `/candidats/${candidateUser.id}/traces/${pfmpTrace.id}`;

describe('CandidateTraceView', () => {
  it('shows the trace read-only and lets an assigned tutor attest it (POST with the remark)', async () => {
    let attested = false;
    const { fetch, wrapper } = await mountAt(CandidateTraceView, path, tutorUser, (request) => {
      const url = new URL(request.url).pathname;
      if (url === `/api/traces/${pfmpTrace.id}/attestations` && request.method === 'POST') {
        attested = true;
        return jsonResponse(mine, 201);
      }
      if (url === `/api/traces/${pfmpTrace.id}`)
        return jsonResponse({ ...pfmpTrace, attestations: attested ? [mine] : [] });
      return null;
    });
    expect(wrapper.get('h1').text()).toBe(pfmpTrace.title);
    expect(wrapper.text()).toContain('J’ai appris à tester une restauration');
    expect(wrapper.find('input[type="text"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('Pas encore attestée.');
    await wrapper.get('#attest-comment').setValue('Fait chez nous');
    await wrapper.get('form.attest-form').trigger('submit');
    await flushPromises();
    const post = fetch.mock.calls.map((c) => c[0]).find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ comment: 'Fait chez nous' });
    expect(wrapper.text()).toContain('Trace attestée.');
    expect(wrapper.text()).toMatch(/Attestée par Tom Tuteur le 15 janvier 2027/);
    expect(wrapper.find('form.attest-form').exists()).toBe(false);
    expect(wrapper.get('button').text()).toBe('Retirer mon attestation');
    wrapper.unmount();
  });

  it('withdraws the tutor’s own attestation (DELETE …/mine)', async () => {
    const { fetch, wrapper } = await mountAt(CandidateTraceView, path, tutorUser, (request) => {
      const url = new URL(request.url).pathname;
      if (request.method === 'DELETE') return new Response(null, { status: 204 });
      if (url === `/api/traces/${pfmpTrace.id}`)
        return jsonResponse({ ...pfmpTrace, attestations: [mine] });
      return null;
    });
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Retirer mon attestation')!
      .trigger('click');
    await flushPromises();
    const del = fetch.mock.calls.map((c) => c[0]).find((r) => r.method === 'DELETE')!;
    expect(new URL(del.url).pathname).toBe(`/api/traces/${pfmpTrace.id}/attestations/mine`);
    expect(wrapper.text()).toContain('Attestation retirée.');
    wrapper.unmount();
  });

  it('offers no attestation to a teacher, and says an outdated attestation is for an older version', async () => {
    const teacher = {
      ...tutorUser,
      id: '00000000-0000-4000-8000-000000000009',
      roles: ['teacher' as const],
    };
    const { wrapper } = await mountAt(CandidateTraceView, path, teacher, (request) =>
      new URL(request.url).pathname === `/api/traces/${pfmpTrace.id}`
        ? jsonResponse({
            ...pfmpTrace,
            attestations: [{ ...mine, traceVersion: 1, current: false }],
          })
        : null,
    );
    expect(wrapper.find('form.attest-form').exists()).toBe(false);
    expect(wrapper.text()).toContain('attestation de la version 1, la trace a été modifiée depuis');
    wrapper.unmount();
  });
});

describe('CandidateTracesView', () => {
  it("lists a candidate's traces with their attestation, each linking to its detail page", async () => {
    const { fetch, wrapper } = await mountAt(
      CandidateTracesView,
      `/candidats/${candidateUser.id}/traces`,
      tutorUser,
      (request) => {
        const url = new URL(request.url);
        if (url.pathname === `/api/users/${candidateUser.id}`)
          return jsonResponse({ id: candidateUser.id, displayName: 'Camille Martin' });
        if (url.pathname === '/api/traces')
          return jsonResponse({
            items: [{ ...pfmpTrace, attestations: [mine] }],
            total: 1,
            page: 1,
            pageSize: 100,
          });
        return null;
      },
    );
    expect(wrapper.get('h1').text()).toBe('Traces enregistrées par Camille Martin');
    const list = fetch.mock.calls.map((c) => c[0]).find((r) => r.url.includes('/api/traces'))!;
    expect(new URL(list.url).searchParams.get('candidateId')).toBe(candidateUser.id);
    expect(wrapper.get('tbody tr').text()).toContain('Attestée');
    expect(wrapper.get('tbody a').attributes('href')).toBe(path);
    wrapper.unmount();
  });
});
