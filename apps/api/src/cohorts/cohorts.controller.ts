import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Roles } from '../auth/decorators.js';
import { CohortView, CreateCohortDto, ImportedView } from './cohort.dto.js';
import { CohortsService } from './cohorts.service.js';
import { uuid } from '../common/uuid-param.js';
import { DomainError } from '../common/domain-error.js';

/** A class list is small; 1 MB is thousands of lines. */
const MAX_CSV_BYTES = 1_000_000;

@ApiTags('cohorts')
@Controller('cohorts')
export class CohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ operationId: 'createCohort' })
  @ApiCreatedResponse({ type: CohortView })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCohortDto): Promise<CohortView> {
    return this.cohorts.create(actor, dto);
  }

  @Get()
  @ApiOperation({ operationId: 'listCohorts', summary: 'The cohorts the caller may see' })
  @ApiOkResponse({ type: [CohortView] })
  list(@CurrentActor() actor: Actor): Promise<CohortView[]> {
    return this.cohorts.list(actor);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getCohort' })
  @ApiOkResponse({ type: CohortView })
  get(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<CohortView> {
    return this.cohorts.get(actor, id);
  }

  @Post(':id/candidates/import')
  @Roles('admin')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_CSV_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          description: 'email,displayName,candidateStatus,positionne',
        },
      },
    },
  })
  @ApiOperation({
    operationId: 'importCandidates',
    summary: 'CSV of candidates; all-or-nothing with a per-line report',
  })
  @ApiCreatedResponse({ type: ImportedView })
  importCandidates(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<ImportedView> {
    if (!file) {
      throw new DomainError('CSV_EXPECTED');
    }
    return this.cohorts.importCandidates(actor, id, file.buffer.toString('utf8'));
  }

  @Put(':id/teachers/:teacherId')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ operationId: 'assignTeacher', summary: 'The teacher follows this cohort' })
  @ApiNoContentResponse()
  assignTeacher(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('teacherId', uuid) teacherId: string,
  ): Promise<void> {
    return this.cohorts.assignTeacher(actor, id, teacherId);
  }

  @Delete(':id/teachers/:teacherId')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ operationId: 'unassignTeacher' })
  @ApiNoContentResponse()
  unassignTeacher(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('teacherId', uuid) teacherId: string,
  ): Promise<void> {
    return this.cohorts.unassignTeacher(actor, id, teacherId);
  }
}
