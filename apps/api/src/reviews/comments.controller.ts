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
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { ExamCode } from '@dossier-sno/referential';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/decorators.js';
import { EXAMS } from '../dossiers/dossier.dto.js';
import { CandidateQueryDto } from '../traces/trace.dto.js';
import { CommentBodyDto, CommentView } from './comment.dto.js';
import { CommentsService } from './comments.service.js';
import { uuid } from '../common/uuid-param.js';
import { examParam } from '../common/exam-param.js';

/**
 * Comment threads on a candidate's trace, dossier and submission, for the candidate and the staff
 * who follow them (the policy decides; examiners get 404).
 */
@ApiTags('comments')
@Controller()
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Get('traces/:id/comments')
  @ApiOperation({
    operationId: 'listTraceComments',
    summary: 'The thread of a trace, oldest first',
  })
  @ApiOkResponse({ type: [CommentView] })
  traceThread(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Ip() ip: string,
  ): Promise<CommentView[]> {
    return this.comments.list(actor, { type: 'trace', id }, ip);
  }

  @Post('traces/:id/comments')
  @ApiOperation({ operationId: 'commentTrace' })
  @ApiCreatedResponse({ type: CommentView })
  commentTrace(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() dto: CommentBodyDto,
  ): Promise<CommentView> {
    return this.comments.create(actor, { type: 'trace', id }, dto.body);
  }

  @Get('dossiers/:exam/comments')
  @ApiParam({ name: 'exam', enum: EXAMS })
  @ApiOperation({
    operationId: 'listDossierComments',
    summary: 'The thread of a dossier, oldest first (staff: candidateId)',
  })
  @ApiOkResponse({ type: [CommentView] })
  dossierThread(
    @CurrentActor() actor: Actor,
    @Param('exam', examParam) exam: ExamCode,
    @Query() query: CandidateQueryDto,
    @Ip() ip: string,
  ): Promise<CommentView[]> {
    return this.comments.list(actor, { type: 'dossier', exam, candidateId: query.candidateId }, ip);
  }

  @Post('dossiers/:exam/comments')
  @ApiParam({ name: 'exam', enum: EXAMS })
  @ApiOperation({ operationId: 'commentDossier', summary: 'Staff: candidateId' })
  @ApiCreatedResponse({ type: CommentView })
  commentDossier(
    @CurrentActor() actor: Actor,
    @Param('exam', examParam) exam: ExamCode,
    @Query() query: CandidateQueryDto,
    @Body() dto: CommentBodyDto,
  ): Promise<CommentView> {
    return this.comments.create(
      actor,
      { type: 'dossier', exam, candidateId: query.candidateId },
      dto.body,
    );
  }

  @Get('submissions/:id/comments')
  @ApiOperation({
    operationId: 'listSubmissionComments',
    summary: 'The thread of a submission (kept with it), oldest first',
  })
  @ApiOkResponse({ type: [CommentView] })
  submissionThread(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Ip() ip: string,
  ): Promise<CommentView[]> {
    return this.comments.list(actor, { type: 'submission', id }, ip);
  }

  @Post('submissions/:id/comments')
  @ApiOperation({ operationId: 'commentSubmission' })
  @ApiCreatedResponse({ type: CommentView })
  commentSubmission(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() dto: CommentBodyDto,
  ): Promise<CommentView> {
    return this.comments.create(actor, { type: 'submission', id }, dto.body);
  }

  @Patch('comments/:id')
  @ApiOperation({
    operationId: 'editComment',
    summary: 'The author only, within 15 minutes of writing it (then 409)',
  })
  @ApiOkResponse({ type: CommentView })
  edit(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() dto: CommentBodyDto,
  ): Promise<CommentView> {
    return this.comments.update(actor, id, dto.body);
  }

  @Delete('comments/:id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deleteComment', summary: 'The author only' })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<void> {
    return this.comments.remove(actor, id);
  }
}
