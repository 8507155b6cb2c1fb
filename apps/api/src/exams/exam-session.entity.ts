import type { ExamCode, ExamMode } from '@dossier-sno/referential';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/**
 * An exam session of an establishment: its commission sees the latest submission made before
 * `submissionDeadline` by each of its candidates, from the session's creation until `retentionUntil`.
 */
@Entity('exam_session')
export class ExamSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'establishment_id' })
  establishmentId!: string;

  @Column('text')
  exam!: ExamCode;

  @Column('text')
  mode!: ExamMode;

  @Column('text')
  label!: string;

  /** First and last day of the orals. */
  @Column('date', { name: 'oral_starts_on' })
  oralStartsOn!: string;

  @Column('date', { name: 'oral_ends_on' })
  oralEndsOn!: string;

  @Column('timestamptz', { name: 'submission_deadline' })
  submissionDeadline!: Date;

  /** The last day the commission may read the submissions and evaluations. */
  @Column('date', { name: 'retention_until' })
  retentionUntil!: string;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

/** A member of a session's commission (an examiner or a teacher of the establishment). */
@Entity('exam_session_member')
export class ExamSessionMember {
  @PrimaryColumn('uuid', { name: 'session_id' })
  sessionId!: string;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;
}

@Entity('exam_session_candidate')
export class ExamSessionCandidate {
  @PrimaryColumn('uuid', { name: 'session_id' })
  sessionId!: string;

  @PrimaryColumn('uuid', { name: 'candidate_id' })
  candidateId!: string;
}
