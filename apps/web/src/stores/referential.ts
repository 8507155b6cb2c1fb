import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { api } from '../api/client';
import type { Referential } from '../api/types';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Why the last load failed: the server answered with an error status, or did not answer. */
export type LoadError = { kind: 'http'; status: number } | { kind: 'network' };

/** The référentiel, fetched once from `GET /api/referential` and shared by every view. */
export const useReferentialStore = defineStore('referential', () => {
  const referential = shallowRef<Referential | null>(null);
  const status = ref<LoadStatus>('idle');
  const error = ref<LoadError | null>(null);
  let pending: Promise<void> | null = null;

  const competences = computed(() => referential.value?.blocks.flatMap((b) => b.competences) ?? []);
  const detailedCompetences = computed(() => competences.value.flatMap((c) => c.detailed));
  const candidateStatuses = computed(() => referential.value?.candidateStatuses ?? []);

  /** Loads the référentiel unless it is already there; concurrent calls share one request. */
  function load(): Promise<void> {
    if (status.value === 'ready') return Promise.resolve();
    pending ??= fetchReferential().finally(() => {
      pending = null;
    });
    return pending;
  }

  async function fetchReferential(): Promise<void> {
    status.value = 'loading';
    error.value = null;
    try {
      const { data, response } = await api.GET('/api/referential');
      if (data) {
        referential.value = data;
        status.value = 'ready';
      } else {
        error.value = { kind: 'http', status: response.status };
        status.value = 'error';
      }
    } catch {
      error.value = { kind: 'network' };
      status.value = 'error';
    }
  }

  return {
    referential,
    status,
    error,
    competences,
    detailedCompetences,
    candidateStatuses,
    load,
  };
});
