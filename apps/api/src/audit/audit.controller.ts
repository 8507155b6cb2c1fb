import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Roles } from '../auth/decorators.js';
import { AuditPageView, AuditQueryDto } from './audit.dto.js';
import { AuditJournal } from './audit-journal.service.js';

@ApiTags('audit')
@Controller()
@Roles('admin')
export class AuditController {
  constructor(private readonly journal: AuditJournal) {}

  @Get('audit')
  @ApiOperation({
    operationId: 'listAuditEvents',
    summary: "The audit log of the caller's establishment, newest first, filtered",
  })
  @ApiOkResponse({ type: AuditPageView })
  list(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<AuditPageView> {
    return this.journal.page(actor.establishmentId, query);
  }

  @Get('audit.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="journal-audit.csv"')
  @ApiOperation({
    operationId: 'exportAuditEvents',
    summary: 'The filtered audit log as CSV (;), 10 000 rows at most',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  csv(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<string> {
    return this.journal.csv(actor.establishmentId, query);
  }
}
