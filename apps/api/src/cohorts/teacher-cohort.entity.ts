import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A teacher follows a cohort. */
@Entity('teacher_cohort')
export class TeacherCohort {
  @PrimaryColumn('uuid', { name: 'teacher_id' })
  teacherId!: string;

  @PrimaryColumn('uuid', { name: 'cohort_id' })
  cohortId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
