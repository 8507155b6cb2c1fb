import type { CompetenceCode } from '@dossier-sno/referential';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export const TRACE_CONTEXTS = [
  'centre',
  'pfmp',
  'projet',
  'atelier',
  'simulation',
  'personnel',
] as const;
export type TraceContext = (typeof TRACE_CONTEXTS)[number];

/** One piece of evidence of what a candidate did, tied to the competences it proves. */
@Entity('trace')
export class Trace {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'owner_id' })
  ownerId!: string;

  /** The référentiel version the competence codes were checked against. */
  @Column('text', { name: 'referential_version' })
  referentialVersion!: string;

  @Column('text')
  title!: string;

  @Column('text')
  description!: string;

  @Column('text')
  context!: TraceContext;

  /** `YYYY-MM-DD`. */
  @Column('date', { name: 'occurred_on' })
  occurredOn!: string;

  @Column('date', { name: 'occurred_until', nullable: true })
  occurredUntil!: string | null;

  /** The PFMP period the trace was done in (PFMP traces only); its tutor reaches the trace. */
  @Column('uuid', { name: 'pfmp_period_id', nullable: true })
  pfmpPeriodId!: string | null;

  @Column('text', { array: true })
  competences!: CompetenceCode[];

  @Column('text', { name: 'detailed_competences', array: true })
  detailedCompetences!: string[];

  /** The candidate's analyse réflexive. */
  @Column('text')
  reflection!: string;

  @Column('text', { name: 'file_names', select: false })
  fileNames!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
