import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

const bigint = {
  to: (v: number | null) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

/** One PFMP period (or, for an apprentice, a stretch of employment) of a candidate. */
@Entity('pfmp_period')
export class PfmpPeriod {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'candidate_id' })
  candidateId!: string;

  @Column('text', { name: 'organisation_name' })
  organisationName!: string;

  @Column('text', { name: 'organisation_address' })
  organisationAddress!: string;

  @Column('text', { nullable: true })
  siret!: string | null;

  @Column('uuid', { name: 'tutor_id', nullable: true })
  tutorId!: string | null;

  @Column('date', { name: 'starts_on' })
  startsOn!: string;

  @Column('date', { name: 'ends_on' })
  endsOn!: string;

  @Column('integer', { name: 'absence_days' })
  absenceDays!: number;

  /** The attestation (or work certificate) file, streamed to storage like trace files. */
  @Column('text', { name: 'proof_storage_key', nullable: true })
  proofStorageKey!: string | null;

  @Column('text', { name: 'proof_name', nullable: true })
  proofName!: string | null;

  @Column('bigint', { name: 'proof_size', nullable: true, transformer: bigint })
  proofSize!: number | null;

  @Column('text', { name: 'proof_media_type', nullable: true })
  proofMediaType!: string | null;

  @Column('char', { name: 'proof_sha256', length: 64, nullable: true })
  proofSha256!: string | null;

  /** When the tutor completed the period's bilan (pfmp_bilan); what readiness reads. */
  @Column('timestamptz', { name: 'bilan_completed_at', nullable: true })
  bilanCompletedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
