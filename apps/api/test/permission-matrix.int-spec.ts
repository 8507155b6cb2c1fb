/**
 * The permission matrix: every permission of the closed list × every persona, asked of the policy
 * itself (`checkAccess`) on the evidence of the route matrix, on a real database. The route matrix
 * (authorization-matrix.int-spec.ts) says what each route answers; this one says what each
 * permission grants, so a route that asks the wrong permission and a permission that grants too
 * much both fail. A permission without a row fails too.
 *
 * `candidateExaminer` holds the candidate and examiner roles, is enrolled in the session and was
 * seated on its commission behind the service's back (the state a race or an older version could
 * leave): no permission on that session or its evaluations may reach them (issue 13, item 1).
 */
import { DataSource } from 'typeorm';
import type { Actor } from '../src/auth/actor.js';
import { ExamSessionCandidate, ExamSessionMember } from '../src/exams/exam-session.entity.js';
import { AccessPolicy } from '../src/policy/access-policy.js';
import { evaluationKey, Permission } from '../src/policy/permission.js';
import { User } from '../src/users/user.entity.js';
import { UsersService } from '../src/users/users.service.js';
import { createEvidence, type Evidence } from './support/route-calls.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, PASSWORD, PERSONAS, personaSessions, type World } from './support/world.js';

const ASKED = [...PERSONAS.filter((p) => p !== 'anonymous'), 'candidateExaminer'] as const;
type Asked = (typeof ASKED)[number];
type Row = [0 | 1, 0 | 1, 0 | 1, 0 | 1, 0 | 1, 0 | 1, 0 | 1, 0 | 1, 0 | 1, 0 | 1, 0 | 1];

/** The resource each permission is asked on: the candidate's, in establishment A. */
const resourceOf = (permission: Permission, w: World, e: Evidence): string => {
  const [kind] = permission.split('.') as [string];
  const ids: Record<string, string> = {
    user: w.people.candidate.id,
    candidate: w.people.candidate.id,
    record: w.people.candidate.id,
    cohort: w.cohortA,
    trace: e.trace,
    file: e.file,
    'pfmp-period': e.period,
    bilan: e.period,
    submission: e.submission,
    comment: e.comment,
    'exam-session': e.examSession,
    evaluation: evaluationKey(e.examSession, w.people.candidate.id),
  };
  return ids[kind]!;
};

// prettier-ignore
const EXPECTED: Record<Permission, Row> = {
  //                                   cand oCand tutor uTut pTut teach oTeach exam admin oAdm candExam
  [Permission.UserRead]:              [1,   0,    1,    0,   1,   1,    0,     0,   1,    0,   0],
  [Permission.UserManage]:            [0,   0,    0,    0,   0,   0,    0,     0,   1,    0,   0],
  [Permission.CandidateRead]:         [1,   0,    1,    0,   1,   1,    0,     0,   1,    0,   0],
  [Permission.CandidateManage]:       [0,   0,    0,    0,   0,   1,    0,     0,   1,    0,   0],
  [Permission.RecordRead]:            [1,   0,    0,    0,   0,   1,    0,     0,   1,    0,   0],
  [Permission.CohortRead]:            [1,   1,    0,    0,   0,   1,    0,     0,   1,    0,   1],
  [Permission.CohortFollow]:          [0,   0,    0,    0,   0,   1,    0,     0,   1,    0,   0],
  // `tutor` tutors the period of the trace; `otherPeriodTutor` another period of the candidate.
  [Permission.TraceRead]:             [1,   0,    1,    0,   0,   1,    0,     0,   1,    0,   0],
  [Permission.TraceUpdate]:           [1,   0,    0,    0,   0,   0,    0,     0,   0,    0,   0],
  [Permission.TraceAttest]:           [0,   0,    1,    0,   0,   0,    0,     0,   0,    0,   0],
  [Permission.FileRead]:              [1,   0,    1,    0,   0,   1,    0,     0,   1,    0,   0],
  [Permission.FileUpdate]:            [1,   0,    0,    0,   0,   0,    0,     0,   0,    0,   0],
  [Permission.PfmpPeriodRead]:        [1,   0,    1,    0,   0,   1,    0,     0,   1,    0,   0],
  [Permission.PfmpPeriodUpdate]:      [1,   0,    0,    0,   0,   0,    0,     0,   0,    0,   0],
  // The bilan is a draft: its candidate reads it only once complete.
  [Permission.BilanRead]:             [0,   0,    1,    0,   0,   1,    0,     0,   1,    0,   0],
  [Permission.BilanWrite]:            [0,   0,    1,    0,   0,   0,    0,     0,   0,    0,   0],
  [Permission.SubmissionRead]:        [1,   0,    0,    0,   0,   1,    0,     1,   1,    0,   0],
  [Permission.SubmissionFollow]:      [1,   0,    0,    0,   0,   1,    0,     0,   1,    0,   0],
  [Permission.SubmissionShare]:       [1,   0,    0,    0,   0,   1,    0,     0,   1,    0,   0],
  // The comment is the candidate's, on the trace; whoever reads the trace reads it (route matrix).
  [Permission.CommentUpdate]:         [1,   0,    0,    0,   0,   0,    0,     0,   0,    0,   0],
  // The session was created by `admin`, with `examiner` seated and `candidate` enrolled.
  [Permission.ExamSessionRead]:       [0,   0,    0,    0,   0,   0,    0,     1,   1,    0,   0],
  [Permission.ExamSessionManage]:     [0,   0,    0,    0,   0,   0,    0,     0,   1,    0,   0],
  [Permission.ExamSessionMarksRead]:  [0,   0,    0,    0,   0,   0,    0,     1,   1,    0,   0],
  [Permission.EvaluationRead]:        [0,   0,    0,    0,   0,   0,    0,     1,   1,    0,   0],
  [Permission.EvaluationWrite]:       [0,   0,    0,    0,   0,   0,    0,     1,   0,    0,   0],
};

