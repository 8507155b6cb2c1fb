import { ConflictException } from '@nestjs/common';

/** What was edited, as the French sentence names it, and how to ask for a reload of it. */
const SUBJECTS = {
  account: ['Ce compte a été modifié', 'rechargez-le'],
  bilan: ['Ce bilan a été modifié', 'rechargez-le'],
  dossier: ['Ce dossier a été modifié', 'rechargez-le'],
  evaluation: ['Cette évaluation a été modifiée', 'rechargez-la'],
  examSession: ['Cette session a été modifiée', 'rechargez-la'],
  period: ['Cette période a été modifiée', 'rechargez-la'],
  trace: ['Cette trace a été modifiée', 'rechargez-la'],
} as const;

/**
 * 409 for an edit sent with a version that is no longer the stored one (optimistic locking): the
 * one wording of every versioned resource.
 */
export function staleVersion(subject: keyof typeof SUBJECTS, current: number): ConflictException {
  const [edited, reload] = SUBJECTS[subject];
  return new ConflictException(
    `${edited} entre-temps (version ${current}) : ${reload}. / Stale version, reload.`,
  );
}
