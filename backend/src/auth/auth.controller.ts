import { Body, Controller, Delete, Get, HttpCode, Param, Patch, PipeTransform, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config';
import { ValidationFailed } from '../common/errors';
import { Ctx, type RequestContext, type SignedInContext } from '../common/request-context';
import { Public, SignedIn } from '../permissions/policy.decorator';
import { AuthService } from './auth.service';
import { clearSessionCookies, setSessionCookies } from './cookies';
import { ReauthenticateDto } from './dto/security.dto';
import { ChangeEmailDto, ChangeLocaleDto, ChangePasswordDto, LoginDto, PasswordResetRequestDto, TokenPasswordDto } from './dto/auth.dto';
import { SESSION_COOKIE } from './session.service';

/** A listed session's id: 16 hex digits (see SessionService.listFor). */
class ParseSessionIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[0-9a-f]{16}$/.test(value)) throw ValidationFailed.field('id', { fr: 'Identifiant invalide', en: 'Invalid identifier' });
    return value;
  }
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  async login(@Ctx() ctx: RequestContext, @Body() dto: LoginDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const s = await this.auth.login(ctx, dto, req.headers['user-agent'] ?? null);
    setSessionCookies(reply, this.config, s.token, s.csrfToken);
    return s.me;
  }

  @Post('logout')
  @HttpCode(204)
  @SignedIn()
  async logout(@Ctx() ctx: SignedInContext, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.auth.logout(ctx, req.cookies[SESSION_COOKIE]!);
    clearSessionCookies(reply, this.config);
  }

  @Get('me')
  @SignedIn()
  me(@Ctx() ctx: SignedInContext) {
    return this.auth.me(ctx.user, ctx.session, ctx.ability);
  }

  @Patch('me/password')
  @HttpCode(204)
  @SignedIn()
  changePassword(@Ctx() ctx: SignedInContext, @Body() dto: ChangePasswordDto) {
    return this.auth.changePassword(ctx, dto);
  }

  @Patch('me/email')
  @SignedIn()
  changeEmail(@Ctx() ctx: SignedInContext, @Body() dto: ChangeEmailDto) {
    return this.auth.changeEmail(ctx, dto);
  }

  @Patch('me/locale')
  @SignedIn()
  changeLocale(@Ctx() ctx: SignedInContext, @Body() dto: ChangeLocaleDto) {
    return this.auth.changeLocale(ctx, dto.locale);
  }

  @Post('reauthenticate')
  @HttpCode(204)
  @SignedIn()
  reauthenticate(@Ctx() ctx: SignedInContext, @Body() dto: ReauthenticateDto) {
    return this.auth.reauthenticate(ctx, dto);
  }

  @Get('sessions')
  @SignedIn()
  sessions(@Ctx() ctx: SignedInContext) {
    return this.auth.listSessions(ctx);
  }

  @Post('sessions/end-others')
  @HttpCode(204)
  @SignedIn()
  endOtherSessions(@Ctx() ctx: SignedInContext) {
    return this.auth.endOtherSessions(ctx);
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  @SignedIn()
  endSession(@Ctx() ctx: SignedInContext, @Param('id', new ParseSessionIdPipe()) id: string) {
    return this.auth.endSession(ctx, id);
  }

  @Post('password-reset')
  @HttpCode(202)
  @Public()
  async requestReset(@Ctx() ctx: RequestContext, @Body() dto: PasswordResetRequestDto) {
    await this.auth.requestPasswordReset(ctx, dto.email);
    return { ok: true };
  }

  @Post('password-reset/confirm')
  @HttpCode(204)
  @Public()
  confirmReset(@Ctx() ctx: RequestContext, @Body() dto: TokenPasswordDto) {
    return this.auth.confirmPasswordReset(ctx, dto);
  }

  @Get('invitations/:token')
  @Public()
  describeInvitation(@Param('token') token: string) {
    return this.auth.describeInvitation(token);
  }

  @Post('invitations/accept')
  @HttpCode(200)
  @Public()
  async acceptInvitation(@Ctx() ctx: RequestContext, @Body() dto: TokenPasswordDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const s = await this.auth.acceptInvitation(ctx, dto, req.headers['user-agent'] ?? null);
    setSessionCookies(reply, this.config, s.token, s.csrfToken);
    return s.me;
  }
}
