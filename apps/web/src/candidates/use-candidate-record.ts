import { ref, shallowRef } from 'vue';
import { api } from '../api/client';
import type { Coverage, Dossier, ExamCode, PfmpRecord, User } from '../api/types';
import { useSessionStore } from '../stores/session';

export const EXAM_CODES: readonly ExamCode[] = ['E1', 'E2', 'E3'];

/**
 * Where a candidate stands, read-only: the person, their PFMP record and coverage, and the E1–E3
 * dossiers. `candidateId` undefined is the signed-in candidate's own; staff name one (a tutor
 * reaches only the periods they tutor: the API answers 404 to the dossiers, so they are not asked).
 */
export function useCandidateRecord(candidateId: () => string | undefined) {
  const session = useSessionStore();
  const person = shallowRef<User | null>(null);
  const dossiers = shallowRef<Dossier[]>([]);
  const pfmp = shallowRef<PfmpRecord | null>(null);
  const coverage = shallowRef<Coverage | null>(null);
  const state = ref<'loading' | 'ready' | 'missing' | 'error'>('loading');
  const withRecord = () => !candidateId() || session.hasRole('teacher', 'admin');

  async function load(): Promise<void> {
    state.value = 'loading';
    const id = candidateId() ?? session.user?.id ?? '';
    const query = { params: { query: { candidateId: candidateId() } } };
    try {
      const [user, record, cover, ...exams] = await Promise.all([
        api.GET('/api/users/{id}', { params: { path: { id } } }),
        api.GET('/api/pfmp', query),
        api.GET('/api/coverage', query),
        ...(withRecord()
          ? EXAM_CODES.map((exam) =>
              api.GET('/api/dossiers/{exam}', {
                params: { path: { exam }, query: { candidateId: candidateId() } },
              }),
            )
          : []),
      ]);
      if (user.response.status === 404) {
        state.value = 'missing';
        return;
      }
      person.value = user.data ?? null;
      pfmp.value = record.data ?? null;
      coverage.value = cover.data ?? null;
      dossiers.value = exams.flatMap((e) => (e.data ? [e.data] : []));
      const complete = user.data && record.data && cover.data && exams.every((e) => e.data);
      state.value = complete ? 'ready' : 'error';
    } catch {
      state.value = 'error';
    }
  }

  return { person, dossiers, pfmp, coverage, state, load };
}
