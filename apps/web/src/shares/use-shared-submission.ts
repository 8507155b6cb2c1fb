import { onMounted, onUnmounted, ref, shallowRef, watch, type Ref } from 'vue';
import { api } from '../api/client';
import type { SharedSubmission } from '../api/types';

/**
 * `invalid`: no token, or the API does not know it (expired, revoked, mistyped: it answers 404 for
 * all three, so nobody can tell them apart). `error`: the server did not answer usefully, which a
 * retry may fix.
 */
export type SharedStatus = 'loading' | 'ready' | 'invalid' | 'error';

/** The submission behind a share token, loaded again whenever the token changes. */
export function useSharedSubmission(token: Ref<string>) {
  const submission = shallowRef<SharedSubmission | null>(null);
  const status = ref<SharedStatus>('loading');

  async function load(): Promise<void> {
    submission.value = null;
    if (!token.value) {
      status.value = 'invalid';
      return;
    }
    status.value = 'loading';
    try {
      const { data, response } = await api.GET('/api/shared/{token}', {
        params: { path: { token: token.value } },
      });
      submission.value = data ?? null;
      status.value = data ? 'ready' : response.status === 404 ? 'invalid' : 'error';
    } catch {
      status.value = 'error';
    }
  }
  watch(token, load, { immediate: true });

  return { submission, status, load };
}

/**
 * Asks search engines not to index the page while it is shown. The server also sends
 * `X-Robots-Tag` for this address; the tag covers crawlers that only read the rendered page.
 */
export function useNoIndex(): void {
  let meta: HTMLMetaElement | null = null;
  onMounted(() => {
    meta = document.createElement('meta');
    meta.name = 'robots';
    meta.content = 'noindex, nofollow';
    document.head.append(meta);
  });
  onUnmounted(() => meta?.remove());
}
