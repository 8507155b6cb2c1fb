import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { CSRF_HEADER } from '../api/csrf';
import { apiFailure } from '../api/errors';
import { useFailureMessages } from '../auth/use-failure-messages';
import type { FileView } from '../api/types';
import { useSessionStore } from '../stores/session';

/** `waiting`: queued behind another file of a batch sent one at a time. */
export type UploadStatus = 'waiting' | 'uploading' | 'done' | 'failed' | 'cancelled';

/** One file being sent (or sent, or refused) to `POST /api/traces/{id}/files`. */
export interface UploadItem {
  key: number;
  file: File;
  /** Bytes sent so far and in all (from `upload.onprogress`). */
  loaded: number;
  total: number;
  /** 0–100. */
  percent: number;
  status: UploadStatus;
  error: string | null;
  result: FileView | null;
}

let nextKey = 1;

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/**
 * Uploads files to a trace, several at a time, with progress per file. The one place that does not
 * use the generated client: `fetch` reports no upload progress, so this sends an XMLHttpRequest
 * (with the session's CSRF token) and types the answer with the generated `FileView`.
 */
export function useFileUpload(traceId: () => string, onUploaded?: (file: FileView) => void) {
  const { t, locale } = useI18n();
  const session = useSessionStore();
  const items = ref<UploadItem[]>([]);
  const requests = new Map<number, XMLHttpRequest>();

  function item(key: number): UploadItem | undefined {
    return items.value.find((i) => i.key === key);
  }

  const failureMessages = useFailureMessages();

  /** The sentence for a refused file: the API's code in the interface language. */
  function failureMessage(status: number, body: unknown): string {
    if (status === 413) return t('files.tooLarge');
    const failure = apiFailure(new Response(null, { status }), body);
    if (status === 415 && !failure.code && !failure.message) return t('files.refusedType');
    return failureMessages(failure).join(' ');
  }

  function send(key: number): Promise<void> {
    const current = item(key);
    if (!current) return Promise.resolve();
    Object.assign(current, {
      loaded: 0,
      total: current.file.size,
      percent: 0,
      status: 'uploading',
      error: null,
      result: null,
    });
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      requests.set(key, xhr);
      const update = (patch: Partial<UploadItem>) => {
        const target = item(key);
        if (target) Object.assign(target, patch);
      };
      const finish = () => {
        requests.delete(key);
        resolve();
      };
      xhr.upload.onprogress = (event: ProgressEvent) => {
        if (!event.lengthComputable) return;
        update({
          loaded: event.loaded,
          total: event.total,
          percent: event.total ? Math.round((event.loaded / event.total) * 100) : 0,
        });
      };
      xhr.onload = () => {
        const body = parseJson(xhr.responseText);
        if (xhr.status === 201 || xhr.status === 200) {
          const file = body as FileView;
          update({ status: 'done', percent: 100, result: file });
          onUploaded?.(file);
        } else update({ status: 'failed', error: failureMessage(xhr.status, body) });
        finish();
      };
      xhr.onerror = () => {
        update({ status: 'failed', error: t('form.networkError') });
        finish();
      };
      xhr.onabort = () => {
        update({ status: 'cancelled', error: null });
        finish();
      };
      xhr.open('POST', `/api/traces/${encodeURIComponent(traceId())}/files`);
      if (session.csrfToken) xhr.setRequestHeader(CSRF_HEADER, session.csrfToken);
      xhr.setRequestHeader('Accept-Language', locale.value);
      const form = new FormData();
      form.append('file', current.file, current.file.name);
      xhr.send(form);
    });
  }

  /**
   * Starts one upload per file, all at once or (`oneAtATime`) each after the previous one; resolves
   * with the files' items once every one has ended.
   */
  async function upload(files: Iterable<File>, { oneAtATime = false } = {}): Promise<UploadItem[]> {
    const keys: number[] = [];
    for (const file of files) {
      const key = nextKey++;
      keys.push(key);
      items.value.push({
        key,
        file,
        loaded: 0,
        total: file.size,
        percent: 0,
        status: oneAtATime ? 'waiting' : 'uploading',
        error: null,
        result: null,
      });
    }
    // A queued file cancelled (or dismissed) before its turn is not sent.
    if (oneAtATime) {
      for (const key of keys) if (item(key)?.status === 'waiting') await send(key);
    } else await Promise.all(keys.map(send));
    return keys.map(item).filter((i): i is UploadItem => i !== undefined);
  }

  function cancel(key: number): void {
    const current = item(key);
    if (current?.status === 'waiting') Object.assign(current, { status: 'cancelled' });
    else requests.get(key)?.abort();
  }

  function retry(key: number): Promise<void> {
    return send(key);
  }

  function dismiss(key: number): void {
    cancel(key);
    items.value = items.value.filter((i) => i.key !== key);
  }

  return { items, upload, cancel, retry, dismiss };
}
