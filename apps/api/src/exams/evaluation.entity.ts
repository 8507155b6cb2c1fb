import type { CriterionScore } from '@dossier-sno/exam-rules';
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
 * The commission's evaluation of one candidate in one session. Never reachable by the candidate:
 * only the session's members and the establishment's admins read it.
 */
@Entity('evaluation')
export class Evaluation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'session_id' })
  sessionId!: string;

  @Column('uuid', { name: 'candidate_id' })
  candidateId!: string;

  /** By criterion id of the grid (`C1.1-1`…). */
  @Column('jsonb')
  scores!: Record<string, CriterionScore>;

  @Column('numeric', {
    name: 'proposed_mark',
    precision: 3,
    scale: 1,
    nullable: true,
    transformer: {
      to: (v: number | null) => v,
      from: (v: string | null) => (v === null ? null : Number(v)),
    },
  })
  proposedMark!: number | null;

  /** The commission's private notes. */
  @Column('text')
  notes!: string;

  /** Set when every member has signed off; afterwards only an admin's correction changes it. */
  @Column('timestamptz', { name: 'locked_at', nullable: true })
  lockedAt!: Date | null;

  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

@Entity('evaluation_sign_off')
export class EvaluationSignOff {
  @PrimaryColumn('uuid', { name: 'evaluation_id' })
  evaluationId!: string;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @CreateDateColumn({ name: 'signed_at', type: 'timestamptz' })
  signedAt!: Date;
}
