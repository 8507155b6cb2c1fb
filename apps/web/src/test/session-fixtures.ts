import type { SessionUser } from '../api/types';
import { jsonResponse } from './support';

export const adminUser: SessionUser = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'admin@demo.dossier-sno.fr',
  displayName: 'Alice Admin',
  roles: ['admin'],
};

export const candidateUser: SessionUser = {
  id: '00000000-0000-4000-8000-000000000002',
  email: 'camille.martin@demo.dossier-sno.fr',
  displayName: 'Camille Martin',
  roles: ['candidate'],
};

/** The API's 401 for `GET /api/auth/me` without a session. */
export function unauthorized(): Response {
  return jsonResponse(
    { statusCode: 401, message: 'Non connecté / Not signed in', error: 'Unauthorized' },
    401,
  );
}

/** A fake API: `me` answers `user` (or 401), `csrf` a token, anything else 404. */
export function sessionApi(
  user: SessionUser | null,
  extra?: (request: Request) => Response | null,
) {
  return (request: Request): Response => {
    const path = new URL(request.url).pathname;
    const answer = extra?.(request);
    if (answer) return answer;
    if (path === '/api/auth/me') return user ? jsonResponse(user) : unauthorized();
    if (path === '/api/auth/csrf') return jsonResponse({ token: 'csrf-from-get' });
    return jsonResponse({ statusCode: 404, message: 'Introuvable', error: 'Not Found' }, 404);
  };
}
