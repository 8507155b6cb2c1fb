import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Ip,
  Param,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { ExamCode } from '@dossier-sno/referential';
import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Roles } from '../auth/decorators.js';
import { CandidateQueryDto } from '../traces/trace.dto.js';
import {
  CreateShareLinkDto,
  DossierView,
  EXAMS,
  SaveDossierDto,
  SubmissionCreatedView,
  SubmissionView,
  ShareLinkCreatedView,
  ShareLinkView,
  SubmitDto,
} from './dossier.dto.js';
import { sendSubmissionPdf, sendSubmissionZip, sendSubmittedFile } from './send-submission.js';
import { ShareLinksService } from './share-links.service.js';
import { DossiersService } from './dossiers.service.js';
import { SubmissionsService } from './submissions.service.js';
import { uuid } from '../common/uuid-param.js';
import { examParam } from '../common/exam-param.js';

@ApiTags('dossiers')
@Controller()
export class DossiersController {
  constructor(
    private readonly dossiers: DossiersService,
    private readonly submissions: SubmissionsService,
    private readonly shares: ShareLinksService,
  ) {}

  @Get('dossiers/:exam')
  @ApiParam({ name: 'exam', enum: EXAMS })
  @ApiOperation({
    operationId: 'getDossier',
    summary: 'The dossier for an exam, with its readiness (staff: candidateId)',
  })
  @ApiOkResponse({ type: DossierView })
  get(
    @CurrentActor() actor: Actor,
    @Param('exam', examParam) code: ExamCode,
    @Query() query: CandidateQueryDto,
    @Ip() ip: string,
  ): Promise<DossierView> {
    return this.dossiers.get(actor, code, query.candidateId, ip);
  }

  @Put('dossiers/:exam')
  @Roles('candidate')
  @ApiParam({ name: 'exam', enum: EXAMS })
  @ApiOperation({
    operationId: 'saveDossier',
    summary: 'Saves the selection and texts (a stale version answers 409)',
  })
  @ApiOkResponse({ type: DossierView })
  save(
    @CurrentActor() actor: Actor,
    @Param('exam', examParam) code: ExamCode,
    @Body() dto: SaveDossierDto,
  ): Promise<DossierView> {
    return this.dossiers.save(actor, code, dto);
  }

  @Post('dossiers/:exam/submissions')
  @Roles('candidate')
  @ApiParam({ name: 'exam', enum: EXAMS })
  @ApiOperation({
    operationId: 'submitDossier',
    summary: 'Freezes the dossier (409 while not ready unless acknowledgeIncomplete is true)',
  })
  @ApiCreatedResponse({ type: SubmissionCreatedView })
  submit(
    @CurrentActor() actor: Actor,
    @Param('exam', examParam) code: ExamCode,
    @Body() dto: SubmitDto,
  ): Promise<SubmissionCreatedView> {
    return this.dossiers.submit(actor, code, dto.acknowledgeIncomplete === true);
  }

  @Get('submissions/:id')
  @ApiOperation({ operationId: 'getSubmission', summary: 'A submitted dossier, as frozen' })
  @ApiOkResponse({ type: SubmissionView })
  async submission(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Ip() ip: string,
  ): Promise<SubmissionView> {
    return this.submissions.view(await this.submissions.visible(actor, id, 'view', ip));
  }

  @Get('submissions/:id/export.zip')
  @ApiOperation({
    operationId: 'exportSubmissionZip',
    summary:
      'The submission as a streamed ZIP: files, manifest.json (sha256 = manifestSha256), index.html',
  })
  @ApiProduces('application/zip')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async zip(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Ip() ip: string,
    @Res() res: Response,
  ): Promise<void> {
    await sendSubmissionZip(
      res,
      this.submissions,
      await this.submissions.visible(actor, id, 'export', ip),
    );
  }

  @Get('submissions/:id/export.pdf')
  @ApiOperation({ operationId: 'exportSubmissionPdf', summary: 'A PDF summary of the submission' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async pdf(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Ip() ip: string,
    @Res() res: Response,
  ): Promise<void> {
    await sendSubmissionPdf(
      res,
      this.submissions,
      await this.submissions.visible(actor, id, 'pdf', ip),
    );
  }

  @Get('submissions/:id/files/:fileId/content')
  @ApiOperation({
    operationId: 'getSubmittedFileContent',
    summary: 'A file of a submission (kept even if the trace is gone)',
  })
  @ApiQuery({ name: 'inline', required: false, enum: ['1'] })
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async submittedFile(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('fileId', uuid) fileId: string,
    @Query('inline') inline: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
    @Ip() ip: string,
  ): Promise<void> {
    const file = await this.submissions.visible(actor, id, `file ${fileId}`, ip, (submission) =>
      this.submissions.file(submission, fileId),
    );
    await sendSubmittedFile(req, res, this.submissions, file, inline === '1');
  }

  @Post('submissions/:id/shares')
  @ApiOperation({
    operationId: 'createShareLink',
    summary: 'A secret, expiring, read-only link for a jury member',
  })
  @ApiCreatedResponse({ type: ShareLinkCreatedView })
  share(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() dto: CreateShareLinkDto,
  ): Promise<ShareLinkCreatedView> {
    return this.shares.create(actor, id, dto);
  }

  @Get('submissions/:id/shares')
  @ApiOperation({ operationId: 'listShareLinks' })
  @ApiOkResponse({ type: [ShareLinkView] })
  shareLinks(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
  ): Promise<ShareLinkView[]> {
    return this.shares.list(actor, id);
  }

  @Delete('shares/:shareId')
  @HttpCode(204)
  @ApiOperation({ operationId: 'revokeShareLink' })
  @ApiNoContentResponse()
  revoke(@CurrentActor() actor: Actor, @Param('shareId', uuid) shareId: string): Promise<void> {
    return this.shares.revoke(actor, shareId);
  }
}
