import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A version of the référentiel known to this platform; cohorts and traces refer to it. */
@Entity('referential_version')
export class ReferentialVersion {
  @PrimaryColumn('text')
  id!: string;

  @Column('text')
  title!: string;

  @CreateDateColumn({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;
}
