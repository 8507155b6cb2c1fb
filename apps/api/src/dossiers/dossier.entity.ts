import type { ExamCode } from '@dossier-sno/referential';
import type { CollaborativeProject, HighlightedRealisation } from '@dossier-sno/exam-rules';
import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A candidate's dossier for one exam: the traces chosen, in order, and its texts. */
@Entity('dossier')
export class Dossier {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'candidate_id' })
  candidateId!: string;

  @Column('text')
  exam!: ExamCode;

  /** The analyse réflexive of the whole dossier. */
  @Column('text')
  presentation!: string;

  /** E1: the collaborative project. */
  @Column('jsonb', { nullable: true })
  project!: CollaborativeProject | null;

  /** E2 ponctuel: one highlighted realisation per activity 2.1–2.3. */
  @Column('jsonb')
  highlights!: HighlightedRealisation[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

@Entity('dossier_item')
export class DossierItem {
  @Column('uuid', { name: 'dossier_id', primary: true })
  dossierId!: string;

  @Column('uuid', { name: 'trace_id', primary: true })
  traceId!: string;

  @Column('integer')
  position!: number;

  @Column('text')
  comment!: string;
}
