import { ApiProperty, ApiSchema } from '@nestjs/swagger';

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

  @ApiProperty({ type: String, nullable: true })
  subjectType!: string | null;

  @ApiProperty({ type: String, nullable: true })
  subjectId!: string | null;

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
