import { referentials } from '@dossier-sno/referential';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { rule } from '../common/validation-errors.js';

@ApiSchema({ name: 'Cohort' })
export class CohortView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  establishmentId!: string;

  @ApiProperty({ example: 'MC SNO 1' })
  name!: string;

  @ApiProperty({ example: '2026-2027' })
  schoolYear!: string;

  @ApiProperty({ example: 'mc-sno-v1' })
  referentialVersion!: string;

  @ApiProperty({ type: [String], description: 'Teachers following the cohort' })
  teacherIds!: string[];

  @ApiProperty()
  candidateCount!: number;
}

@ApiSchema({ name: 'CreateCohort' })
export class CreateCohortDto {
  @ApiProperty({ example: 'MC SNO 1' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 120)
  name!: string;

  @ApiProperty({ example: '2026-2027' })
  @Matches(/^(\d{4})-(\d{4})$/, rule('schoolYear'))
  schoolYear!: string;

  @ApiPropertyOptional({ description: 'Defaults to the current référentiel version' })
  @IsOptional()
  @IsIn(Object.keys(referentials))
  referentialVersion?: string;
}

@ApiSchema({ name: 'ImportReport' })
export class ImportedView {
  @ApiProperty({ description: 'Accounts created (invitation e-mailed to each)' })
  created!: number;
}
