import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Roles } from '../auth/decorators.js';
import { PageQueryDto } from '../common/page-query.dto.js';
import { AuditPageView } from './audit.dto.js';
import { AuditLog } from './audit.service.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditLog) {}

  @Get()
  @Roles('admin')
  @ApiOperation({
    operationId: 'listAuditEvents',
    summary: "The audit log of the caller's establishment, newest first",
  })
  @ApiOkResponse({ type: AuditPageView })
  list(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<AuditPageView> {
    return this.audit.list(actor.establishmentId, query.page, query.pageSize);
  }
}
