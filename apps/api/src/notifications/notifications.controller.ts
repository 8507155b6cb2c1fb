import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/decorators.js';
import { PageQueryDto } from '../common/page-query.dto.js';
import {
  MarkedReadView,
  MarkReadDto,
  NotificationPageView,
  UserSettingsDto,
} from './notification.dto.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('notifications')
  @ApiOperation({
    operationId: 'listNotifications',
    summary: "The caller's notifications, newest first, with the unread count",
  })
  @ApiOkResponse({ type: NotificationPageView })
  list(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<NotificationPageView> {
    return this.notifications.list(actor, query.page, query.pageSize);
  }

  @Post('notifications/read')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'markNotificationsRead',
    summary: 'Marks the given notifications read, or all of them with "all": true',
  })
  @ApiOkResponse({ type: MarkedReadView })
  markRead(@CurrentActor() actor: Actor, @Body() dto: MarkReadDto): Promise<MarkedReadView> {
    return this.notifications.markRead(actor, dto);
  }

  @Get('me/settings')
  @ApiOperation({ operationId: 'getMySettings' })
  @ApiOkResponse({ type: UserSettingsDto })
  settings(@CurrentActor() actor: Actor): Promise<UserSettingsDto> {
    return this.notifications.settings(actor);
  }

  @Put('me/settings')
  @ApiOperation({ operationId: 'saveMySettings', summary: 'E-mail digest on or off' })
  @ApiOkResponse({ type: UserSettingsDto })
  saveSettings(
    @CurrentActor() actor: Actor,
    @Body() dto: UserSettingsDto,
  ): Promise<UserSettingsDto> {
    return this.notifications.saveSettings(actor, dto);
  }
}