/** The session permissions asked of `candidateExaminer` about their own evaluation too. */
const SESSION_PERMISSIONS = [
  Permission.ExamSessionRead,
  Permission.ExamSessionManage,
  Permission.ExamSessionMarksRead,
  Permission.EvaluationRead,
  Permission.EvaluationWrite,
];

describe('permission matrix (every permission × every persona)', () => {
  let platform: TestPlatform;
  let world: World;
  let evidence: Evidence;
  let policy: AccessPolicy;
  const actors = {} as Record<Asked, Actor>;

  beforeAll(async () => {
    platform = await startTestPlatform();
    const sessionOf = personaSessions(platform, () => world);
    world = await buildWorld(platform);
    evidence = await createEvidence(await sessionOf('candidate'), await sessionOf('admin'), world);
    policy = platform.app.get(AccessPolicy);
    const db = platform.app.get(DataSource);
    const dual = await db.transaction(async (manager) =>
      platform.app.get(UsersService).createAccount(manager, null, world.establishmentA, {
        email: `candidate-examiner.${world.cohortA}@test.dossier-sno.fr`,
        displayName: 'Candidate Examiner',
        roles: ['candidate', 'examiner'],
        password: PASSWORD,
        candidate: {
          cohortId: world.cohortA,
          status: 'scolaire_public_ou_prive_sous_contrat',
          positionne: false,
        },
      }),
    );
    await db.getRepository(ExamSessionCandidate).insert({
      sessionId: evidence.examSession,
      candidateId: dual.user.id,
    });
    await db.getRepository(ExamSessionMember).insert({
      sessionId: evidence.examSession,
      userId: dual.user.id,
    });
    const ids = { ...world.people, candidateExaminer: { id: dual.user.id } };
    for (const persona of ASKED) {
      const user = await db.getRepository(User).findOneByOrFail({ id: ids[persona].id });
      actors[persona] = {
        id: user.id,
        establishmentId: user.establishmentId,
        email: user.email,
        displayName: user.displayName,
        roles: user.roles,
        locale: user.locale,
      };
    }
  });
  afterAll(async () => {
    await platform.close();
  });

  it('has a row for every permission of the closed list', () => {
    expect(Object.values(Permission).filter((p) => !(p in EXPECTED))).toEqual([]);
  });

  it.each(Object.values(Permission))('%s is granted to the personas the table says', async (p) => {
    const id = resourceOf(p, world, evidence);
    const actual: Record<string, 0 | 1> = {};
    const expected: Record<string, 0 | 1> = {};
    for (const [i, persona] of ASKED.entries()) {
      actual[persona] = (await policy.checkAccess(actors[persona], p, [id])).has(id) ? 1 : 0;
      expected[persona] = EXPECTED[p][i]!;
    }
    expect(actual).toEqual(expected);
  });

  it('answers in bulk: the granted ids among many, unknown ones and duplicates included', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const granted = await policy.checkAccess(actors.teacher, Permission.TraceRead, [
      evidence.trace,
      evidence.doomedTrace,
      unknown,
      evidence.trace,
    ]);
    expect([...granted].sort()).toEqual([evidence.trace, evidence.doomedTrace].sort());
    await expect(
      policy.requireAccess(actors.teacher, Permission.TraceUpdate, [evidence.trace]),
    ).rejects.toMatchObject({ code: 'CANDIDATE_ONLY_TRACES' });
    await expect(
      policy.requireAccess(actors.teacher, Permission.TraceUpdate, [evidence.trace, unknown]),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('never reaches a session one is a candidate of, not even one’s own evaluation as its examiner', async () => {
    const own = evaluationKey(evidence.examSession, actors.candidateExaminer.id);
    for (const p of SESSION_PERMISSIONS) {
      const id = p.startsWith('evaluation') ? own : evidence.examSession;
      expect(
        `${p} ${(await policy.can(actors.candidateExaminer, p, id)) ? 'granted' : 'refused'}`,
      ).toBe(`${p} refused`);
    }
  });
});
