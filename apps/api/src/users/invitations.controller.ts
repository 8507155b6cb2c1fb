import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { CreateInvitationDto } from '../auth/auth.dto.js';
import { CurrentActor, Roles } from '../auth/decorators.js';
import { CreatedView } from './user.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @Roles('admin', 'teacher')
  @ApiOperation({ operationId: 'invite', summary: 'Invite a tutor or an examiner by e-mail' })
  @ApiCreatedResponse({ type: CreatedView })
  invite(@CurrentActor() actor: Actor, @Body() dto: CreateInvitationDto): Promise<CreatedView> {
    return this.users.invite(actor, dto);
  }
}
