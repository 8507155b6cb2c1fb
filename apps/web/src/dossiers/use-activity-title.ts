import { useReferentialStore } from '../stores/referential';

/** The title of an activity (`2.1`) in the référentiel, or undefined until it is loaded. */
export function useActivityTitle(): (activity: string) => string | undefined {
  const referential = useReferentialStore();
  void referential.load();
  return (activity) =>
    referential.referential?.blocks
      .flatMap((b) => b.pole.activities)
      .find((a) => a.code === activity)?.title;
}
