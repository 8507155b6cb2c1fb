import type { LevelEntry } from '@dossier-sno/exam-rules';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** The bilan of one PFMP period, filled by the period's tutor: a draft until completed (final). */
@Entity('pfmp_bilan')
export class PfmpBilan {
  @PrimaryColumn('uuid', { name: 'period_id' })
  periodId!: string;

  @Column('uuid', { name: 'tutor_id' })
  tutorId!: string;

  @Column('text')
  activities!: string;

  @Column('jsonb')
  competences!: LevelEntry[];

  @Column('jsonb')
  transversal!: LevelEntry[];

  @Column('text')
  comment!: string;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
