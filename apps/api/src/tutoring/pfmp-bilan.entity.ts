import { type LevelEntry, levelEntriesOf } from '@dossier-sno/exam-rules';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** Stored entries are read through `levelEntriesOf`, so a row of an odd shape still opens. */
const levelEntries = { from: levelEntriesOf, to: (entries: LevelEntry[]) => entries };

/** The bilan of one PFMP period, filled by the period's tutor: a draft until completed (final). */
@Entity('pfmp_bilan')
export class PfmpBilan {
  @PrimaryColumn('uuid', { name: 'period_id' })
  periodId!: string;

  @Column('uuid', { name: 'tutor_id' })
  tutorId!: string;

  @Column('text')
  activities!: string;

  @Column('jsonb', { transformer: levelEntries })
  competences!: LevelEntry[];

  @Column('jsonb', { transformer: levelEntries })
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
