import { ref, shallowRef } from 'vue';
import { api } from '../api/client';
import type { Cohort } from '../api/types';

/** The cohorts the signed-in person may see (`GET /api/cohorts`). */
export function useCohorts() {
  const cohorts = shallowRef<Cohort[]>([]);
  const failed = ref(false);

  async function load(): Promise<void> {
    try {
      const { data } = await api.GET('/api/cohorts');
      cohorts.value = data ?? [];
      failed.value = !data;
    } catch {
      failed.value = true;
    }
  }

  function name(id: string | undefined): string {
    return cohorts.value.find((c) => c.id === id)?.name ?? '';
  }

  return { cohorts, failed, load, name };
}
