import {
  type CandidateStatusCode,
  candidateStatusCodes,
  type ExamCode,
  type ExamMode,
} from '@dossier-sno/referential';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({ name: 'DashboardCoverageCell' })
export class DashboardCoverageCellView {
  @ApiProperty({ example: 'C1.1' })
  code!: string;

  @ApiProperty({ description: 'Traces proving the competence (or one of its detailed ones)' })
  traces!: number;

  @ApiProperty({ description: 'Of those, traces attested by a tutor' })
  attested!: number;
}

@ApiSchema({ name: 'DashboardPfmp' })
export class DashboardPfmpView {
  @ApiProperty({ description: 'Weeks of PFMP recorded, counted as docs/pfmp-weeks.md says' })
  weeks!: number;

  @ApiProperty({ description: '12, or 8 for a candidate positionné' })
  minimumWeeks!: number;
}

@ApiSchema({ name: 'DashboardExam' })
export class DashboardExamView {
  @ApiProperty({ enum: ['E1', 'E2', 'E3'] })
  exam!: ExamCode;

  @ApiProperty({ description: 'Every readiness check of the dossier holds' })
  ready!: boolean;

  @ApiProperty({ description: 'How many readiness checks still fail' })
  failing!: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastSubmittedAt!: string | null;
}

@ApiSchema({ name: 'DashboardCandidate' })
export class DashboardCandidateView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: [...candidateStatusCodes], enumName: 'CandidateStatusCode' })
  status!: CandidateStatusCode;

  @ApiProperty()
  positionne!: boolean;

  @ApiProperty({ enum: ['ccf', 'ponctuel'] })
  mode!: ExamMode;

  @ApiProperty()
  traceCount!: number;

  @ApiProperty({
    type: [DashboardCoverageCellView],
    description: 'One cell per competence, in référentiel order',
  })
  coverage!: DashboardCoverageCellView[];

  @ApiProperty({ type: DashboardPfmpView })
  pfmp!: DashboardPfmpView;

  @ApiProperty({ type: [DashboardExamView] })
  exams!: DashboardExamView[];

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Latest change to a trace or PFMP period, or latest submission',
  })
  lastActivityAt!: string | null;
}

@ApiSchema({ name: 'CohortDashboard' })
export class CohortDashboardView {
  @ApiProperty({ format: 'uuid' })
  cohortId!: string;

  @ApiProperty()
  cohortName!: string;

  @ApiProperty({ example: 'mc-sno-v1' })
  referentialVersion!: string;

  @ApiProperty({ type: [String], description: 'The competence codes of the columns, in order' })
  competences!: string[];

  @ApiProperty({ type: [DashboardCandidateView] })
  candidates!: DashboardCandidateView[];
}
