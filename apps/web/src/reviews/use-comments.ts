import { ref } from 'vue';
import { api } from '../api/client';
import { type ApiFailure, apiFailure, networkFailure } from '../api/errors';
import type { Comment, ExamCode } from '../api/types';

/** Whose thread: a trace, a dossier (staff name the candidate) or a submission. */
export type CommentSubject =
  | { type: 'trace'; id: string }
  | { type: 'submission'; id: string }
  | { type: 'dossier'; exam: ExamCode; candidateId?: string };

type Result<T> = { ok: true; data: T } | { ok: false; failure: ApiFailure };

async function call<T>(
  request: () => Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<Result<T>> {
  try {
    const { data, error, response } = await request();
    return response.ok
      ? { ok: true, data: data as T }
      : { ok: false, failure: apiFailure(response, error) };
  } catch {
    return { ok: false, failure: networkFailure };
  }
}

/** The comments of one thread and the calls that change them. */
export function useComments(subject: () => CommentSubject) {
  const comments = ref<Comment[]>([]);

  function fetchThread() {
    const s = subject();
    if (s.type === 'trace')
      return api.GET('/api/traces/{id}/comments', { params: { path: { id: s.id } } });
    if (s.type === 'submission')
      return api.GET('/api/submissions/{id}/comments', { params: { path: { id: s.id } } });
    return api.GET('/api/dossiers/{exam}/comments', {
      params: { path: { exam: s.exam }, query: { candidateId: s.candidateId } },
    });
  }

  function postComment(body: string) {
    const s = subject();
    if (s.type === 'trace')
      return api.POST('/api/traces/{id}/comments', {
        params: { path: { id: s.id } },
        body: { body },
      });
    if (s.type === 'submission')
      return api.POST('/api/submissions/{id}/comments', {
        params: { path: { id: s.id } },
        body: { body },
      });
    return api.POST('/api/dossiers/{exam}/comments', {
      params: { path: { exam: s.exam }, query: { candidateId: s.candidateId } },
      body: { body },
    });
  }

  async function load(): Promise<Result<Comment[]>> {
    const result = await call(fetchThread);
    if (result.ok) comments.value = result.data;
    return result;
  }

  async function add(body: string): Promise<Result<Comment>> {
    const result = await call(() => postComment(body));
    if (result.ok) comments.value = [...comments.value, result.data];
    return result;
  }

  async function edit(id: string, body: string): Promise<Result<Comment>> {
    const result = await call(() =>
      api.PATCH('/api/comments/{id}', { params: { path: { id } }, body: { body } }),
    );
    if (result.ok) comments.value = comments.value.map((c) => (c.id === id ? result.data : c));
    return result;
  }

  async function remove(id: string): Promise<Result<unknown>> {
    const result = await call(() => api.DELETE('/api/comments/{id}', { params: { path: { id } } }));
    if (result.ok) comments.value = comments.value.filter((c) => c.id !== id);
    return result;
  }

  return { comments, load, add, edit, remove };
}
