import {
  Body,
  Controller,
  Get,
  Ip,
  Param,
  ParseEnumPipe,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
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
import { sendObject } from '../files/send-object.js';
import { CandidateQueryDto } from '../traces/trace.dto.js';
import {
  DossierView,
  EXAMS,
  SaveDossierDto,
  SubmissionCreatedView,
  SubmissionView,
  SubmitDto,
} from './dossier.dto.js';
import { DossiersService } from './dossiers.service.js';
import { SubmissionsService } from './submissions.service.js';

const examParam = new ParseEnumPipe(Object.fromEntries(EXAMS.map((e) => [e, e])));
const uuid = new ParseUUIDPipe();

@ApiTags('dossiers')
@Controller()
export class DossiersController {
  constructor(
    private readonly dossiers: DossiersService,
    private readonly submissions: SubmissionsService,
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
  submission(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Ip() ip: string,
  ): Promise<SubmissionView> {
    return this.submissions.get(actor, id, ip);
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
    const { archive, submission } = await this.submissions.zip(actor, id, ip);
    const date = submission.submittedAt.toISOString().slice(0, 10);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="dossier-${submission.exam}-${date}.zip"`,
    );
    res.setHeader('Cache-Control', 'private, no-store');
    archive.on('error', () => res.destroy());
    archive.pipe(res);
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
  ): Promise<void> {
    const file = await this.submissions.file(actor, id, fileId);
    const name = file.path.split('/').pop() ?? 'fichier';
    await sendObject(
      req,
      res,
      { name, size: file.size, mediaType: file.mediaType },
      inline === '1',
      (range) => this.submissions.open(file, range),
    );
  }
}
