import type { DataSourceOptions } from 'typeorm';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Establishment } from '../cohorts/establishment.entity.js';
import { TeacherCohort } from '../cohorts/teacher-cohort.entity.js';
import { Dossier, DossierItem } from '../dossiers/dossier.entity.js';
import { ShareLink } from '../dossiers/share-link.entity.js';
import { Submission, SubmissionFile } from '../dossiers/submission.entity.js';
import { Evaluation, EvaluationSignOff } from '../exams/evaluation.entity.js';
import {
  ExamSession,
  ExamSessionCandidate,
  ExamSessionMember,
} from '../exams/exam-session.entity.js';
import { PfmpPeriod } from '../pfmp/pfmp-period.entity.js';
import { Notification, UserSettings } from '../notifications/notification.entity.js';
import { Comment } from '../reviews/comment.entity.js';
import { TraceFile } from '../files/trace-file.entity.js';
import { Trace } from '../traces/trace.entity.js';
import { PfmpBilan } from '../tutoring/pfmp-bilan.entity.js';
import { TraceAttestation } from '../tutoring/trace-attestation.entity.js';
import { ReferentialVersion } from '../referential/referential-version.entity.js';
import { CandidateProfile } from '../users/candidate-profile.entity.js';
import { TutorAssignment } from '../users/tutor-assignment.entity.js';
import { User } from '../users/user.entity.js';
import { Init1764380000000 } from './migrations/1764380000000-init.js';
import { Accounts1764400000000 } from './migrations/1764400000000-accounts.js';
import { Traces1764500000000 } from './migrations/1764500000000-traces.js';
import { Dossiers1764600000000 } from './migrations/1764600000000-dossiers.js';
import { Pfmp1764700000000 } from './migrations/1764700000000-pfmp.js';
import { ShareLinks1764800000000 } from './migrations/1764800000000-share-links.js';
import { Reviews1764900000000 } from './migrations/1764900000000-reviews.js';
import { Tutoring1765000000000 } from './migrations/1765000000000-tutoring.js';
import { Exams1765100000000 } from './migrations/1765100000000-exams.js';
import { KeepBilans1765200000000 } from './migrations/1765200000000-keep-bilans.js';
import { WellFormedDossiers1765400000000 } from './migrations/1765400000000-well-formed-dossiers.js';
import { RateLimits1765500000000 } from './migrations/1765500000000-rate-limits.js';
import { TracePfmpPeriod1765600000000 } from './migrations/1765600000000-trace-pfmp-period.js';
import { LocalesAndReasons1765710000000 } from './migrations/1765710000000-locales-and-reasons.js';

/** Every entity and migration, listed once for Nest and for the TypeORM CLI alike. */
export const entities = [
  ReferentialVersion,
  Establishment,
  Cohort,
  TeacherCohort,
  User,
  CandidateProfile,
  TutorAssignment,
  AuditEvent,
  Trace,
  TraceFile,
  Dossier,
  DossierItem,
  Submission,
  SubmissionFile,
  PfmpPeriod,
  ShareLink,
  Comment,
  Notification,
  UserSettings,
  TraceAttestation,
  PfmpBilan,
  ExamSession,
  ExamSessionMember,
  ExamSessionCandidate,
  Evaluation,
  EvaluationSignOff,
];
export const migrations = [
  Init1764380000000,
  Accounts1764400000000,
  Traces1764500000000,
  Dossiers1764600000000,
  Pfmp1764700000000,
  ShareLinks1764800000000,
  Reviews1764900000000,
  Tutoring1765000000000,
  Exams1765100000000,
  KeepBilans1765200000000,
  WellFormedDossiers1765400000000,
  RateLimits1765500000000,
  TracePfmpPeriod1765600000000,
  LocalesAndReasons1765710000000,
];

/** Pool size; the embedded PGlite socket server accepts more connections than this. */
export const POOL_SIZE = 10;

export function databaseOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    // Schema changes go through migrations only, run at start by runMigrationsExclusively.
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'all',
    // gen_random_uuid() is built into PostgreSQL ≥ 13 and PGlite; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: {
      max: POOL_SIZE,
      // Fail fast rather than hang when the database is unreachable (health reports it).
      connectionTimeoutMillis: 5_000,
      query_timeout: 30_000,
    },
  };
}
