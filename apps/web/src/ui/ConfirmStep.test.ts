import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { appPlugins } from '../test/support';
import ConfirmStep from './ConfirmStep.vue';

/** A trigger that opens the step, as the views use it. */
function mountHost(action: () => unknown) {
  const Host = defineComponent(() => {
    const open = ref(false);
    return () => [
      open.value
        ? h(ConfirmStep, {
            id: 'drop',
            question: 'Supprimer « a.txt » ? Il sera effacé définitivement.',
            confirmLabel: 'Confirmer la suppression',
            cancelLabel: 'Annuler',
            returnTo: 'drop-trigger',
            action,
            onClose: () => (open.value = false),
          })
        : h('button', { id: 'drop-trigger', onClick: () => (open.value = true) }, 'Supprimer'),
      h('button', { id: 'elsewhere' }, 'Ailleurs'),
    ];
  });
  return mount(Host, { global: { plugins: appPlugins('fr').plugins }, attachTo: document.body });
}

describe('ConfirmStep', () => {
  it('asks in a group named by the question, focuses the answer, and cancels back to the trigger', async () => {
    const action = vi.fn();
    const wrapper = mountHost(action);
    await wrapper.get('#drop-trigger').trigger('click');
    await flushPromises();
    const group = wrapper.get('[role="group"]');
    expect(group.attributes('aria-labelledby')).toBe('drop-question');
    expect(wrapper.get('#drop-question').text()).toBe(
      'Supprimer « a.txt » ? Il sera effacé définitivement.',
    );
    expect(document.activeElement).toBe(wrapper.get('#drop-yes').element);

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Annuler')!
      .trigger('click');
    await flushPromises();
    expect(action).not.toHaveBeenCalled();
    expect(wrapper.find('[role="group"]').exists()).toBe(false);
    expect(document.activeElement).toBe(wrapper.get('#drop-trigger').element);
    wrapper.unmount();
  });

  it('runs the action once confirmed and returns focus, unless the action moved it (an error summary)', async () => {
    const action = vi.fn();
    const wrapper = mountHost(action);
    await wrapper.get('#drop-trigger').trigger('click');
    await flushPromises();
    await wrapper.get('#drop-yes').trigger('click');
    await flushPromises();
    expect(action).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(wrapper.get('#drop-trigger').element);
    wrapper.unmount();

    const moving = mountHost(() => document.getElementById('elsewhere')!.focus());
    await moving.get('#drop-trigger').trigger('click');
    await flushPromises();
    await moving.get('#drop-yes').trigger('click');
    await flushPromises();
    expect(document.activeElement).toBe(moving.get('#elsewhere').element);
    moving.unmount();
  });
});
