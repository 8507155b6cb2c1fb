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
  Req,
  Res,
  UploadedFile,
  UseGuards,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Roles } from '../auth/decorators.js';
import { AccessGuard } from '../policy/access.guard.js';
import { Permission } from '../policy/permission.js';
import type { StoredUpload } from '../files/s3-storage-engine.js';
import { sendObject } from '../files/send-object.js';
import { CandidateQueryDto } from '../traces/trace.dto.js';
import {
  CreatePfmpPeriodDto,
  PfmpPeriodView,
  PfmpRecordView,
  UpdatePfmpPeriodDto,
} from './pfmp.dto.js';
import { PfmpService } from './pfmp.service.js';
import { uuid } from '../common/uuid-param.js';
import { StreamedUpload } from '../files/upload-options.js';
import { DomainError } from '../common/domain-error.js';

@ApiTags('pfmp')
@Controller('pfmp')
export class PfmpController {
  constructor(private readonly pfmp: PfmpService) {}

  @Get()
  @ApiOperation({
    operationId: 'getPfmpRecord',
    summary: 'PFMP periods and total weeks against the minimum (staff: candidateId)',
  })
  @ApiOkResponse({ type: PfmpRecordView })
  record(
    @CurrentActor() actor: Actor,
    @Query() query: CandidateQueryDto,
    @Ip() ip: string,
  ): Promise<PfmpRecordView> {
    return this.pfmp.record(actor, query.candidateId, ip);
  }

  @Post()
  @Roles('candidate')
  @ApiOperation({ operationId: 'createPfmpPeriod' })
  @ApiCreatedResponse({ type: PfmpPeriodView })
  create(@CurrentActor() actor: Actor, @Body() dto: CreatePfmpPeriodDto): Promise<PfmpPeriodView> {
    return this.pfmp.create(actor, dto);
  }

  @Patch(':id')
  @Roles('candidate')
  @ApiOperation({
    operationId: 'updatePfmpPeriod',
    summary: 'With the version read; a stale one answers 409',
  })
  @ApiOkResponse({ type: PfmpPeriodView })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() dto: UpdatePfmpPeriodDto,
  ): Promise<PfmpPeriodView> {
    return this.pfmp.update(actor, id, dto);
  }

  @Delete(':id')
  @Roles('candidate')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deletePfmpPeriod' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'The tutor has started the bilan: edit the period instead' })
  remove(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<void> {
    return this.pfmp.remove(actor, id);
  }

  @Post(':id/proof')
  @Roles('candidate')
  @UseGuards(AccessGuard(Permission.PfmpPeriodUpdate))
  @StreamedUpload()
  @ApiOperation({
    operationId: 'uploadPfmpProof',
    summary: 'The attestation (or work certificate) of the period',
  })
  @ApiCreatedResponse({ type: PfmpPeriodView })
  uploadProof(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @UploadedFile() file: (Express.Multer.File & StoredUpload) | undefined,
  ): Promise<PfmpPeriodView> {
    if (!file) {
      throw new DomainError('FILE_EXPECTED', { field: 'file' });
    }
    return this.pfmp.attachProof(actor, id, file, file.originalname);
  }

  @Get(':id/proof/content')
  @ApiOperation({ operationId: 'getPfmpProofContent' })
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async proof(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Query('inline') inline: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const period = await this.pfmp.proof(actor, id);
    await sendObject(
      req,
      res,
      {
        name: period.proofName ?? 'attestation',
        size: period.proofSize ?? 0,
        mediaType: period.proofMediaType ?? 'application/octet-stream',
      },
      inline === '1',
      (range) => this.pfmp.openProof(period.proofStorageKey, range),
    );
  }
}
