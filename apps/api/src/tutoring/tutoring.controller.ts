import { Body, Controller, Delete, Get, HttpCode, Ip, Param, Post, Put } from '@nestjs/common';
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
  AttestationView,
  CreateAttestationDto,
  InternView,
  PfmpBilanView,
  SavePfmpBilanDto,
} from './tutoring.dto.js';
import { TutoringService } from './tutoring.service.js';
import { uuid } from '../common/uuid-param.js';

@ApiTags('tutoring')
@Controller()
export class TutoringController {
  constructor(private readonly tutoring: TutoringService) {}

  @Post('traces/:id/attestations')
  @Roles('tutor')
  @ApiOperation({
    operationId: 'attestTrace',
    summary: 'An assigned tutor attests the current version of a PFMP trace',
  })
  @ApiCreatedResponse({ type: AttestationView })
  attest(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() dto: CreateAttestationDto,
  ): Promise<AttestationView> {
    return this.tutoring.attest(actor, id, dto);
  }

  @Delete('traces/:id/attestations/mine')
  @Roles('tutor')
  @HttpCode(204)
  @ApiOperation({ operationId: 'withdrawAttestation', summary: 'Withdraw your own attestation' })
  @ApiNoContentResponse()
  withdraw(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<void> {
    return this.tutoring.withdraw(actor, id);
  }

  @Get('interns')
  @Roles('tutor')
  @ApiOperation({
    operationId: 'listInterns',
    summary: 'Your interns with their PFMP periods, traces to attest and bilans to fill',
  })
  @ApiOkResponse({ type: [InternView] })
  interns(@CurrentActor() actor: Actor, @Ip() ip: string): Promise<InternView[]> {
    return this.tutoring.interns(actor, ip);
  }

  @Get('pfmp/:id/bilan')
  @ApiOperation({
    operationId: 'getPfmpBilan',
    summary: "The period's bilan; the candidate sees it once complete (404 before)",
  })
  @ApiOkResponse({ type: PfmpBilanView })
  bilan(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Ip() ip: string,
  ): Promise<PfmpBilanView> {
    return this.tutoring.bilan(actor, id, ip);
  }

  @Put('pfmp/:id/bilan')
  @Roles('tutor')
  @ApiOperation({
    operationId: 'savePfmpBilan',
    summary: "The period's tutor saves the draft, or completes it (final) with complete: true",
  })
  @ApiOkResponse({ type: PfmpBilanView })
  saveBilan(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() dto: SavePfmpBilanDto,
  ): Promise<PfmpBilanView> {
    return this.tutoring.saveBilan(actor, id, dto);
  }
}
