import { MASTERY_LEVELS, type MasteryLevel } from '@dossier-sno/exam-rules';
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
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { rule } from '../common/validation-errors.js';

const TEXT_MAX = 20_000;

@ApiSchema({ name: 'TraceAttestation' })
export class AttestationView {
  @ApiProperty({ format: 'uuid' })
  tutorId!: string;

  @ApiProperty()
  tutorName!: string;

  @ApiProperty()
  attestedAt!: Date;

  @ApiProperty()
  comment!: string;

  @ApiProperty({ description: 'The trace version attested' })
  traceVersion!: number;

  @ApiProperty({
    description: 'The trace has not been edited since: only current attestations count',
  })
  current!: boolean;
}

@ApiSchema({ name: 'CreateAttestation' })
export class CreateAttestationDto {
  @ApiPropertyOptional({ description: "The tutor's remark, shown to the candidate" })
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  comment?: string;
}

@ApiSchema({ name: 'InternPeriod' })
export class InternPeriodView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  organisationName!: string;

  @ApiProperty({ example: '2027-01-04' })
  startsOn!: string;

  @ApiProperty({ example: '2027-02-12' })
  endsOn!: string;

  @ApiProperty({ description: 'You are the tutor of this period (you fill its bilan)' })
  tutorIsYou!: boolean;

  @ApiProperty({ enum: ['none', 'draft', 'complete'] })
  bilan!: 'none' | 'draft' | 'complete';
}

@ApiSchema({ name: 'TraceToAttest' })
export class TraceToAttestView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ example: '2027-01-12' })
  occurredOn!: string;

  @ApiProperty()
  version!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The version you attested before it was edited, or null',
  })
  attestedVersion!: number | null;
}

@ApiSchema({ name: 'Intern' })
export class InternView {
  @ApiProperty({ format: 'uuid' })
  candidateId!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ type: [InternPeriodView] })
  periods!: InternPeriodView[];

  @ApiProperty({
    type: [TraceToAttestView],
    description: 'PFMP traces without your attestation of their current version',
  })
  tracesToAttest!: TraceToAttestView[];

  @ApiProperty({
    type: [String],
    description: 'Your periods whose bilan is not complete yet',
  })
  bilansToFill!: string[];
}

@ApiSchema({ name: 'BilanLevel' })
export class BilanLevelDto {
  @ApiProperty({ example: 'C2.1', description: 'A competence (C1.1…C3.3) or transversal (T1–T4)' })
  @IsString()
  @Matches(/^(C[1-3]\.[1-3]|T[1-4])$/, rule('bilanCode'))
  code!: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    enum: MASTERY_LEVELS,
    description: 'null: not chosen yet',
  })
  @ValidateIf((_, value) => value !== null)
  @IsIn(MASTERY_LEVELS)
  level!: MasteryLevel | null;
}

@ApiSchema({ name: 'PfmpBilan' })
export class PfmpBilanView {
  @ApiProperty({ format: 'uuid' })
  periodId!: string;

  @ApiProperty({ format: 'uuid' })
  candidateId!: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  tutorId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  tutorName!: string | null;

  @ApiProperty()
  activities!: string;

  @ApiProperty({ type: [BilanLevelDto], description: 'Targeted competences' })
  competences!: BilanLevelDto[];

  @ApiProperty({ type: [BilanLevelDto], description: 'The 4 transversal competences' })
  transversal!: BilanLevelDto[];

  @ApiProperty()
  comment!: string;

  @ApiProperty({ type: Date, nullable: true, description: 'Set once complete (final)' })
  completedAt!: Date | null;

  @ApiProperty({ description: '0 before the first save; send it back with PUT' })
  version!: number;

  @ApiProperty({ type: [String], description: 'What is missing before it can be completed' })
  missing!: string[];
}

@ApiSchema({ name: 'SavePfmpBilan' })
export class SavePfmpBilanDto {
  @ApiProperty({
    description: 'The version read (0 before the first save); a stale one answers 409',
  })
  @IsInt()
  @Min(0)
  version!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  activities?: string;

  @ApiPropertyOptional({ type: [BilanLevelDto], description: 'Targeted competences with a level' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(9)
  @ValidateNested({ each: true })
  @Type(() => BilanLevelDto)
  competences?: BilanLevelDto[];

  @ApiPropertyOptional({ type: [BilanLevelDto], description: 'T1–T4 with a level' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => BilanLevelDto)
  transversal?: BilanLevelDto[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  comment?: string;

  @ApiPropertyOptional({
    description: 'Complete the bilan (final): the candidate sees it and readiness counts it',
  })
  @IsOptional()
  @IsBoolean()
  complete?: boolean;
}
