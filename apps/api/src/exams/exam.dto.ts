import { EVALUATION_LEVELS, type EvaluationLevel } from '@dossier-sno/exam-rules';
import type { ExamCode, ExamMode } from '@dossier-sno/referential';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { EXAMS, SubmissionSummaryView } from '../dossiers/dossier.dto.js';
import { DATE, ONE_LINE, trim } from '../common/dto-rules.js';
import { rule } from '../common/validation-errors.js';

const MODES: ExamMode[] = ['ccf', 'ponctuel'];

@ApiSchema({ name: 'ExamSessionMember' })
export class ExamSessionMemberView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty({ type: [String] })
  roles!: string[];
}

@ApiSchema({ name: 'ExamSession' })
export class ExamSessionView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: EXAMS })
  exam!: ExamCode;

  @ApiProperty({ enum: MODES })
  mode!: ExamMode;

  @ApiProperty()
  label!: string;

  @ApiProperty({ example: '2027-06-01' })
  oralStartsOn!: string;

  @ApiProperty({ example: '2027-06-03' })
  oralEndsOn!: string;

  @ApiProperty({ description: 'After it, the session’s candidates can no longer submit' })
  submissionDeadline!: Date;

  @ApiProperty({ example: '2027-09-30', description: 'Last day the commission reads the dossiers' })
  retentionUntil!: string;

  @ApiProperty({ type: [ExamSessionMemberView] })
  members!: ExamSessionMemberView[];

  @ApiProperty()
  candidateCount!: number;

  @ApiProperty({ description: 'The caller may edit the session, its members and candidates' })
  canManage!: boolean;

  @ApiProperty({ description: 'The caller sits on the commission' })
  isMember!: boolean;

  @ApiProperty()
  version!: number;
}

@ApiSchema({ name: 'SessionCandidate' })
export class SessionCandidateView {
  @ApiProperty({ format: 'uuid' })
  candidateId!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({
    type: SubmissionSummaryView,
    nullable: true,
    description: 'The latest submission before the deadline, the one the commission reviews',
  })
  submission!: SubmissionSummaryView | null;

  @ApiProperty({
    type: String,
    enum: ['none', 'draft', 'locked'],
    nullable: true,
    description: 'Evaluation progress; null for callers who do not reach evaluations',
  })
  evaluationStatus!: 'none' | 'draft' | 'locked' | null;
}

@ApiSchema({ name: 'CreateExamSession' })
export class CreateExamSessionDto {
  @ApiProperty({ enum: EXAMS })
  @IsIn(EXAMS)
  exam!: ExamCode;

  @ApiProperty({ enum: MODES })
  @IsIn(MODES)
  mode!: ExamMode;

