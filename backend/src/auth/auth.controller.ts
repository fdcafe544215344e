import { Body, Controller, Delete, Get, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config';
import { Ctx, type RequestContext, type SignedInContext } from '../common/request-context';
import { Public, SignedIn } from '../permissions/policy.decorator';
import { AuthService } from './auth.service';
import { clearSessionCookies, setSessionCookies } from './cookies';
import { ReauthenticateDto } from './dto/security.dto';
import {
  ChangeEmailDto,
  ChangeLocaleDto,
  ChangePasswordDto,
  LoginDto,
  PasswordResetRequestDto,
  TokenPasswordDto,
} from './dto/auth.dto';
import { SESSION_COOKIE } from './session.service';
import { Returns, ReturnsNothing } from '../common/contract';
import { InvitationResponse, MeResponse, PasswordResetRequested } from './dto/auth.response';
import { SessionResponse } from './dto/security.response';
import { ParseSessionIdPipe } from './session-id.pipe';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Returns(MeResponse)
  @Public()
  async login(
    @Ctx() ctx: RequestContext,
    @Body() dto: LoginDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const s = await this.auth.login(ctx, dto, req.headers['user-agent'] ?? null);
    setSessionCookies(reply, this.config, s.token, s.csrfToken);
    return s.me;
  }

  @Post('logout')
  @ReturnsNothing()
  @SignedIn()
  async logout(
    @Ctx() ctx: SignedInContext,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.auth.logout(ctx, req.cookies[SESSION_COOKIE]!);
    clearSessionCookies(reply, this.config);
  }

  @Get('me')
  @Returns(MeResponse)
  @SignedIn()
  me(@Ctx() ctx: SignedInContext) {
    return this.auth.me(ctx.user, ctx.session, ctx.ability);
  }

  @Patch('me/password')
  @ReturnsNothing()
  @SignedIn()
  changePassword(@Ctx() ctx: SignedInContext, @Body() dto: ChangePasswordDto) {
    return this.auth.changePassword(ctx, dto);
  }

  @Patch('me/email')
  @Returns(MeResponse)
  @SignedIn()
  changeEmail(@Ctx() ctx: SignedInContext, @Body() dto: ChangeEmailDto) {
    return this.auth.changeEmail(ctx, dto);
  }

  @Patch('me/locale')
  @Returns(MeResponse)
  @SignedIn()
  changeLocale(@Ctx() ctx: SignedInContext, @Body() dto: ChangeLocaleDto) {
    return this.auth.changeLocale(ctx, dto.locale);
  }

  @Post('reauthenticate')
  @ReturnsNothing()
  @SignedIn()
  reauthenticate(@Ctx() ctx: SignedInContext, @Body() dto: ReauthenticateDto) {
    return this.auth.reauthenticate(ctx, dto);
  }

  @Get('sessions')
  @Returns([SessionResponse])
  @SignedIn()
  sessions(@Ctx() ctx: SignedInContext) {
    return this.auth.listSessions(ctx);
  }

  @Post('sessions/end-others')
  @ReturnsNothing()
  @SignedIn()
  endOtherSessions(@Ctx() ctx: SignedInContext) {
    return this.auth.endOtherSessions(ctx);
  }

  @Delete('sessions/:id')
  @ReturnsNothing()
  @SignedIn()
  endSession(@Ctx() ctx: SignedInContext, @Param('id', new ParseSessionIdPipe()) id: string) {
    return this.auth.endSession(ctx, id);
  }

  @Post('password-reset')
  @Returns(PasswordResetRequested, 202)
  @Public()
  async requestReset(
    @Ctx() ctx: RequestContext,
    @Body() dto: PasswordResetRequestDto,
  ): Promise<PasswordResetRequested> {
    await this.auth.requestPasswordReset(ctx, dto.email);
    return { ok: true };
  }

  @Post('password-reset/confirm')
  @ReturnsNothing()
  @Public()
  confirmReset(@Ctx() ctx: RequestContext, @Body() dto: TokenPasswordDto) {
    return this.auth.confirmPasswordReset(ctx, dto);
  }

  @Get('invitations/:token')
  @Returns(InvitationResponse)
  @Public()
  describeInvitation(@Param('token') token: string) {
    return this.auth.describeInvitation(token);
  }

  @Post('invitations/accept')
  @Returns(MeResponse)
  @Public()
  async acceptInvitation(
    @Ctx() ctx: RequestContext,
    @Body() dto: TokenPasswordDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const s = await this.auth.acceptInvitation(ctx, dto, req.headers['user-agent'] ?? null);
    setSessionCookies(reply, this.config, s.token, s.csrfToken);
    return s.me;
  }
}
