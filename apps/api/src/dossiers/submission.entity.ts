import type { ExamCode } from '@dossier-sno/referential';
import type { Readiness } from '@dossier-sno/exam-rules';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An immutable snapshot of a dossier (the database refuses updates and deletes). */
@Entity('submission')
export class Submission {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'candidate_id' })
  candidateId!: string;

  @Column('text')
  exam!: ExamCode;

  @CreateDateColumn({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  /** Submitted although readiness failed, with the candidate's explicit agreement. */
  @Column('boolean', { name: 'acknowledged_incomplete' })
  acknowledgedIncomplete!: boolean;

  @Column('jsonb')
  readiness!: Readiness;

  /** The manifest as hashed: canonical JSON of the snapshot and its files. */
  @Column('text')
  manifest!: string;

  @Column('char', { name: 'manifest_sha256', length: 64 })
  manifestSha256!: string;
}

/** A file a submission holds; its object is kept in storage as long as this row exists. */
@Entity('submission_file')
export class SubmissionFile {
  @Column('uuid', { name: 'submission_id', primary: true })
  submissionId!: string;

  @Column('uuid', { primary: true })
  id!: string;

  @Column('text', { name: 'storage_key' })
  storageKey!: string;

  /** Path inside the submission (and its ZIP export). */
  @Column('text')
  path!: string;

  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  size!: number;

  @Column('text', { name: 'media_type' })
  mediaType!: string;

  @Column('char', { length: 64 })
  sha256!: string;
}