  @ApiProperty({ example: 'E3 — juin 2027' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  label!: string;

  @ApiProperty({ example: '2027-06-01' })
  @Matches(DATE, rule('date'))
  oralStartsOn!: string;

  @ApiProperty({ example: '2027-06-03' })
  @Matches(DATE, rule('date'))
  oralEndsOn!: string;

  @ApiProperty({ example: '2027-05-15T18:00:00+02:00' })
  @IsISO8601({ strict: true }, rule('dateTime'))
  submissionDeadline!: string;

  @ApiProperty({ example: '2027-09-30', description: 'Not before the last oral' })
  @Matches(DATE, rule('date'))
  retentionUntil!: string;
}

@ApiSchema({ name: 'UpdateExamSession' })
export class UpdateExamSessionDto {
  @ApiPropertyOptional({ enum: MODES })
  @IsOptional()
  @IsIn(MODES)
  mode?: ExamMode;

  @ApiPropertyOptional({ example: '2027-09-30' })
  @IsOptional()
  @Matches(DATE, rule('date'))
  retentionUntil?: string;

  @ApiProperty({ description: 'The version read; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  label?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(DATE, rule('date'))
  oralStartsOn?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(DATE, rule('date'))
  oralEndsOn?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true }, rule('dateTime'))
  submissionDeadline?: string;
}

@ApiSchema({ name: 'InviteExaminer' })
export class InviteExaminerDto {
  @ApiProperty({ example: 'jury@example.org' })
  @Transform(trim)
  @IsEmail({})
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Camille Martin' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  @Matches(ONE_LINE, rule('oneLine'))
  displayName!: string;
}

@ApiSchema({ name: 'CriterionScore' })
export class CriterionScoreDto {
  @ApiProperty({ example: 'C3.1-1', description: 'A criterion id of the grid' })
  @IsString()
  @MaxLength(20)
  criterionId!: string;

  @ApiProperty({
    type: String,
    enum: EVALUATION_LEVELS,
    nullable: true,
    description: 'null: not assessed yet',
  })
  @IsOptional()
  @IsIn(EVALUATION_LEVELS)
  level!: EvaluationLevel | null;

  @ApiProperty()
  @IsString()
  @MaxLength(5000)
  comment!: string;
}

class EvaluationFields {
  @ApiProperty({ type: [CriterionScoreDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreDto)
  scores!: CriterionScoreDto[];

  @ApiProperty({ type: Number, nullable: true, example: 14.5, description: '0–20, half points' })
  @IsOptional()
  @IsNumber({})
  @Min(0)
  @Max(20)
  proposedMark!: number | null;

  @ApiProperty({ description: 'The commission’s private notes' })
  @IsString()
  @MaxLength(20_000)
  notes!: string;
}

@ApiSchema({ name: 'SaveEvaluation' })
export class SaveEvaluationDto extends EvaluationFields {
  @ApiProperty({
    description: 'The version read (0 before the first save); a stale one answers 409',
  })
  @IsInt()
  @Min(0)
  version!: number;
}

@ApiSchema({ name: 'CorrectEvaluation' })
export class CorrectEvaluationDto extends SaveEvaluationDto {
  @ApiProperty({ description: 'Why the locked evaluation is corrected (kept in the audit log)' })
  @Transform(trim)
  @IsString()
  @Length(10, 2000)
  reason!: string;
}

@ApiSchema({ name: 'GridCriterion' })
export class GridCriterionView {
  @ApiProperty({ example: 'C3.1-1' })
  id!: string;

  @ApiProperty()
  label!: string;
}

@ApiSchema({ name: 'GridCompetence' })
export class GridCompetenceView {
  @ApiProperty({ example: 'C3.1' })
  code!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: [GridCriterionView] })
  criteria!: GridCriterionView[];
}

@ApiSchema({ name: 'EvaluationGrid' })
export class EvaluationGridView {
  @ApiProperty({ enum: EXAMS })
  exam!: ExamCode;

  @ApiProperty()
  referentialVersion!: string;

  @ApiProperty({ type: [GridCompetenceView] })
  competences!: GridCompetenceView[];
}

@ApiSchema({ name: 'EvaluationSignOff' })
export class SignOffView {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty()
  signedAt!: Date;
}

@ApiSchema({ name: 'Evaluation' })
export class EvaluationView {
  @ApiProperty({ format: 'uuid' })
  sessionId!: string;

  @ApiProperty({ format: 'uuid' })
  candidateId!: string;

  @ApiProperty({ type: EvaluationGridView })
  grid!: EvaluationGridView;

  @ApiProperty({ type: [CriterionScoreDto] })
  scores!: CriterionScoreDto[];

  @ApiProperty({ type: Number, nullable: true })
  proposedMark!: number | null;

  @ApiProperty()
  notes!: string;

  @ApiProperty({ type: Date, nullable: true, description: 'Set once every member has signed off' })
  lockedAt!: Date | null;

  @ApiProperty({ type: [SignOffView] })
  signOffs!: SignOffView[];

  @ApiProperty({ type: [ExamSessionMemberView], description: 'Members who have not signed yet' })
  pendingMembers!: ExamSessionMemberView[];

  @ApiProperty({ description: 'The caller sits on the commission (may edit and sign)' })
  isMember!: boolean;

  @ApiProperty({ description: '0 before the first save' })
  version!: number;
}

@ApiSchema({ name: 'CohortEnrolment' })
export class CohortEnrolmentView {
  @ApiProperty({ description: 'Candidates enrolled by this request' })
  enrolled!: number;

  @ApiProperty({ description: 'Candidates of the cohort who were enrolled already' })
  alreadyEnrolled!: number;
}
