import type { CandidateStatusCode } from '@dossier-sno/referential';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What the règlement d'examen needs to know about a candidate. */
@Entity('candidate_profile')
export class CandidateProfile {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @Column('uuid', { name: 'cohort_id' })
  cohortId!: string;

  /** A candidate status code of the référentiel; it decides CCF or ponctuel. */
  @Column('text')
  status!: CandidateStatusCode;

  /** Positionné by rector decision: PFMP minimum 8 weeks instead of 12. */
  @Column('boolean')
  positionne!: boolean;
}
