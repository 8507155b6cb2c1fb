/** Ids of the sections of the référentiel page, shared by the sections and the table of contents. */
export const sectionIds = {
  block: (code: string) => `bloc-${code.toLowerCase()}`,
  competence: (code: string) => `competence-${code.toLowerCase().replace('.', '-')}`,
  transversal: 'competences-transversales',
  exams: 'epreuves',
  statuses: 'statuts',
} as const;

/** « B2 » → « 2 ». */
export function blockNumber(code: string): string {
  return code.replace(/^B/, '');
}
