import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A tutor confirms that a PFMP trace of their intern happened; one per trace and tutor. */
@Entity('trace_attestation')
export class TraceAttestation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'trace_id' })
  traceId!: string;

  @Column('uuid', { name: 'tutor_id' })
  tutorId!: string;

  @Column('timestamptz', { name: 'attested_at' })
  attestedAt!: Date;

  @Column('text')
  comment!: string;

  /** The trace version attested: a later edit of the trace leaves the attestation outdated. */
  @Column('integer', { name: 'trace_version' })
  traceVersion!: number;
}
