import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { appPlugins, jsonResponse, stubFetch } from '../test/support';
import InviteForm from './InviteForm.vue';

function mountForm() {
  const { plugins } = appPlugins('fr');
  return mount(InviteForm, {
    props: { candidates: [] },
    global: { plugins },
    attachTo: document.body,
  });
}

async function fill(wrapper: ReturnType<typeof mountForm>) {
  await wrapper.get('#invite-email').setValue('paul.tuteur@example.fr');
  await wrapper.get('#invite-name').setValue('Paul Tuteur');
  await wrapper.get('#invite-role-examiner').setValue(true);
  await wrapper.get('form').trigger('submit');
  await flushPromises();
}

describe('InviteForm', () => {
  it('posts the invitation and announces it', async () => {
    const fetch = stubFetch(() => jsonResponse({ id: 'new-id' }, 201));
    const wrapper = mountForm();
    await fill(wrapper);

    const request = fetch.mock.calls[0]![0];
    expect(request.method).toBe('POST');
    expect(new URL(request.url).pathname).toBe('/api/invitations');
    expect(await request.json()).toEqual({
      email: 'paul.tuteur@example.fr',
      displayName: 'Paul Tuteur',
      role: 'examiner',
    });
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Une invitation a été envoyée à Paul Tuteur (paul.tuteur@example.fr).',
    );
    expect(wrapper.emitted('invited')).toEqual([['new-id']]);
    wrapper.unmount();
  });

  it("shows the API's message on 409, in an alert that gets the focus", async () => {
    stubFetch(() =>
      jsonResponse(
        {
          statusCode: 409,
          message: 'Cette adresse est déjà utilisée. / This address is already used.',
          error: 'Conflict',
        },
        409,
      ),
    );
    const wrapper = mountForm();
    await fill(wrapper);

    const alert = wrapper.get('.error-summary[role="alert"]');
    expect(alert.text()).toContain('Cette adresse est déjà utilisée.');
    expect(document.activeElement).toBe(alert.element);
    expect(wrapper.get('[role="status"]').text()).toBe('');
    wrapper.unmount();
  });
});
