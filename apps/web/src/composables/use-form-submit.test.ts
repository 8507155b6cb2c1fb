/* eslint-disable vue/one-component-per-file -- small probe components, one per test */
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import ErrorSummary from '../ui/ErrorSummary.vue';
import { appPlugins, deferred, jsonResponse } from '../test/support';
import { type ApiResult, type FormSubmit, useFormSubmit } from './use-form-submit';

function setup(options: { labels?: Record<string, string> } = {}) {
  const summary = { focus: vi.fn() };
  let submitter!: FormSubmit;
  const Probe = defineComponent({
    setup() {
      submitter = useFormSubmit({
        summary: () => summary,
        form: () => document.getElementById('probe-form'),
        ...options,
      });
      return () =>
        h('form', { id: 'probe-form' }, [
          h('input', { id: 'probe-ok' }),
          h('input', { id: 'probe-bad', 'aria-invalid': 'true' }),
        ]);
    },
  });
  const wrapper = mount(Probe, {
    global: { plugins: appPlugins('fr').plugins },
    attachTo: document.body,
  });
  return { summary, submitter, wrapper };
}

function answer<T>(body: T, status = 200): () => Promise<ApiResult<T>> {
  const response = jsonResponse(body, status);
  return async () => (response.ok ? { data: body, response } : { error: body, response });
}

