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
  Query,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Roles } from '../auth/decorators.js';
import {
  AccessLinkView,
  CreateUserDto,
  UpdateUserDto,
  UserPage,
  UserQueryDto,
  UserView,
} from './user.dto.js';
import { TutorAssignmentsService } from './tutor-assignments.service.js';
import { UsersService } from './users.service.js';
import { uuid } from '../common/uuid-param.js';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly tutors: TutorAssignmentsService,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({
    operationId: 'createUser',
    summary: 'Create an account (without password: invitation e-mailed)',
  })
  @ApiCreatedResponse({ type: UserView })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(actor, dto);
  }

  @Get()
  @ApiOperation({ operationId: 'listUsers', summary: 'The people the caller may see' })
  @ApiOkResponse({ type: UserPage })
  list(@CurrentActor() actor: Actor, @Query() query: UserQueryDto): Promise<UserPage> {
    return this.users.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getUser' })
  @ApiOkResponse({ type: UserView })
  get(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Ip() ip: string,
  ): Promise<UserView> {
    return this.users.get(actor, id, ip);
  }

  @Patch(':id')
  @ApiOperation({
    operationId: 'updateUser',
    summary: 'Account fields (admin) or exam profile (admin, cohort teacher)',
  })
  @ApiOkResponse({ type: UserView })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserView> {
    return this.users.update(actor, id, dto);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    operationId: 'deactivateUser',
    summary: 'Ends their sessions; they can no longer sign in',
  })
  @ApiOkResponse({ type: UserView })
  deactivate(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<UserView> {
    return this.users.deactivate(actor, id);
  }

  @Post(':id/password-reset')
  @HttpCode(202)
  @Roles('admin')
  @ApiOperation({
    operationId: 'sendAccessLink',
    summary: 'E-mails a password-reset link (or a new invitation if no password was ever set)',
  })
  @ApiAcceptedResponse({ type: AccessLinkView })
  sendAccessLink(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
  ): Promise<AccessLinkView> {
    return this.users.sendAccessLink(actor, id);
  }

  @Put(':id/tutors/:tutorId')
  @HttpCode(204)
  @Roles('admin', 'teacher')
  @ApiOperation({ operationId: 'assignTutor', summary: 'The tutor follows this candidate' })
  @ApiNoContentResponse()
  assignTutor(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('tutorId', uuid) tutorId: string,
  ): Promise<void> {
    return this.tutors.assign(actor, id, tutorId);
  }

  @Delete(':id/tutors/:tutorId')
  @HttpCode(204)
  @Roles('admin', 'teacher')
  @ApiOperation({ operationId: 'unassignTutor' })
  @ApiNoContentResponse()
  unassignTutor(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('tutorId', uuid) tutorId: string,
  ): Promise<void> {
    return this.tutors.unassign(actor, id, tutorId);
  }
}
