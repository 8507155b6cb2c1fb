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
  Put,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Roles } from '../auth/decorators.js';
import { SubmissionView } from '../dossiers/dossier.dto.js';
import {
  CorrectEvaluationDto,
  CreateExamSessionDto,
  EvaluationView,
  ExamSessionMemberView,
  ExamSessionView,
  InviteExaminerDto,
  SaveEvaluationDto,
  SessionCandidateView,
  CohortEnrolmentView,
  UpdateExamSessionDto,
} from './exam.dto.js';
import { EvaluationsService } from './evaluations.service.js';
import { ExamsService } from './exams.service.js';
import { SessionCandidatesService } from './session-candidates.service.js';
import { uuid } from '../common/uuid-param.js';

@ApiTags('exam-sessions')
@Controller('exam-sessions')
@Roles('admin', 'teacher', 'examiner')
export class ExamsController {
  constructor(
    private readonly exams: ExamsService,
    private readonly enrolment: SessionCandidatesService,
    private readonly evaluations: EvaluationsService,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listExamSessions',
    summary: 'Sessions the caller manages or sits on (examiners: until the retention date)',
  })
  @ApiOkResponse({ type: [ExamSessionView] })
  list(@CurrentActor() actor: Actor): Promise<ExamSessionView[]> {
    return this.exams.list(actor);
  }

  @Post()
  @Roles('admin', 'teacher')
  @ApiOperation({ operationId: 'createExamSession' })
  @ApiCreatedResponse({ type: ExamSessionView })
  create(
    @CurrentActor() actor: Actor,
    @Body() dto: CreateExamSessionDto,
  ): Promise<ExamSessionView> {
    return this.exams.create(actor, dto);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getExamSession' })
  @ApiOkResponse({ type: ExamSessionView })
  get(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<ExamSessionView> {
    return this.exams.get(actor, id);
  }

  @Patch(':id')
  @Roles('admin', 'teacher')
  @ApiOperation({
    operationId: 'updateExamSession',
    summary: 'With the version read; a stale one answers 409',
  })
  @ApiOkResponse({ type: ExamSessionView })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() dto: UpdateExamSessionDto,
  ): Promise<ExamSessionView> {
    return this.exams.update(actor, id, dto);
  }

  @Put(':id/members/:userId')
  @Roles('admin', 'teacher')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'addExamSessionMember',
    summary: 'Seats an examiner or teacher of the establishment on the commission',
  })
  @ApiNoContentResponse()
  addMember(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('userId', uuid) userId: string,
  ): Promise<void> {
    return this.exams.addMember(actor, id, userId);
  }

  @Delete(':id/members/:userId')
  @Roles('admin', 'teacher')
  @HttpCode(204)
  @ApiOperation({ operationId: 'removeExamSessionMember' })
  @ApiNoContentResponse()
  removeMember(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('userId', uuid) userId: string,
  ): Promise<void> {
    return this.exams.removeMember(actor, id, userId);
  }

  @Post(':id/members/invitations')
  @Roles('admin', 'teacher')
  @ApiOperation({
    operationId: 'inviteExamSessionMember',
    summary: 'Creates an examiner account (invitation e-mailed) and seats it on the commission',
  })
  @ApiCreatedResponse({ type: ExamSessionMemberView })
  invite(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() dto: InviteExaminerDto,
  ): Promise<ExamSessionMemberView> {
    return this.exams.inviteMember(actor, id, dto);
  }

  @Get(':id/candidates')
  @ApiOperation({
    operationId: 'listSessionCandidates',
    summary: 'Candidates, each with their latest submission before the deadline',
  })
  @ApiOkResponse({ type: [SessionCandidateView] })
  candidates(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
  ): Promise<SessionCandidateView[]> {
    return this.enrolment.list(actor, id);
  }

  @Put(':id/candidates/:candidateId')
  @Roles('admin', 'teacher')
  @HttpCode(204)
  @ApiOperation({ operationId: 'addSessionCandidate' })
  @ApiNoContentResponse()
  addCandidate(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('candidateId', uuid) candidateId: string,
  ): Promise<void> {
    return this.enrolment.add(actor, id, candidateId);
  }

  @Post(':id/cohorts/:cohortId/candidates')
  @Roles('admin', 'teacher')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'enrolSessionCohort',
    summary:
      'Enrols every active candidate of the cohort, all or none (a commission member among them: 409)',
  })
  @ApiOkResponse({ type: CohortEnrolmentView })
  enrolCohort(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('cohortId', uuid) cohortId: string,
  ): Promise<CohortEnrolmentView> {
    return this.enrolment.addCohort(actor, id, cohortId);
  }

  @Delete(':id/candidates/:candidateId')
  @Roles('admin', 'teacher')
  @HttpCode(204)
  @ApiOperation({ operationId: 'removeSessionCandidate' })
  @ApiNoContentResponse()
  removeCandidate(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('candidateId', uuid) candidateId: string,
  ): Promise<void> {
    return this.enrolment.remove(actor, id, candidateId);
  }

  @Get(':id/candidates/:candidateId/submission')
  @ApiOperation({
    operationId: 'getReviewedSubmission',
    summary:
      "The candidate's latest submission before the deadline (the one the commission reviews)",
  })
  @ApiOkResponse({ type: SubmissionView })
  submission(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('candidateId', uuid) candidateId: string,
    @Ip() ip: string,
  ): Promise<SubmissionView> {
    return this.enrolment.candidateSubmission(actor, id, candidateId, ip);
  }

  @Get(':id/candidates/:candidateId/evaluation')
  @ApiOperation({
    operationId: 'getEvaluation',
    summary: 'The grid, proposed mark and notes (commission members and admins only)',
  })
  @ApiOkResponse({ type: EvaluationView })
  evaluation(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('candidateId', uuid) candidateId: string,
  ): Promise<EvaluationView> {
    return this.evaluations.evaluation(actor, id, candidateId);
  }

  @Put(':id/candidates/:candidateId/evaluation')
  @ApiOperation({
    operationId: 'saveEvaluation',
    summary:
      'Members save the grid (stale version or locked: 409); earlier sign-offs are withdrawn',
  })
  @ApiOkResponse({ type: EvaluationView })
  saveEvaluation(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('candidateId', uuid) candidateId: string,
    @Body() dto: SaveEvaluationDto,
  ): Promise<EvaluationView> {
    return this.evaluations.saveEvaluation(actor, id, candidateId, dto);
  }

  @Post(':id/candidates/:candidateId/evaluation/sign-off')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'signOffEvaluation',
    summary: 'A member signs; when every member has, the evaluation is locked',
  })
  @ApiOkResponse({ type: EvaluationView })
  signOff(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('candidateId', uuid) candidateId: string,
  ): Promise<EvaluationView> {
    return this.evaluations.signOff(actor, id, candidateId);
  }

  @Post(':id/candidates/:candidateId/evaluation/corrections')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'correctEvaluation',
    summary: 'An admin corrects a locked evaluation, with a reason (audited)',
  })
  @ApiOkResponse({ type: EvaluationView })
  correct(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('candidateId', uuid) candidateId: string,
    @Body() dto: CorrectEvaluationDto,
  ): Promise<EvaluationView> {
    return this.evaluations.correct(actor, id, candidateId, dto);
  }

  @Get(':id/grids.pdf')
  @ApiOperation({
    operationId: 'exportSessionGrids',
    summary: "The session's evaluation grids as PDF for the final jury",
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async grids(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const pdf = await this.evaluations.gridsPdf(actor, id);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="grilles-${id}.pdf"`);
    res.setHeader('Cache-Control', 'private, no-store');
    pdf.on('error', () => res.destroy());
    pdf.pipe(res);
  }
}
