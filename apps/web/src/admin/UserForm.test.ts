import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { appPlugins, jsonResponse, stubFetch, stubMatchMedia } from '../test/support';
import UserForm from './UserForm.vue';

function mountForm() {
  const { plugins } = appPlugins('fr');
  return mount(UserForm, {
    props: { cohorts: [] },
    global: { plugins },
    attachTo: document.body,
  });
}

describe('UserForm', () => {
  // PrimeVue's Select reads matchMedia, which jsdom lacks.
  beforeEach(stubMatchMedia);

  it('refuses a candidate account with another role before sending anything, and says why', async () => {
    const fetch = stubFetch(() => jsonResponse({ candidateStatuses: [] }));
    const wrapper = mountForm();
    await wrapper.get('#user-email').setValue('camille@example.fr');
    await wrapper.get('#user-name').setValue('Camille');
    await wrapper.get('#user-role-candidate').setValue(true);
    await wrapper.get('#user-role-examiner').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(fetch.mock.calls.map(([r]) => new URL(r.url).pathname)).not.toContain('/api/users');
    expect(wrapper.get('#user-roles-error').text()).toBe(
      "Un compte de personne candidate n'a aucun autre rôle : décochez « Candidat ou candidate » ou les autres rôles, et créez un compte distinct pour le personnel.",
    );
    expect(wrapper.get('fieldset').attributes('aria-describedby')).toBe(
      'user-roles-hint user-roles-error',
    );
    wrapper.unmount();
  });
});
