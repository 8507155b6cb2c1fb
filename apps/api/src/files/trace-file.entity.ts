import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A file of a trace. Its bytes never change: a new version is a new file. */
@Entity('trace_file')
export class TraceFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'trace_id' })
  traceId!: string;

  @Column('text', { name: 'storage_key' })
  storageKey!: string;

  /** The name shown and used for downloads; may be renamed. */
  @Column('text')
  name!: string;

  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  size!: number;

  /** Sniffed from the content at upload. */
  @Column('text', { name: 'media_type' })
  mediaType!: string;

  @Column('char', { length: 64 })
  sha256!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
