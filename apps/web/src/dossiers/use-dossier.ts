import { computed, onScopeDispose, reactive, ref, shallowRef, watch } from 'vue';
import { api } from '../api/client';
import { type ApiFailure, apiFailure, networkFailure } from '../api/errors';
import type { Dossier, ExamCode, Trace } from '../api/types';
import {
  bodyOf,
  copyDraft,
  type DossierDraft,
  draftOf,
  type DraftHighlight,
  mergeDrafts,
} from './dossier-draft';

/** Quiet time after the last change before it is saved: long enough not to save every keystroke. */
export const AUTOSAVE_DELAY_MS = 1200;

const emptyDraft = (): DossierDraft => ({
  items: [],
  presentation: '',
  members: [],
  contribution: '',
  projectTraceIds: [],
  highlights: [],
});

/**
 * A candidate's dossier for one exam and its draft, saved as the candidate goes: each change is
 * sent (debounced) with the version read, one request at a time, so another tab's save still
 * answers 409. After a 409 nothing is sent until `reload`, which keeps this page's changes.
 */
export function useDossier(exam: () => ExamCode) {
  const dossier = shallowRef<Dossier | null>(null);
  /** All the candidate's traces: what the dossier and its realisations pick from. */
  const traces = ref<Trace[]>([]);
  const draft = reactive<DossierDraft>(emptyDraft());
  const loading = ref(false);
  const loadFailed = ref(false);
  const saving = ref(false);
  const conflict = ref(false);
  /** Why the last save failed (cleared by the next success). */
  const failure = ref<ApiFailure | null>(null);
  const savedAt = ref<Date | null>(null);
  /** The draft as the server has it: the base of a merge after a 409. */
  let base = emptyDraft();

  const withHighlights = computed(() => exam() === 'E2' && dossier.value?.mode === 'ponctuel');
  const bodyKey = (value: DossierDraft) =>
    JSON.stringify(bodyOf(value, exam(), withHighlights.value));
  const syncedKey = ref(bodyKey(base));
  /** Whether the page holds changes the server does not have yet. */
  const dirty = computed(() => dossier.value !== null && bodyKey(draft) !== syncedKey.value);

  /** Refills the draft in place: the drag-and-drop directive holds its very `items` array. */
  function assign(value: DossierDraft): void {
    draft.items.splice(0, draft.items.length, ...value.items);
    const { items: _items, ...rest } = copyDraft(value);
    Object.assign(draft, rest);
  }

  function synced(value: Dossier, server: DossierDraft): void {
    dossier.value = value;
    base = copyDraft(server);
    syncedKey.value = bodyKey(base);
  }

  /** Counts loads: switching exams quickly must not let an older answer replace a newer one. */
  let loads = 0;

  async function load(): Promise<boolean> {
    cancelAutosave();
    const current = ++loads;
    loading.value = true;
    loadFailed.value = false;
    conflict.value = false;
    failure.value = null;
    try {
      const [d, tr] = await Promise.all([
        api.GET('/api/dossiers/{exam}', { params: { path: { exam: exam() } } }),
        api.GET('/api/traces', { params: { query: { pageSize: 100 } } }),
      ]);
      if (current !== loads) return false;
      if (d.data) {
        const server = draftOf(d.data);
        synced(d.data, server);
        assign(server);
      } else loadFailed.value = true;
      traces.value = tr.data?.items ?? [];
    } catch {
      if (current !== loads) return false;
      loadFailed.value = true;
    }
    loading.value = false;
    return !loadFailed.value;
  }

  /** One PUT with the version last read; a change typed meanwhile stays dirty and is sent next. */
  async function send(force: boolean): Promise<boolean> {
    const current = dossier.value;
    // While another exam's dossier loads, what the page holds is not this exam's.
    if (!current || current.exam !== exam() || conflict.value) return false;
    if (!force && !dirty.value) return true;
    const sent = copyDraft(draft);
    saving.value = true;
    try {
      const { data, error, response } = await api.PUT('/api/dossiers/{exam}', {
        params: { path: { exam: exam() } },
        body: { version: current.version, ...bodyOf(sent, exam(), withHighlights.value) },
      });
      if (data) {
        synced(data, sent);
        failure.value = null;
        savedAt.value = new Date();
        return true;
      }
      if (response.status === 409) conflict.value = true;
      else failure.value = apiFailure(response, error);
    } catch {
      failure.value = networkFailure;
    } finally {
      saving.value = false;
    }
    return false;
  }

  let queue: Promise<boolean> = Promise.resolve(true);
  let timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Saves now, after any save in flight. `force` sends even an unchanged dossier (the "Enregistrer"
   * button: it then also tells whether another tab saved meanwhile).
   */
  function save(force = false): Promise<boolean> {
    cancelAutosave();
    queue = queue.then(() => send(force));
    return queue;
  }

  function cancelAutosave(): void {
    clearTimeout(timer);
    timer = undefined;
  }

  watch(
    () => bodyKey(draft),
    () => {
      cancelAutosave();
      if (dirty.value && !conflict.value) timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
  );
  onScopeDispose(cancelAutosave);

  /**
   * After a 409: reads the latest version and puts this page's changes back on top of it, so
   * nothing typed is lost; they are then saved with the new version. Whether any were kept.
   */
  async function reload(): Promise<{ ok: boolean; kept: boolean }> {
    const mine = copyDraft(draft);
    try {
      const { data } = await api.GET('/api/dossiers/{exam}', {
        params: { path: { exam: exam() } },
      });
      if (!data) return { ok: false, kept: false };
      const theirs = draftOf(data);
      const merged = mergeDrafts(base, mine, theirs);
      synced(data, theirs);
      conflict.value = false;
      failure.value = null;
      assign(merged);
      return { ok: true, kept: bodyKey(merged) !== syncedKey.value };
    } catch {
      return { ok: false, kept: false };
    }
  }

  function addTrace(trace: Trace): void {
    if (draft.items.some((i) => i.traceId === trace.id)) return;
    draft.items.push({
      traceId: trace.id,
      title: trace.title,
      competences: [...trace.competences],
      comment: '',
    });
  }

  /** Takes the trace out of the dossier and of the project; realisations keep it (and say so). */
  function removeItem(index: number): void {
    const [item] = draft.items.splice(index, 1);
    if (item) draft.projectTraceIds = draft.projectTraceIds.filter((id) => id !== item.traceId);
  }

  /** A realisation's trace: chosen among all traces, it joins the dossier if it was not in it. */
  function chooseHighlightTrace(highlight: DraftHighlight, traceId: string): Trace | null {
    highlight.traceId = traceId;
    const trace = traces.value.find((tr) => tr.id === traceId);
    if (!trace || draft.items.some((i) => i.traceId === traceId)) return null;
    addTrace(trace);
    return trace;
  }

  return {
    dossier,
    traces,
    draft,
    loading,
    loadFailed,
    saving,
    conflict,
    failure,
    savedAt,
    dirty,
    withHighlights,
    load,
    save,
    reload,
    addTrace,
    removeItem,
    chooseHighlightTrace,
  };
}
