import { PageQueryDto } from '../common/page-query.dto.js';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { AttestationView } from '../tutoring/tutoring.dto.js';
import { TRACE_CONTEXTS, type TraceContext } from './trace.entity.js';
import { DATE, trim } from '../common/dto-rules.js';
import { rule } from '../common/validation-errors.js';

const TEXT_MAX = 20_000;

@ApiSchema({ name: 'TraceFile' })
export class FileView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ description: 'Bytes' })
  size!: number;

  @ApiProperty({ example: 'application/pdf', description: 'Sniffed from the content' })
  mediaType!: string;

  @ApiProperty({ example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' })
  sha256!: string;

  @ApiProperty()
  createdAt!: Date;
}

@ApiSchema({ name: 'Trace' })
export class TraceView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  ownerId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ enum: TRACE_CONTEXTS, enumName: 'TraceContext' })
  context!: TraceContext;

  @ApiProperty({ example: '2026-11-20' })
  occurredOn!: string;

  @ApiProperty({ type: String, nullable: true, example: '2026-11-21' })
  occurredUntil!: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The PFMP period the trace was done in (PFMP traces); its tutor reaches the trace',
  })
  pfmpPeriodId!: string | null;

  @ApiProperty({ type: [String], example: ['C3.1'] })
  competences!: string[];

  @ApiProperty({ type: [String], example: ['C3.1.2'] })
  detailedCompetences!: string[];

  @ApiProperty({ description: 'Analyse réflexive' })
  reflection!: string;

  @ApiProperty({ example: 'mc-sno-v1' })
  referentialVersion!: string;

  @ApiProperty({ type: [FileView] })
  files!: FileView[];

  @ApiProperty({
    type: [AttestationView],
    description: 'Tutors who attested this PFMP trace (current: for its current version)',
  })
  attestations!: AttestationView[];

  @ApiProperty()
  createdAt!: Date;

  @ApiProperty()
  updatedAt!: Date;

  @ApiProperty({ description: 'Send it back with PATCH; a stale version answers 409' })
  version!: number;
}

@ApiSchema({ name: 'TracePage' })
export class TracePage {
  @ApiProperty({ type: [TraceView] })
  items!: TraceView[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;
}

class TraceFields {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  description?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-11-21' })
  @IsOptional()
  @Matches(DATE, rule('date'))
  occurredUntil?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description:
      'PFMP traces: one of your PFMP periods (its tutor then reads and attests the trace); null unties it',
  })
  @IsOptional()
  @IsUUID('all')
  pfmpPeriodId?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['C3.1.2'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(24)
  @ArrayUnique()
  @IsString({ each: true })
  detailedCompetences?: string[];

  @ApiPropertyOptional({ description: 'Analyse réflexive' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  reflection?: string;
}

@ApiSchema({ name: 'CreateTrace' })
export class CreateTraceDto extends TraceFields {
  @ApiProperty({ example: 'Assistance à un utilisateur sur la messagerie' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ enum: TRACE_CONTEXTS, enumName: 'TraceContext' })
  @IsIn(TRACE_CONTEXTS)
  context!: TraceContext;

  @ApiProperty({ example: '2026-11-20' })
  @Matches(DATE, rule('date'))
  occurredOn!: string;

  @ApiProperty({ type: [String], example: ['C3.1'] })
  @IsArray()
  @ArrayMaxSize(9)
  @ArrayUnique()
  @IsString({ each: true })
  competences!: string[];
}

@ApiSchema({ name: 'UpdateTrace' })
export class UpdateTraceDto extends TraceFields {
  @ApiProperty({ description: 'The version read; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  title?: string;

  @ApiPropertyOptional({ enum: TRACE_CONTEXTS, enumName: 'TraceContext' })
  @IsOptional()
  @IsIn(TRACE_CONTEXTS)
  context?: TraceContext;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(DATE, rule('date'))
  occurredOn?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(9)
  @ArrayUnique()
  @IsString({ each: true })
  competences?: string[];
}

@ApiSchema({ name: 'TraceQuery' })
export class TraceQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Staff: whose traces' })
  @IsOptional()
  @IsUUID('all')
  candidateId?: string;

  @ApiPropertyOptional({ example: 'C3.1', description: 'A competence or detailed competence code' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  competence?: string;

  @ApiPropertyOptional({ enum: TRACE_CONTEXTS, enumName: 'TraceContext' })
  @IsOptional()
  @IsIn(TRACE_CONTEXTS)
  context?: TraceContext;

  @ApiPropertyOptional({ example: '2026-09-01' })
  @IsOptional()
  @Matches(DATE, rule('date'))
  from?: string;

  @ApiPropertyOptional({ example: '2027-06-30' })
  @IsOptional()
  @Matches(DATE, rule('date'))
  to?: string;

  @ApiPropertyOptional({ description: 'Full-text search (French)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

@ApiSchema({ name: 'CandidateQuery' })
export class CandidateQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Staff: whose data' })
  @IsOptional()
  @IsUUID('all')
  candidateId?: string;
}

@ApiSchema({ name: 'CoverageCell' })
export class CoverageCellView {
  @ApiProperty({ example: 'C1.1.2' })
  code!: string;

  @ApiProperty()
  traces!: number;

  @ApiProperty()
  withReflection!: number;

  @ApiProperty({ description: 'Attested by a tutor for their current version' })
  attested!: number;

  @ApiProperty({ type: [String] })
  traceIds!: string[];
}

@ApiSchema({ name: 'CompetenceCoverage' })
export class CompetenceCoverageView extends CoverageCellView {
  @ApiProperty({ type: [CoverageCellView] })
  detailed!: CoverageCellView[];
}

@ApiSchema({ name: 'Coverage' })
export class CoverageView {
  @ApiProperty({ format: 'uuid' })
  candidateId!: string;

  @ApiProperty({ example: 'mc-sno-v1' })
  referentialVersion!: string;

  @ApiProperty({ type: [CompetenceCoverageView] })
  competences!: CompetenceCoverageView[];
}
