import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A class of candidates of one establishment for one school year, on one référentiel version. */
@Entity('cohort')
export class Cohort {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'establishment_id' })
  establishmentId!: string;

  @Column('text')
  name!: string;

  /** `2026-2027`. */
  @Column('text', { name: 'school_year' })
  schoolYear!: string;

  @Column('text', { name: 'referential_version' })
  referentialVersion!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
