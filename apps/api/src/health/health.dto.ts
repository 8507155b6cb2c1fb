import { ApiProperty } from '@nestjs/swagger';

export type PartStatus = 'up' | 'down';

export class HealthStatus {
  @ApiProperty({ enum: ['ok', 'error'], example: 'ok' })
  status!: 'ok' | 'error';

  @ApiProperty({ enum: ['up', 'down'], description: 'PostgreSQL answers a query' })
  db!: PartStatus;

  @ApiProperty({ enum: ['up', 'down'], description: 'The S3 bucket answers' })
  storage!: PartStatus;
}
