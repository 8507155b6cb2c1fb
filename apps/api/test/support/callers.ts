import type { Persona } from './world.js';

/**
 * Who calls each route: a persona allowed past its role check (admin for most; see the matrix's
 * EXPECTED table) and the candidate, who owns the evidence (candidate-only routes) and exercises
 * the refusals. Routes only a tutor or an examiner may call are listed here.
 */
export const ALLOWED: Record<string, Persona> = {
  'POST /api/traces/:id/attestations': 'tutor',
  'DELETE /api/traces/:id/attestations/mine': 'tutor',
  'GET /api/interns': 'tutor',
  'PUT /api/pfmp/:id/bilan': 'tutor',
  'PUT /api/exam-sessions/:id/candidates/:candidateId/evaluation': 'examiner',
  'POST /api/exam-sessions/:id/candidates/:candidateId/evaluation/sign-off': 'examiner',
};
export const personasOf = (route: string): Persona[] => [
  ...new Set<Persona>([ALLOWED[route] ?? 'admin', 'candidate']),
];
