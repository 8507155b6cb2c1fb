import { E2_ACTIVITIES, type E2Activity } from '@dossier-sno/exam-rules';
import type { ExamCode, ExamMode } from '@dossier-sno/referential';
import type { ErrorParams, ReadinessReason } from '@dossier-sno/i18n';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
  IsObject,
} from 'class-validator';
import { FileView } from '../traces/trace.dto.js';

export const EXAMS: ExamCode[] = ['E1', 'E2', 'E3'];
const TEXT_MAX = 20_000;

@ApiSchema({ name: 'ReadinessCheck' })
export class ReadinessCheckView {
  @ApiProperty({ example: 'E3_USER_SUPPORT' })
  code!: string;

  @ApiProperty()
  ok!: boolean;

  @ApiPropertyOptional({
    type: String,
    description:
      'What to say: the key `readiness.<reason>` of the shared messages (absent on submissions frozen before it existed)',
    example: 'coverageMissing',
  })
  reason?: ReadinessReason;

  @ApiPropertyOptional({
    description: 'The parameters of the reason (counts, competence codes, activities)',
    type: 'object',
    additionalProperties: true,
  })
  params?: ErrorParams;

  @ApiProperty({ description: 'What to do, in French' })
  message!: string;

  @ApiProperty({ type: [String] })
  traceIds!: string[];
}

@ApiSchema({ name: 'Readiness' })
export class ReadinessView {
  @ApiProperty()
  ready!: boolean;

  @ApiProperty({ type: [ReadinessCheckView] })
  checks!: ReadinessCheckView[];
}

@ApiSchema({ name: 'CollaborativeProject' })
export class ProjectDto {
  @ApiProperty({ type: [String], description: 'Everyone in the group, you included (2 to 4)' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  members!: string[];

  @ApiProperty({ description: 'Your own contribution' })
  @IsString()
  @MaxLength(TEXT_MAX)
  contribution!: string;

  @ApiProperty({ type: [String], description: 'Traces of the project' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  traceIds!: string[];
}

@ApiSchema({ name: 'HighlightedRealisation' })
export class HighlightDto {
  @ApiProperty({ enum: E2_ACTIVITIES })
  @IsIn(E2_ACTIVITIES)
  activity!: E2Activity;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Null in a draft: what is written is kept until the trace is chosen',
  })
  @ValidateIf((h: HighlightDto) => h.traceId !== null)
  @IsUUID('all')
  traceId!: string | null;

  @ApiProperty({ description: 'Conception' })
  @IsString()
  @MaxLength(TEXT_MAX)
  design!: string;

  @ApiProperty({ description: 'Mise en œuvre et réalisation' })
  @IsString()
  @MaxLength(TEXT_MAX)
  implementation!: string;

  @ApiProperty({ description: 'Choix opérés' })
  @IsString()
  @MaxLength(TEXT_MAX)
  choices!: string;
}

@ApiSchema({ name: 'DossierItemInput' })
export class DossierItemDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  traceId!: string;

  @ApiPropertyOptional({ description: 'A short comment on this item' })
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  comment?: string;
}

@ApiSchema({ name: 'SaveDossier' })
export class SaveDossierDto {
  @ApiProperty({
    description: 'The version read (0 before the first save); a stale one answers 409',
  })
  @IsInt()
  @Min(0)
  version!: number;

  @ApiProperty({ type: [DossierItemDto], description: 'The traces, in order' })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => DossierItemDto)
  items!: DossierItemDto[];

  @ApiProperty({ description: 'Analyse réflexive of the whole dossier' })
  @IsString()
  @MaxLength(TEXT_MAX)
  presentation!: string;

  @ApiPropertyOptional({ type: ProjectDto, nullable: true, description: 'E1 only' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ProjectDto)
  project?: ProjectDto | null;

  @ApiPropertyOptional({ type: [HighlightDto], description: 'E2 ponctuel only' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => HighlightDto)
  highlights?: HighlightDto[];
}

@ApiSchema({ name: 'DossierItem' })
export class DossierItemView {
  @ApiProperty({ format: 'uuid' })
  traceId!: string;

  @ApiProperty()
  comment!: string;

  @ApiProperty()
  position!: number;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: [String] })
  competences!: string[];
}

@ApiSchema({ name: 'SubmissionSummary' })
export class SubmissionSummaryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  submittedAt!: Date;

  @ApiProperty()
  manifestSha256!: string;

  @ApiProperty()
  acknowledgedIncomplete!: boolean;
}

@ApiSchema({ name: 'Dossier' })
export class DossierView {
  @ApiProperty({ enum: EXAMS, enumName: 'ExamCode' })
  exam!: ExamCode;

  @ApiProperty({ enum: ['ccf', 'ponctuel'], enumName: 'ExamMode' })
  mode!: ExamMode;

