import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { useSessionStore } from '../stores/session';
import { candidateUser, sessionApi } from '../test/session-fixtures';
import { appPlugins, stubFetch } from '../test/support';
import { useLocale } from './use-locale';

/** Switches the language once mounted, as the language switch does. */
const Switcher = defineComponent({
  props: { to: { type: String as () => 'fr' | 'en', required: true } },
  setup(props) {
    const { setLocale } = useLocale();
    return { change: () => setLocale(props.to) };
  },
  template: '<button @click="change">switch</button>',
});

async function switchTo(signedIn: boolean) {
  const saved: unknown[] = [];
  const api = sessionApi(signedIn ? candidateUser : null);
  stubFetch(async (request) => {
    if (new URL(request.url).pathname !== '/api/auth/me/locale') return api(request);
    saved.push({ method: request.method, body: await request.json() });
    return new Response(null, { status: 204 });
  });
  const { plugins, i18n } = appPlugins('fr');
  await useSessionStore().init();
  const wrapper = mount(Switcher, { props: { to: 'en' }, global: { plugins } });
  await wrapper.get('button').trigger('click');
  await flushPromises();
  return { saved, locale: i18n.global.locale.value };
}

describe('useLocale', () => {
  it('tells the API the language of a signed-in person, for their e-mails', async () => {
    const { saved, locale } = await switchTo(true);
    expect(locale).toBe('en');
    expect(saved).toEqual([{ method: 'PUT', body: { locale: 'en' } }]);
  });

  it('asks nothing of the API before sign-in', async () => {
    const { saved, locale } = await switchTo(false);
    expect(locale).toBe('en');
    expect(saved).toEqual([]);
  });
});
