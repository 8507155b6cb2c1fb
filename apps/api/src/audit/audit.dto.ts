import { AUDIT_KINDS, type AuditKind } from '@dossier-sno/exam-rules';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { DATE } from '../common/dto-rules.js';
import { rule } from '../common/validation-errors.js';
import { PageQueryDto } from '../common/page-query.dto.js';

@ApiSchema({ name: 'AuditEvent' })
export class AuditEventView {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  at!: Date;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  actorId!: string | null;

  @ApiProperty({ example: 'auth.login' })
  action!: string;

  @ApiProperty({ example: 'Connexion', description: 'The action in French' })
  label!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Who acted, by name' })
  actorName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  subjectType!: string | null;

  @ApiProperty({ type: String, nullable: true })
  subjectId!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The person, cohort or session concerned, by name',
  })
  subjectName!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true })
  details!: Record<string, unknown>;

  @ApiProperty({ type: String, nullable: true })
  ip!: string | null;
}

@ApiSchema({ name: 'AuditPage' })
export class AuditPageView {
  @ApiProperty({ type: [AuditEventView] })
  items!: AuditEventView[];

  @ApiProperty()
  total!: number;
}

/** The filters of the audit page and of its CSV export. */
export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only what this person did' })
  @IsOptional()
  @IsUUID('all')
  actorId?: string;

  @ApiPropertyOptional({ enum: Object.keys(AUDIT_KINDS), description: 'Only this kind of event' })
  @IsOptional()
  @IsIn(Object.keys(AUDIT_KINDS))
  kind?: AuditKind;

  @ApiPropertyOptional({ example: '2027-01-31', description: 'From this day (UTC), inclusive' })
  @IsOptional()
  @Matches(DATE, rule('date'))
  from?: string;

  @ApiPropertyOptional({ example: '2027-02-28', description: 'Up to this day (UTC), inclusive' })
  @IsOptional()
  @Matches(DATE, rule('date'))
  to?: string;
}
