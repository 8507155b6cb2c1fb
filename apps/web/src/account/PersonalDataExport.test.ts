import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { appPlugins } from '../test/support';
import PersonalDataExport from './PersonalDataExport.vue';

describe('PersonalDataExport', () => {
  it('offers the RGPD export of everything held about the person, as a download', () => {
    const { plugins } = appPlugins('fr');
    const wrapper = mount(PersonalDataExport, { global: { plugins } });
    expect(wrapper.get('h2').text()).toBe('Mes données personnelles');
    const link = wrapper.get('a[download]');
    expect(link.attributes('href')).toBe('/api/me/export');
    expect(link.text()).toBe('Télécharger mes données (ZIP)');
    wrapper.unmount();
  });
});
