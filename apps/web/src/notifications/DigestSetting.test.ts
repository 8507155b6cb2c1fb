import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { appPlugins, jsonResponse, stubFetch } from '../test/support';
import DigestSetting from './DigestSetting.vue';

describe('DigestSetting', () => {
  it('shows the saved choice and saves a change at once', async () => {
    const sent: unknown[] = [];
    stubFetch(async (request) => {
      if (request.method === 'PUT') {
        const body = (await request.json()) as { emailDigest: boolean };
        sent.push(body);
        return jsonResponse(body);
      }
      return jsonResponse({ emailDigest: true });
    });
    const { plugins } = appPlugins('fr');
    const wrapper = mount(DigestSetting, { global: { plugins }, attachTo: document.body });
    await flushPromises();
    const box = wrapper.get('#email-digest');
    expect((box.element as HTMLInputElement).checked).toBe(true);
    expect(wrapper.get('label[for="email-digest"]').text()).toBe(
      'Recevoir chaque jour un e-mail des nouvelles notifications',
    );
    await box.setValue(false);
    await flushPromises();
    expect(sent).toEqual([{ emailDigest: false }]);
    expect(wrapper.get('[role="status"]').text()).toBe('Récapitulatif quotidien désactivé.');
    wrapper.unmount();
  });
});
