import type {
  Evaluation,
  ExamSession,
  SessionCandidate,
  SessionUser,
  Submission,
} from '../api/types';

export const examinerUser: SessionUser = {
  id: '00000000-0000-4000-8000-000000000009',
  email: 'examinateur@demo.dossier-sno.fr',
  displayName: 'Eva Examinatrice',
  roles: ['examiner'],
};

export const examSession: ExamSession = {
  id: '11111111-1111-4111-8111-111111111111',
  exam: 'E3',
  mode: 'ccf',
  label: 'E3 — juin 2027',
  oralStartsOn: '2027-06-01',
  oralEndsOn: '2027-06-03',
  submissionDeadline: '2027-05-15T16:00:00.000Z',
  retentionUntil: '2027-09-30',
  members: [
    {
      id: examinerUser.id,
      displayName: examinerUser.displayName,
      email: examinerUser.email,
      roles: ['examiner'],
    },
  ],
  candidateCount: 1,
  canManage: false,
  isMember: true,
  version: 1,
};

export const sessionCandidate: SessionCandidate = {
  candidateId: '00000000-0000-4000-8000-000000000002',
  displayName: 'Camille Martin',
  submission: {
    id: '22222222-2222-4222-8222-222222222222',
    submittedAt: '2027-05-10T08:00:00.000Z',
    manifestSha256: 'a'.repeat(64),
    acknowledgedIncomplete: false,
  },
  evaluationStatus: 'none',
};

export const submission: Submission = {
  id: sessionCandidate.submission!.id,
  candidateId: sessionCandidate.candidateId,
  exam: 'E3',
  mode: 'ccf',
  submittedAt: '2027-05-10T08:00:00.000Z',
  acknowledgedIncomplete: false,
  readiness: { ready: true, checks: [] },
  presentation: 'Une année d’accompagnement des utilisateurs.',
  project: null,
  highlights: [],
  items: [
    {
      position: 0,
      comment: '',
      traceId: '33333333-3333-4333-8333-333333333333',
      title: 'Assistance ENT',
      description: '',
      context: 'pfmp',
      occurredOn: '2027-01-10',
      occurredUntil: null,
      competences: ['C3.1'],
      detailedCompetences: [],
      reflection: 'J’ai appris à reformuler.',
      files: [
        {
          id: '44444444-4444-4444-8444-444444444444',
          name: 'capture.png',
          size: 100,
          mediaType: 'image/png',
          sha256: 'b'.repeat(64),
          createdAt: '2027-01-10T08:00:00.000Z',
          path: 'traces/01-assistance-ent/capture.png',
        },
        {
          id: '55555555-5555-4555-8555-555555555555',
          name: 'notes.odt',
          size: 100,
          mediaType: 'application/vnd.oasis.opendocument.text',
          sha256: 'c'.repeat(64),
          createdAt: '2027-01-10T08:00:00.000Z',
          path: 'traces/01-assistance-ent/notes.odt',
        },
      ],
    },
  ],
  referentialVersion: 'mc-sno-2024.1',
  pfmp: { totalDays: 60, totalWeeks: 12, minimumWeeks: 12 },
  manifestSha256: 'a'.repeat(64),
};

export const evaluation: Evaluation = {
  sessionId: examSession.id,
  candidateId: sessionCandidate.candidateId,
  grid: {
    exam: 'E3',
    referentialVersion: 'mc-sno-2024.1',
    competences: [
      {
        code: 'C3.1',
        title: 'Accompagner les utilisateurs',
        criteria: [{ id: 'C3.1-1', label: 'Les besoins sont identifiés' }],
      },
    ],
  },
  scores: [{ criterionId: 'C3.1-1', level: null, comment: '' }],
  proposedMark: null,
  notes: '',
  lockedAt: null,
  signOffs: [],
  pendingMembers: examSession.members,
  isMember: true,
  version: 0,
};
