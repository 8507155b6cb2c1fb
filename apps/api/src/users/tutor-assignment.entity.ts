import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A tutor follows a candidate (their intern or apprentice). */
@Entity('tutor_assignment')
export class TutorAssignment {
  @PrimaryColumn('uuid', { name: 'tutor_id' })
  tutorId!: string;

  @PrimaryColumn('uuid', { name: 'candidate_id' })
  candidateId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
