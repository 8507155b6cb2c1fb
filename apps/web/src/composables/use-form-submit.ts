import { type MaybeRefOrGetter, provide, ref, toValue, useTemplateRef } from 'vue';
import { apiFailure, networkFailure } from '../api/errors';
import { useFailureMessages, useFieldProblems } from '../auth/use-failure-messages';
import { focusFirstInvalid } from '../ui/focus';
import { FIELD_ERRORS } from './field-errors';

/** What an openapi-fetch call resolves to. */
export interface ApiResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** What a call does with each outcome. */
export interface SubmitHandlers<T> {
  /** Checked first; when it says no, focus goes to the first invalid control and nothing is sent. */
  validate?: () => boolean;
  /** A 2xx answer: notice, navigation, reload… */
  ok: (data: T, response: Response) => unknown;
  /**
   * A 409 (the resource changed meanwhile): the messages it returns are shown. Without it, a 409
   * is a failure like any other (the API's message).
   */
  conflict?: () => readonly string[] | void | Promise<readonly string[] | void>;
  /** Runs once the outcome is known (`true` on success), before the focus moves. */
  done?: (ok: boolean) => void;
}

/** The part of `ErrorSummary` this needs (its exposed `focus`). */
interface Focusable {
  focus(): Promise<void> | void;
}

/**
 * The submit of a form that calls the API: clears the messages, validates, toggles
 * `saving`, shows the API's messages (or the network one, or the caller's 409 sentences) and then
 * moves focus to the error summary, so that the failure is announced where the user is.
 *
 * The summary and the form are, unless given, the component's template refs `summary`
 * (an `ErrorSummary`) and `form`.
 */
export function useFormSubmit(
  options: {
    summary?: MaybeRefOrGetter<Focusable | null | undefined>;
    form?: MaybeRefOrGetter<HTMLElement | null | undefined>;
    /** The labels of the form's fields by API field name, for the summary's sentences. */
    labels?: MaybeRefOrGetter<Readonly<Record<string, string>>>;
  } = {},
) {
  const summary = options.summary ?? useTemplateRef<Focusable>('summary');
  const form = options.form ?? useTemplateRef<HTMLElement>('form');
  const failureMessages = useFailureMessages();
  const fieldProblems = useFieldProblems();
  const messages = ref<string[]>([]);
  /** What the API said of each field it refused, to show beside the field. */
  const fieldErrors = ref<Record<string, string>>({});
  provide(FIELD_ERRORS, fieldErrors);
  const notice = ref('');
  const saving = ref(false);

  /** Clears the messages and the notice (a call clears only the messages). */
  function clear(): void {
    messages.value = [];
    fieldErrors.value = {};
    notice.value = '';
  }

  /** Shows `list` in the error summary and focuses it when there is anything to say. */
  async function show(list: readonly string[]): Promise<void> {
    messages.value = [...list];
    if (messages.value.length) await toValue(summary)?.focus();
  }

  /** Moves focus to the first control marked invalid in the form. */
  function focusInvalid(): Promise<void> {
    return focusFirstInvalid(toValue(form));
  }

  async function run<T>(
    request: () => Promise<ApiResult<T>>,
    handlers: SubmitHandlers<T>,
    busy: boolean,
  ): Promise<boolean> {
    messages.value = [];
    fieldErrors.value = {};
    if (handlers.validate && !handlers.validate()) {
      notice.value = '';
      await focusInvalid();
      return false;
    }
    let ok = false;
    if (busy) saving.value = true;
    try {
      const { data, error, response } = await request();
      if (response.ok) {
        ok = true;
        await handlers.ok(data as T, response);
      } else if (response.status === 409 && handlers.conflict) {
        messages.value = [...((await handlers.conflict()) ?? [])];
      } else {
        const failure = apiFailure(response, error);
        messages.value = failureMessages(failure, toValue(options.labels));
        fieldErrors.value = fieldProblems(failure);
      }
    } catch {
      ok = false;
      messages.value = failureMessages(networkFailure);
    }
    if (busy) saving.value = false;
    // A success announced earlier must not stay on screen beside this failure.
    if (!ok) notice.value = '';
    handlers.done?.(ok);
    if (messages.value.length) await toValue(summary)?.focus();
    return ok;
  }

  return {
    /** The errors to give to `ErrorSummary`. */
    messages,
    /** The API's refusals by field name, for each `FormField`'s `error`. */
    fieldErrors,
    /** The sentence to show in the page's `role="status"` after a success. */
    notice,
    /** True while a `submit` waits for the API (the submit button's `loading`). */
    saving,
    clear,
    show,
    focusInvalid,
    /** Validates, sends, and reports; `saving` is true meanwhile. Resolves to whether it succeeded. */
    submit: <T>(request: () => Promise<ApiResult<T>>, handlers: SubmitHandlers<T>) =>
      run(request, handlers, true),
    /** The same for an action with its own busy state (delete, upload): `saving` is left alone. */
    send: <T>(request: () => Promise<ApiResult<T>>, handlers: SubmitHandlers<T>) =>
      run(request, handlers, false),
  };
}

/** The feedback of a page, given to the components that act in it. */
export type FormSubmit = ReturnType<typeof useFormSubmit>;
