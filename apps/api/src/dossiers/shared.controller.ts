import { Controller, Get, Ip, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/decorators.js';
import { SharedSubmissionView } from './dossier.dto.js';
import { sendSubmissionPdf, sendSubmissionZip, sendSubmittedFile } from './send-submission.js';
import { ShareLinksService } from './share-links.service.js';
import { SubmissionsService } from './submissions.service.js';
import { uuid } from '../common/uuid-param.js';

/** What a share link opens, without an account: one submission, read-only. Every opening is audited. */
@ApiTags('dossiers')
@Public()
@Controller('shared/:token')
export class SharedController {
  constructor(
    private readonly shares: ShareLinksService,
    private readonly submissions: SubmissionsService,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'getSharedSubmission',
    summary: 'The submission behind a share link (404 if invalid, expired or revoked)',
  })
  @ApiOkResponse({ type: SharedSubmissionView })
  async view(@Param('token') token: string, @Ip() ip: string): Promise<SharedSubmissionView> {
    return this.submissions.sharedView(await this.shares.open(token, 'view', ip));
  }

  @Get('export.zip')
  @ApiOperation({ operationId: 'exportSharedSubmissionZip' })
  @ApiProduces('application/zip')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async zip(@Param('token') token: string, @Ip() ip: string, @Res() res: Response): Promise<void> {
    await sendSubmissionZip(res, this.submissions, await this.shares.open(token, 'export', ip));
  }

  @Get('export.pdf')
  @ApiOperation({ operationId: 'exportSharedSubmissionPdf' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async pdf(@Param('token') token: string, @Ip() ip: string, @Res() res: Response): Promise<void> {
    await sendSubmissionPdf(res, this.submissions, await this.shares.open(token, 'pdf', ip));
  }

  @Get('files/:fileId/content')
  @ApiOperation({ operationId: 'getSharedFileContent' })
  @ApiQuery({ name: 'inline', required: false, enum: ['1'] })
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async file(
    @Param('token') token: string,
    @Param('fileId', uuid) fileId: string,
    @Query('inline') inline: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
    @Ip() ip: string,
  ): Promise<void> {
    const file = await this.shares.open(token, `file ${fileId}`, ip, (submission) =>
      this.submissions.file(submission, fileId),
    );
    await sendSubmittedFile(req, res, this.submissions, file, inline === '1');
  }
}
