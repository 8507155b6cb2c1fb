import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  IsObject,
} from 'class-validator';
import { DATE, ONE_LINE, trim } from '../common/dto-rules.js';
import { rule } from '../common/validation-errors.js';

@ApiSchema({ name: 'PfmpProof' })
export class PfmpProofView {
  @ApiProperty()
  name!: string;

  @ApiProperty()
  size!: number;

  @ApiProperty()
  mediaType!: string;

  @ApiProperty()
  sha256!: string;
}

@ApiSchema({ name: 'PfmpPeriod' })
export class PfmpPeriodView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  candidateId!: string;

  @ApiProperty()
  organisationName!: string;

  @ApiProperty()
  organisationAddress!: string;

  @ApiProperty({ type: String, nullable: true, example: '12345678901234' })
  siret!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  tutorId!: string | null;

  @ApiProperty({ example: '2027-01-04' })
  startsOn!: string;

  @ApiProperty({ example: '2027-02-12' })
  endsOn!: string;

  @ApiProperty()
  absenceDays!: number;

  @ApiProperty({ description: 'PFMP days of this period (weekdays minus absences)' })
  days!: number;

  @ApiProperty({
    type: PfmpProofView,
    nullable: true,
    description: 'Attestation or work certificate',
  })
  proof!: PfmpProofView | null;

  @ApiProperty({ description: "The tutor's bilan is complete" })
  bilanComplete!: boolean;

  @ApiProperty()
  version!: number;
}

@ApiSchema({ name: 'PfmpTutor' })
export class PfmpTutorView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  displayName!: string;
}

@ApiSchema({ name: 'PfmpRecord' })
export class PfmpRecordView {
  @ApiProperty({ format: 'uuid' })
  candidateId!: string;

  @ApiProperty({ type: [PfmpPeriodView] })
  periods!: PfmpPeriodView[];

  @ApiProperty({ description: 'Total PFMP days, overlapping days counted once' })
  totalDays!: number;

  @ApiProperty({ description: 'Total weeks (days ÷ 5, one decimal)' })
  totalWeeks!: number;

  @ApiProperty({ description: '12, or 8 for a positionné candidate of the voie scolaire' })
  minimumWeeks!: number;

  @ApiProperty({ enum: ['attestation', 'certificat_de_travail', 'certificats_de_travail'] })
  proofKind!: string;

  @ApiProperty({
    type: [PfmpTutorView],
    description: "The candidate's assigned tutors (to choose a period's tutor from)",
  })
  tutors!: PfmpTutorView[];
}

@ApiSchema({ name: 'PfmpTutorInvitation' })
export class PfmpTutorInvitationDto {
  @ApiProperty({ format: 'email' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsEmail({})
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Camille Martin' })
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  @Matches(ONE_LINE, rule('oneLine'))
  displayName!: string;
}

class PfmpFields {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  organisationAddress?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '12345678901234' })
  @IsOptional()
  // Written as printed on documents (« 732 829 320 00074 »): spaces and dots do not count.
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.replace(/[\s.]/g, '') : value,
  )
  @Matches(/^\d{14}$/, rule('siret'))
  siret?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'A tutor assigned to you',
  })
  @IsOptional()
  @IsUUID('all')
  tutorId?: string | null;

  @ApiPropertyOptional({
    type: PfmpTutorInvitationDto,
    description:
      'Instead of tutorId: a tutor of your establishment by e-mail (assigned to you), or someone new (invited by e-mail)',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PfmpTutorInvitationDto)
  tutor?: PfmpTutorInvitationDto;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(366)
  absenceDays?: number;
}

@ApiSchema({ name: 'CreatePfmpPeriod' })
export class CreatePfmpPeriodDto extends PfmpFields {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  organisationName!: string;

  @ApiProperty({ example: '2027-01-04' })
  @Matches(DATE, rule('date'))
  startsOn!: string;

  @ApiProperty({ example: '2027-02-12' })
  @Matches(DATE, rule('date'))
  endsOn!: string;
}

@ApiSchema({ name: 'UpdatePfmpPeriod' })
export class UpdatePfmpPeriodDto extends PfmpFields {
  @ApiProperty({ description: 'The version read; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  organisationName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(DATE, rule('date'))
  startsOn?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(DATE, rule('date'))
  endsOn?: string;
}
