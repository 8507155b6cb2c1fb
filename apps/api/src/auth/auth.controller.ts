import { Body, Controller, Get, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Actor } from './actor.js';
import {
  ChangePasswordDto,
  CsrfTokenView,
  InvitationAcceptedView,
  InvitationPreviewView,
  LocaleDto,
  LoginDto,
  PasswordResetRequestDto,
  SessionUserView,
  TokenWithPasswordDto,
} from './auth.dto.js';
import { AuthService, sessionUser } from './auth.service.js';
import { CSRF_HEADER } from './csrf.js';
import { CurrentActor, Public } from './decorators.js';

/**
 * Public routes here (login, reset, invitation) carry no session yet, so they need no CSRF token;
 * every other state-changing route does (see docs/api-for-scripts.md).
 */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'login',
    summary: 'Sign in; sets the session cookie and returns X-CSRF-Token',
  })
  @ApiOkResponse({ type: SessionUserView })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password (same message either way)' })
  @ApiTooManyRequestsResponse({ description: 'Too many failures; see Retry-After' })
  async login(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Body() dto: LoginDto,
  ): Promise<SessionUserView> {
    const user = await this.auth.login(req, dto);
    res.setHeader(CSRF_HEADER, this.auth.csrfToken(req));
    return user;
  }

  @Get('me')
  @ApiOperation({ operationId: 'me', summary: 'The signed-in person, or 401' })
  @ApiOkResponse({ type: SessionUserView })
  me(@CurrentActor() actor: Actor): SessionUserView {
    return sessionUser(actor);
  }

  @Put('me/locale')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'saveMyLocale',
    summary: 'The language of the e-mails to the signed-in person (the web sends its own)',
  })
  @ApiNoContentResponse()
  saveLocale(@CurrentActor() actor: Actor, @Body() dto: LocaleDto): Promise<void> {
    return this.auth.saveLocale(actor, dto.locale);
  }

  @Get('csrf')
  @Public()
  @ApiOperation({
    operationId: 'csrfToken',
    summary: 'The CSRF token of this session (null when not signed in)',
  })
  @ApiOkResponse({ type: CsrfTokenView })
  csrf(@Req() req: Request): CsrfTokenView {
    return { token: this.auth.sessionCsrfToken(req) };
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ operationId: 'logout' })
  @ApiNoContentResponse()
  logout(@Req() req: Request, @CurrentActor() actor: Actor): Promise<void> {
    return this.auth.logout(req, actor);
  }

  @Post('password')
  @HttpCode(204)
  @ApiOperation({ operationId: 'changePassword', summary: 'Also ends every other session' })
  @ApiNoContentResponse()
  changePassword(
    @Req() req: Request,
    @CurrentActor() actor: Actor,
    @Body() dto: ChangePasswordDto,
  ): Promise<void> {
    return this.auth.changePassword(req, actor, dto);
  }

  @Post('password-reset')
  @Public()
  @HttpCode(202)
  @ApiOperation({
    operationId: 'requestPasswordReset',
    summary: 'E-mails a one-time link if the account exists',
  })
  @ApiAcceptedResponse()
  @ApiTooManyRequestsResponse({
    description: '3 an hour per e-mail, 20 per address; see Retry-After',
  })
  requestPasswordReset(@Req() req: Request, @Body() dto: PasswordResetRequestDto): Promise<void> {
    return this.auth.requestPasswordReset(req, dto.email);
  }

  @Post('password-reset/confirm')
  @Public()
  @HttpCode(204)
  @ApiOperation({ operationId: 'resetPassword' })
  @ApiNoContentResponse()
  resetPassword(@Req() req: Request, @Body() dto: TokenWithPasswordDto): Promise<void> {
    return this.auth.resetPassword(req, dto);
  }

  @Get('invitations/:token')
  @Public()
  @ApiOperation({
    operationId: 'previewInvitation',
    summary: 'Who the invitation is for (404 if invalid)',
  })
  @ApiOkResponse({ type: InvitationPreviewView })
  previewInvitation(@Param('token') token: string): Promise<InvitationPreviewView> {
    return this.auth.previewInvitation(token);
  }

  @Post('invitations/accept')
  @Public()
  @HttpCode(200)
  @ApiOperation({ operationId: 'acceptInvitation', summary: 'Sets the password and signs in' })
  @ApiOkResponse({ type: InvitationAcceptedView })
  async acceptInvitation(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Body() dto: TokenWithPasswordDto,
  ): Promise<InvitationAcceptedView> {
    const accepted = await this.auth.acceptInvitation(req, dto);
    res.setHeader(CSRF_HEADER, this.auth.csrfToken(req));
    return accepted;
  }
}
