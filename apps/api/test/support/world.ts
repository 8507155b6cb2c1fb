import { randomBytes } from 'node:crypto';
import { referential } from '@dossier-sno/referential';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Cohort } from '../../src/cohorts/cohort.entity.js';
import { Establishment } from '../../src/cohorts/establishment.entity.js';
import { TeacherCohort } from '../../src/cohorts/teacher-cohort.entity.js';
import type { Role } from '../../src/users/role.js';
import { TutorAssignment } from '../../src/users/tutor-assignment.entity.js';
import { UsersService } from '../../src/users/users.service.js';
import type { TestPlatform } from './test-platform.js';

/** Everyone the authorisation matrix calls routes as. */
export const PERSONAS = [
  'anonymous',
  'candidate',
  'otherCandidate',
  'tutor',
  'unrelatedTutor',
  'otherPeriodTutor',
  'teacher',
  'otherTeacher',
  'examiner',
  'admin',
  'otherAdmin',
] as const;
export type Persona = (typeof PERSONAS)[number];

export const PASSWORD = 'correct horse battery staple';

export interface Account {
  id: string;
  email: string;
}

/**
 * Two establishments. A: cohort A with `candidate` and `otherCandidate`, `tutor` assigned to
 * `candidate`, `unrelatedTutor` assigned to nobody, `otherPeriodTutor` assigned to `candidate` too (the tutor of
 * another of their PFMP periods, at another organisation: `createEvidence`), `teacher` following cohort A, an `examiner`, an
 * `admin`, and spares for routes that change assignments. B: `otherTeacher` (following cohort B),
 * `otherAdmin`, `foreignCandidate`.
 */
export interface World {
  establishmentA: string;
  establishmentB: string;
  cohortA: string;
  cohortB: string;
  people: Record<Exclude<Persona, 'anonymous'>, Account> & {
    foreignCandidate: Account;
    spareTutor: Account;
    spareTeacher: Account;
    victim: Account;
  };
}

export async function buildWorld(platform: TestPlatform): Promise<World> {
  const db = platform.app.get(DataSource);
  const users = platform.app.get(UsersService);
  const tag = randomBytes(4).toString('hex');
  return db.transaction(async (manager) => {
    const establishment = (name: string) =>
      manager.save(manager.create(Establishment, { name: `${name} ${tag}`, uai: null }));
    const cohort = (establishmentId: string, name: string) =>
      manager.save(
        manager.create(Cohort, {
          establishmentId,
          name: `${name} ${tag}`,
          schoolYear: '2026-2027',
          referentialVersion: referential.version,
        }),
      );
    const [a, b] = [await establishment('Lycée A'), await establishment('Lycée B')];
    const [cohortA, cohortB] = [await cohort(a.id, 'A'), await cohort(b.id, 'B')];
    const person = async (
      name: string,
      establishmentId: string,
      roles: Role[],
      cohortId?: string,
    ) => {
      const email = `${name.toLowerCase()}.${tag}@test.dossier-sno.fr`;
      const { user } = await users.createAccount(manager, null, establishmentId, {
        email,
        displayName: name,
        roles,
        password: PASSWORD,
        candidate: cohortId
          ? { cohortId, status: 'scolaire_public_ou_prive_sous_contrat', positionne: false }
          : undefined,
      });
      return { id: user.id, email };
    };
    const people = {
      candidate: await person('Candidate', a.id, ['candidate'], cohortA.id),
      otherCandidate: await person('OtherCandidate', a.id, ['candidate'], cohortA.id),
      tutor: await person('Tutor', a.id, ['tutor']),
      unrelatedTutor: await person('UnrelatedTutor', a.id, ['tutor']),
      otherPeriodTutor: await person('OtherPeriodTutor', a.id, ['tutor']),
      teacher: await person('Teacher', a.id, ['teacher']),
      otherTeacher: await person('OtherTeacher', b.id, ['teacher']),
      examiner: await person('Examiner', a.id, ['examiner']),
      admin: await person('Admin', a.id, ['admin']),
      otherAdmin: await person('OtherAdmin', b.id, ['admin']),
      foreignCandidate: await person('ForeignCandidate', b.id, ['candidate'], cohortB.id),
      spareTutor: await person('SpareTutor', a.id, ['tutor']),
      spareTeacher: await person('SpareTeacher', a.id, ['teacher']),
      victim: await person('Victim', a.id, ['tutor']),
    };
    await manager.insert(TutorAssignment, [
      { tutorId: people.tutor.id, candidateId: people.candidate.id },
      { tutorId: people.otherPeriodTutor.id, candidateId: people.candidate.id },
    ]);
    await manager.insert(TeacherCohort, [
      { teacherId: people.teacher.id, cohortId: cohortA.id },
      { teacherId: people.otherTeacher.id, cohortId: cohortB.id },
    ]);
    return {
      establishmentA: a.id,
      establishmentB: b.id,
      cohortA: cohortA.id,
      cohortB: cohortB.id,
      people,
    };
  });
}

/** A signed-in HTTP client: cookie jar plus the session's CSRF token. */
export interface Session {
  agent: ReturnType<typeof request.agent>;
  csrf: string;
}

export async function signIn(
  platform: TestPlatform,
  email: string,
  password = PASSWORD,
): Promise<Session> {
  const agent = request.agent(platform.http);
  const res = await agent.post('/api/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`sign-in of ${email} failed: ${res.status} ${res.text}`);
  return { agent, csrf: String(res.headers['x-csrf-token']) };
}

/**
 * Sessions per persona, signed in once and reused (`fresh` for a call that ends its session);
 * anonymous is a new agent each time.
 */
export function personaSessions(platform: TestPlatform, world: () => World) {
  const sessions = new Map<Persona, Session>();
  const sessionOf = async (persona: Persona, fresh = false): Promise<Session> => {
    if (persona === 'anonymous') return anonymous(platform);
    if (fresh) return signIn(platform, world().people[persona].email);
    if (!sessions.has(persona))
      sessions.set(persona, await signIn(platform, world().people[persona].email));
    return sessions.get(persona)!;
  };
  /** Whether `persona` is signed in already (a first sign-in writes rows). */
  return Object.assign(sessionOf, { has: (persona: Persona) => sessions.has(persona) });
}

export function anonymous(platform: TestPlatform): Session {
  return { agent: request.agent(platform.http), csrf: '' };
}
