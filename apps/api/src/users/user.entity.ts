import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Locale } from '@dossier-sno/i18n';
import type { Role } from './role.js';

@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'establishment_id' })
  establishmentId!: string;

  @Column('text')
  email!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  /** argon2id; null until an invited person sets a password. Never leaves the service layer. */
  @Column('text', { name: 'password_hash', nullable: true, select: false })
  passwordHash!: string | null;

  @Column('text', { array: true })
  roles!: Role[];

  @Column('boolean')
  active!: boolean;

  /** The language the platform writes to this person in (e-mails); set by the interface's choice. */
  @Column('text', { default: 'fr' })
  locale!: Locale;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
