import { Controller, Get, Header, Ip, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Roles } from '../auth/decorators.js';
import { CohortDashboardView } from './cohort-dashboard.dto.js';
import { CohortDashboardService } from './cohort-dashboard.service.js';
import { dashboardCsv } from './dashboard-csv.js';
import { uuid } from '../common/uuid-param.js';

@ApiTags('cohorts')
@Controller('cohorts')
@Roles('admin', 'teacher')
export class CohortDashboardController {
  constructor(private readonly dashboard: CohortDashboardService) {}

  @Get(':id/dashboard')
  @ApiOperation({
    operationId: 'getCohortDashboard',
    summary: 'Candidates × competences, PFMP weeks, readiness per exam, last activity',
  })
  @ApiOkResponse({ type: CohortDashboardView })
  get(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Ip() ip: string,
  ): Promise<CohortDashboardView> {
    return this.dashboard.of(actor, id, ip);
  }

  @Get(':id/dashboard.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="tableau-de-bord.csv"')
  @ApiOperation({ operationId: 'exportCohortDashboard', summary: 'The dashboard as CSV (;)' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  async csv(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Ip() ip: string,
  ): Promise<string> {
    return dashboardCsv(await this.dashboard.of(actor, id, ip));
  }
}
