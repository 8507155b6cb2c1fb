import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Ip,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Roles } from '../auth/decorators.js';
import {
  CandidateQueryDto,
  CoverageView,
  CreateTraceDto,
  TracePage,
  TraceQueryDto,
  TraceView,
  UpdateTraceDto,
} from './trace.dto.js';
import { TracesService } from './traces.service.js';
import { uuid } from '../common/uuid-param.js';

@ApiTags('traces')
@Controller()
export class TracesController {
  constructor(private readonly traces: TracesService) {}

  @Post('traces')
  @Roles('candidate')
  @ApiOperation({ operationId: 'createTrace' })
  @ApiCreatedResponse({ type: TraceView })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateTraceDto): Promise<TraceView> {
    return this.traces.create(actor, dto);
  }

  @Get('traces')
  @ApiOperation({
    operationId: 'listTraces',
    summary: "The caller's traces, or a candidate's (staff: candidateId)",
  })
  @ApiOkResponse({ type: TracePage })
  list(
    @CurrentActor() actor: Actor,
    @Query() query: TraceQueryDto,
    @Ip() ip: string,
  ): Promise<TracePage> {
    return this.traces.list(actor, query, ip);
  }

  @Get('traces/:id')
  @ApiOperation({ operationId: 'getTrace' })
  @ApiOkResponse({ type: TraceView })
  get(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Ip() ip: string,
  ): Promise<TraceView> {
    return this.traces.get(actor, id, ip);
  }

  @Patch('traces/:id')
  @Roles('candidate')
  @ApiOperation({
    operationId: 'updateTrace',
    summary: 'With the version read; a stale one answers 409',
  })
  @ApiOkResponse({ type: TraceView })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() dto: UpdateTraceDto,
  ): Promise<TraceView> {
    return this.traces.update(actor, id, dto);
  }

  @Delete('traces/:id')
  @Roles('candidate')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deleteTrace', summary: 'Deletes the trace and its files' })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<void> {
    return this.traces.remove(actor, id);
  }

  @Get('coverage')
  @ApiOperation({
    operationId: 'getCoverage',
    summary: 'Traces per competence and detailed competence',
  })
  @ApiOkResponse({ type: CoverageView })
  coverage(
    @CurrentActor() actor: Actor,
    @Query() query: CandidateQueryDto,
    @Ip() ip: string,
  ): Promise<CoverageView> {
    return this.traces.coverage(actor, query.candidateId, ip);
  }
}
