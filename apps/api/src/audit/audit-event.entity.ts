import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One line of the append-only audit log (the database refuses updates and deletes). */
@Entity('audit_event')
export class AuditEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('timestamptz', { default: () => 'now()' })
  at!: Date;

  @Column('uuid', { name: 'establishment_id', nullable: true })
  establishmentId!: string | null;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('text')
  action!: string;

  @Column('text', { name: 'subject_type', nullable: true })
  subjectType!: string | null;

  @Column('text', { name: 'subject_id', nullable: true })
  subjectId!: string | null;

  @Column('jsonb', { default: {} })
  details!: Record<string, unknown>;

  @Column('text', { nullable: true })
  ip!: string | null;
}
