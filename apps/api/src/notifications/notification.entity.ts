import type { ErrorParams, NotificationReason } from '@dossier-sno/i18n';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export const NOTIFICATION_KINDS = [
  'comment',
  'attestation',
  'bilan',
  'submission',
  'commission',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Something that happened to a person's work or for them to do, shown in-app and in the digest. */
@Entity('notification')
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'recipient_id' })
  recipientId!: string;

  @Column('text')
  kind!: NotificationKind;

  /** What it is about: `trace`, `dossier` (subjectId = exam), `submission`, `pfmp_period`… */
  @Column('text', { name: 'subject_type' })
  subjectType!: string;

  @Column('text', { name: 'subject_id' })
  subjectId!: string;

  /** The candidate whose thing it is, when there is one (staff links need it). */
  @Column('uuid', { name: 'candidate_id', nullable: true })
  candidateId!: string | null;

  /** Why it was sent (`NotificationReason` of libs/i18n); null on rows written before reasons. */
  @Column('text', { nullable: true })
  reason!: NotificationReason | null;

  /** The names, titles and dates the reason's sentence shows; never a mark nor evaluation content. */
  @Column('jsonb', { nullable: true })
  params!: ErrorParams | null;

  /** The sentence in French, for readers of the raw answer and the rows written before reasons. */
  @Column('text')
  summary!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt!: Date | null;

  @Column('timestamptz', { name: 'emailed_at', nullable: true })
  emailedAt!: Date | null;
}

/** Per-person preferences; a missing row means the defaults. */
@Entity('user_settings')
export class UserSettings {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  /** The daily e-mail digest (opt-out). */
  @Column('boolean', { name: 'email_digest', default: true })
  emailDigest!: boolean;

  @Column('timestamptz', { name: 'last_digest_at', nullable: true })
  lastDigestAt!: Date | null;
}
