import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A training centre (lycée, CFA, GRETA…). Every account belongs to one; data never crosses them. */
@Entity('establishment')
export class Establishment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  /** Unité administrative immatriculée, when known. */
  @Column('text', { nullable: true })
  uai!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
