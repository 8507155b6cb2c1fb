import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { adminUser } from '../test/session-fixtures';
import { jsonResponse } from '../test/support';
import { mountAt } from '../tutoring/tutoring-fixtures';
import AuditView from './AuditView.vue';

const TEACHER = '00000000-0000-4000-8000-000000000007';

describe('AuditView', () => {
  it('shows names and French labels, and filters the page and the CSV export alike', async () => {
    const asked: URLSearchParams[] = [];
    const { wrapper } = await mountAt(AuditView, '/admin/audit', adminUser, (request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/users')
        return jsonResponse({
          items: [{ id: TEACHER, displayName: 'Fanny Formatrice' }],
          total: 1,
          page: 1,
          pageSize: 200,
        });
      if (url.pathname !== '/api/audit') return null;
      asked.push(url.searchParams);
      return jsonResponse({
        items: [
          {
            id: '1',
            at: '2027-03-01T10:00:00.000Z',
            actorId: TEACHER,
            actorName: 'Fanny Formatrice',
            action: 'user.read',
            label: 'Consultation des données d’une personne candidate',
            subjectType: 'user',
            subjectId: '00000000-0000-4000-8000-000000000002',
            subjectName: 'Camille Martin',
            details: {},
            ip: '10.0.0.1',
          },
        ],
        total: 1,
      });
    });
    const cells = wrapper.findAll('tbody td').map((td) => td.text());
    expect(cells).toContain('Consultation des données d’une personne candidate');
    expect(cells).toContain('Fanny Formatrice');
    expect(cells).toContain('Camille Martin');
    expect(wrapper.text()).not.toContain('00000000-0000-4000-8000-000000000002');

    await wrapper.get('#audit-actor').setValue(TEACHER);
    await wrapper.get('#audit-kind').setValue('user');
    await wrapper.get('#audit-from').setValue('2027-03-01');
    await wrapper.get('form.audit-filters').trigger('submit');
    await flushPromises();
    const last = asked.at(-1)!;
    expect([last.get('actorId'), last.get('kind'), last.get('from'), last.get('to')]).toEqual([
      TEACHER,
      'user',
      '2027-03-01',
      null,
    ]);
    expect(wrapper.get('a[download]').attributes('href')).toBe(
      `/api/audit.csv?actorId=${TEACHER}&kind=user&from=2027-03-01`,
    );
    wrapper.unmount();
  });
});