describe('useFormSubmit', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('on success runs `ok` with the data, toggles saving, leaves the summary alone', async () => {
    const { summary, submitter } = setup();
    submitter.messages.value = ['old'];
    submitter.notice.value = 'old notice';
    const gate = deferred<void>();
    const ok = vi.fn((data: { id: string }) => {
      submitter.notice.value = `créée ${data.id}`;
    });
    const pending = submitter.submit(
      async () => {
        await gate.promise;
        return answer({ id: 'a1' })();
      },
      { ok },
    );
    expect(submitter.saving.value).toBe(true);
    expect(submitter.messages.value).toEqual([]);
    expect(submitter.notice.value).toBe('old notice');
    gate.resolve();
    expect(await pending).toBe(true);
    expect(ok).toHaveBeenCalledWith({ id: 'a1' }, expect.any(Response));
    expect(submitter.notice.value).toBe('créée a1');
    expect(submitter.saving.value).toBe(false);
    expect(summary.focus).not.toHaveBeenCalled();
  });

  it('takes a success notice down when a later action fails or does not validate', async () => {
    const { submitter } = setup();
    await submitter.send(answer({ id: 'a1' }), {
      ok: () => {
        submitter.notice.value = 'Enregistré.';
      },
    });
    expect(submitter.notice.value).toBe('Enregistré.');
    await submitter.send(answer({ statusCode: 409, message: 'Déjà pris' }, 409), {
      ok: () => undefined,
    });
    expect(submitter.notice.value).toBe('');
    expect(submitter.messages.value).toEqual(['Déjà pris']);
    submitter.notice.value = 'Enregistré.';
    await submitter.submit(answer({}), { validate: () => false, ok: () => undefined });
    expect(submitter.notice.value).toBe('');
  });

  it('on 409 shows what `conflict` returns and focuses the summary', async () => {
    const { summary, submitter } = setup();
    const ok = vi.fn();
    const done = vi.fn();
    const result = await submitter.submit(
      answer({ statusCode: 409, message: 'Version périmée' }, 409),
      { ok, conflict: async () => ['Modifiée entre-temps.'], done },
    );
    expect(result).toBe(false);
    expect(ok).not.toHaveBeenCalled();
    expect(done).toHaveBeenCalledWith(false);
    expect(submitter.messages.value).toEqual(['Modifiée entre-temps.']);
    expect(summary.focus).toHaveBeenCalledOnce();
  });

  it('treats a 409 without a `conflict` handler, or one that returns nothing, accordingly', async () => {
    const { summary, submitter } = setup();
    await submitter.submit(answer({ statusCode: 409, message: 'Déjà pris' }, 409), {
      ok: () => undefined,
    });
    expect(submitter.messages.value).toEqual(['Déjà pris']);
    expect(summary.focus).toHaveBeenCalledOnce();
    await submitter.submit(answer({ statusCode: 409, message: 'Déjà pris' }, 409), {
      ok: () => undefined,
      conflict: () => undefined,
    });
    expect(submitter.messages.value).toEqual([]);
    expect(summary.focus).toHaveBeenCalledOnce();
  });

  it('on another API failure shows the sentence of its code, or the status, and focuses the summary', async () => {
    const { summary, submitter } = setup();
    await submitter.submit(
      answer(
        { statusCode: 409, code: 'ACCOUNT_EXISTS', params: { email: 'ines@exemple.fr' } },
        409,
      ),
      { ok: () => undefined },
    );
    expect(submitter.messages.value).toEqual(['Un compte existe déjà pour ines@exemple.fr.']);
    expect(summary.focus).toHaveBeenCalledOnce();
    // A code this version does not know: the API's own sentence.
    await submitter.submit(answer({ statusCode: 400, code: 'NEWER', message: 'Autre.' }, 400), {
      ok: () => undefined,
    });
    expect(submitter.messages.value).toEqual(['Autre.']);
    await submitter.submit(answer({}, 500), { ok: () => undefined });
    expect(submitter.messages.value).toEqual(['Le serveur a refusé la demande (erreur 500).']);
    expect(submitter.saving.value).toBe(false);
  });

  it('says each refused field at the field, and in the summary with its label', async () => {
    const { submitter } = setup({ labels: { siret: 'SIRET' } });
    await submitter.submit(
      answer(
        {
          statusCode: 400,
          code: 'INVALID_INPUT',
          params: { count: 1 },
          message: 'siret : 14 chiffres (les espaces sont acceptés).',
          fields: [{ field: 'siret', rule: 'siret', params: {}, message: '…' }],
        },
        400,
      ),
      { ok: () => undefined },
    );
    expect(submitter.fieldErrors.value).toEqual({
      siret: '14 chiffres (les espaces sont acceptés).',
    });
    expect(submitter.messages.value).toEqual(['SIRET : 14 chiffres (les espaces sont acceptés).']);
    await submitter.submit(answer({}, 200), { ok: () => undefined });
    expect(submitter.fieldErrors.value).toEqual({});
  });

  it('on a network failure (or a throwing `ok`) shows the network message', async () => {
    const { summary, submitter } = setup();
    const done = vi.fn();
    const result = await submitter.submit(() => Promise.reject(new TypeError('Failed to fetch')), {
      ok: () => undefined,
      done,
    });
    expect(result).toBe(false);
    expect(done).toHaveBeenCalledWith(false);
    expect(submitter.messages.value).toEqual([
      'Le serveur ne répond pas. Vérifiez votre connexion et réessayez.',
    ]);
    expect(submitter.saving.value).toBe(false);
    expect(summary.focus).toHaveBeenCalledOnce();
    await submitter.submit(answer({ id: 'x' }), {
      ok: () => Promise.reject(new Error('navigation')),
    });
    expect(submitter.messages.value).toHaveLength(1);
  });

  it('when invalid, focuses the first invalid control and sends nothing', async () => {
    const { summary, submitter } = setup();
    const request = vi.fn(answer({}));
    expect(await submitter.submit(request, { validate: () => false, ok: () => undefined })).toBe(
      false,
    );
    expect(request).not.toHaveBeenCalled();
    expect(document.activeElement?.id).toBe('probe-bad');
    expect(summary.focus).not.toHaveBeenCalled();
    expect(submitter.saving.value).toBe(false);
  });

  it('`send` leaves `saving` alone; `show` focuses only when there is something to say', async () => {
    const { summary, submitter } = setup();
    const gate = deferred<void>();
    const pending = submitter.send(
      async () => {
        await gate.promise;
        return answer({})();
      },
      { ok: () => undefined },
    );
    expect(submitter.saving.value).toBe(false);
    gate.resolve();
    await pending;
    await submitter.show([]);
    expect(summary.focus).not.toHaveBeenCalled();
    await submitter.show(['Choisissez une compétence.']);
    expect(submitter.messages.value).toEqual(['Choisissez une compétence.']);
    expect(summary.focus).toHaveBeenCalledOnce();
    submitter.notice.value = 'Enregistré.';
    submitter.clear();
    expect(submitter.messages.value).toEqual([]);
    expect(submitter.notice.value).toBe('');
  });

  it("defaults to the component's template refs `summary` (an ErrorSummary) and `form`", async () => {
    let submitter!: FormSubmit;
    const Form = defineComponent({
      setup() {
        submitter = useFormSubmit();
        const name = ref('');
        return () =>
          h('form', { ref: 'form' }, [
            h(ErrorSummary, {
              ref: 'summary',
              title: 'Erreurs',
              messages: submitter.messages.value,
            }),
            h('input', { id: 'name', 'aria-invalid': name.value ? 'false' : 'true' }),
          ]);
      },
    });
    const wrapper = mount(Form, {
      global: { plugins: appPlugins('fr').plugins },
      attachTo: document.body,
    });
    await submitter.submit(answer({}), { validate: () => false, ok: () => undefined });
    expect(document.activeElement?.id).toBe('name');
    await submitter.submit(answer({ statusCode: 422, message: 'Refusé' }, 422), {
      ok: () => undefined,
    });
    expect(document.activeElement?.getAttribute('role')).toBe('alert');
    expect(wrapper.get('[role="alert"]').text()).toContain('Refusé');
    wrapper.unmount();
  });
});