  @ApiProperty({ format: 'uuid' })
  candidateId!: string;

  @ApiProperty({ description: '0 until first saved' })
  version!: number;

  @ApiProperty({ type: [DossierItemView] })
  items!: DossierItemView[];

  @ApiProperty()
  presentation!: string;

  @ApiProperty({ type: ProjectDto, nullable: true })
  project!: ProjectDto | null;

  @ApiProperty({ type: [HighlightDto] })
  highlights!: HighlightDto[];

  @ApiProperty({ type: ReadinessView })
  readiness!: ReadinessView;

  @ApiProperty({ type: [SubmissionSummaryView] })
  submissions!: SubmissionSummaryView[];
}

@ApiSchema({ name: 'Submit' })
export class SubmitDto {
  @ApiPropertyOptional({ description: 'Required (true) to submit a dossier that is not ready' })
  @IsOptional()
  @IsBoolean()
  acknowledgeIncomplete?: boolean;
}

@ApiSchema({ name: 'SubmissionCreated' })
export class SubmissionCreatedView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  submittedAt!: Date;

  @ApiProperty()
  manifestSha256!: string;
}

@ApiSchema({ name: 'SubmittedFile' })
export class SubmittedFileView extends FileView {
  @ApiProperty({ example: 'traces/01-support-utilisateur/capture.png' })
  path!: string;
}

@ApiSchema({ name: 'SubmittedItem' })
export class SubmittedItemView {
  @ApiProperty()
  position!: number;

  @ApiProperty()
  comment!: string;

  @ApiProperty({ format: 'uuid' })
  traceId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty()
  context!: string;

  @ApiProperty()
  occurredOn!: string;

  @ApiProperty({ type: String, nullable: true })
  occurredUntil!: string | null;

  @ApiProperty({ type: [String] })
  competences!: string[];

  @ApiProperty({ type: [String] })
  detailedCompetences!: string[];

  @ApiProperty()
  reflection!: string;

  @ApiProperty({ type: [SubmittedFileView] })
  files!: SubmittedFileView[];
}

@ApiSchema({ name: 'PfmpSummary' })
export class PfmpSummaryView {
  @ApiProperty()
  totalDays!: number;

  @ApiProperty()
  totalWeeks!: number;

  @ApiProperty()
  minimumWeeks!: number;
}

@ApiSchema({ name: 'Submission' })
export class SubmissionView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  candidateId!: string;

  @ApiProperty({ enum: EXAMS, enumName: 'ExamCode' })
  exam!: ExamCode;

  @ApiProperty({ enum: ['ccf', 'ponctuel'], enumName: 'ExamMode' })
  mode!: ExamMode;

  @ApiProperty()
  submittedAt!: Date;

  @ApiProperty()
  acknowledgedIncomplete!: boolean;

  @ApiProperty({ type: ReadinessView })
  readiness!: ReadinessView;

  @ApiProperty()
  presentation!: string;

  @ApiProperty({ type: ProjectDto, nullable: true })
  project!: ProjectDto | null;

  @ApiProperty({ type: [HighlightDto] })
  highlights!: HighlightDto[];

  @ApiProperty({ type: [SubmittedItemView] })
  items!: SubmittedItemView[];

  @ApiProperty({ example: 'mc-sno-v1' })
  referentialVersion!: string;

  @ApiProperty({ type: PfmpSummaryView, description: 'PFMP totals when submitted' })
  pfmp!: PfmpSummaryView;

  @ApiProperty({
    description: 'sha256 of the manifest (canonical JSON of all of the above and the files)',
  })
  manifestSha256!: string;
}

/** What a share link opens: the frozen dossier and whose it is (the PDF prints the name too). */
@ApiSchema({ name: 'SharedSubmission' })
export class SharedSubmissionView extends SubmissionView {
  @ApiProperty({ example: 'Camille Martin' })
  candidateName!: string;
}

@ApiSchema({ name: 'CreateShareLink' })
export class CreateShareLinkDto {
  @ApiPropertyOptional({
    default: 30,
    minimum: 1,
    maximum: 90,
    description: 'Days until the link stops working',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  expiresInDays?: number;

  @ApiPropertyOptional({ example: 'Commission E3, session de juin' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  label?: string;
}

@ApiSchema({ name: 'ShareLink' })
export class ShareLinkView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  label!: string;

  @ApiProperty()
  createdAt!: Date;

  @ApiProperty()
  expiresAt!: Date;

  @ApiProperty({ type: Date, nullable: true })
  revokedAt!: Date | null;
}

@ApiSchema({ name: 'ShareLinkCreated' })
export class ShareLinkCreatedView extends ShareLinkView {
  @ApiProperty({ description: 'Shown once: the secret address to give to the jury member' })
  url!: string;

  @ApiProperty({ description: 'The secret part of the address (for GET /api/shared/{token})' })
  token!: string;
}
