import type { ExamCode } from '@dossier-sno/referential';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const COMMENT_SUBJECTS = ['trace', 'dossier', 'submission'] as const;
export type CommentSubjectType = (typeof COMMENT_SUBJECTS)[number];

/** A comment in the thread of a candidate's trace, dossier (candidate × exam) or submission. */
@Entity('comment')
export class Comment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Whose trace, dossier or submission: decides who may read and write the thread. */
  @Column('uuid', { name: 'candidate_id' })
  candidateId!: string;

  @Column('text', { name: 'subject_type' })
  subjectType!: CommentSubjectType;

  @Column('uuid', { name: 'trace_id', nullable: true })
  traceId!: string | null;

  @Column('uuid', { name: 'submission_id', nullable: true })
  submissionId!: string | null;

  @Column('text', { nullable: true })
  exam!: ExamCode | null;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  /** The Markdown-like source; the HTML is rendered and sanitised on every read. */
  @Column('text')
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'edited_at', nullable: true })
  editedAt!: Date | null;
}
