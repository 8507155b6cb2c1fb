import { useReferentialStore } from '../stores/referential';

/** « C2.1 — title » for a competence, « T1 — label » for a transversal competence. */
export function useCompetenceLabel() {
  const referential = useReferentialStore();
  void referential.load();
  return (code: string): string => {
    const label =
      referential.competences.find((c) => c.code === code)?.title ??
      referential.referential?.transversal.find((c) => c.code === code)?.label;
    return label ? `${code} — ${label}` : code;
  };
}
