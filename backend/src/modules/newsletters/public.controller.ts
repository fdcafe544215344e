import { Body, Controller, Get, Header, Param, ParseIntPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Returns, ReturnsFile, ReturnsRaw } from '../../common/contract';
import { AppConfig } from '../../config/app-config';
import { ValidationFailed } from '../../common/errors';
import { NEWSLETTER_PAGE_CSP } from '../../common/security-headers';
import { Ctx, type RequestContext } from '../../common/request-context';
import { Public } from '../../permissions/policy.decorator';
import { ArchiveService, PIXEL_GIF } from './archive.service';
import { IssuesService } from './issues.service';
import { AcceptedResponse } from '../../common/dto/accepted.response';
import { ArchivedIssueResponse } from './dto/issue.response';
import {
  ConfirmedResponse,
  PublicFormResponse,
  UnsubscribedResponse,
  UnsubscribeInfoResponse,
} from './dto/subscriber.response';
import { ConfirmDto, SubscribeDto, UnsubscribeAllDto } from './dto/subscribers.dto';
import { SubscriptionService, type Visitor } from './subscription.service';
import { NewsletterError } from './newsletters.errors';

const visitor = (ctx: RequestContext, req: FastifyRequest): Visitor => ({
  ...ctx,
  userAgent: req.headers['user-agent'] ?? null,
});

/** What anyone may do without an account. Each route is rate-limited per address in the service. */
@ApiTags('newsletters (public)')
@Controller('newsletters/public')
export class PublicNewslettersController {
  constructor(
    private readonly subscriptions: SubscriptionService,
    private readonly archive: ArchiveService,
    private readonly issues: IssuesService,
    private readonly config: AppConfig,
  ) {}

  @Get('form')
  @Public()
  @Returns(PublicFormResponse)
  form() {
    return this.subscriptions.publicForm();
  }

  @Post('subscribe')
  @Public()
  @Returns(AcceptedResponse, 202)
  async subscribe(@Ctx() ctx: RequestContext, @Req() req: FastifyRequest, @Body() dto: SubscribeDto) {
    await this.subscriptions.subscribe(visitor(ctx, req), dto);
    return { ok: true };
  }

  @Post('confirm')
  @Public()
  @Returns(ConfirmedResponse)
  confirm(@Ctx() ctx: RequestContext, @Req() req: FastifyRequest, @Body() dto: ConfirmDto) {
    return this.subscriptions.confirm(visitor(ctx, req), dto.token);
  }

  /** The List-Unsubscribe URL opened in a browser: the confirmation page, which asks before doing anything. */
  @Get('unsubscribe/:token')
  @Public()
  @ReturnsRaw('text/html', 303)
  unsubscribePage(@Param('token') token: string, @Res() reply: FastifyReply) {
    void reply
      .status(303)
      .header('location', `${this.config.APP_URL}/newsletter/unsubscribe/${encodeURIComponent(token)}`)
      .send();
  }

  @Get('unsubscribe/:token/info')
  @Public()
  @Returns(UnsubscribeInfoResponse)
  describe(@Ctx() ctx: RequestContext, @Req() req: FastifyRequest, @Param('token') token: string) {
    return this.subscriptions.describeUnsubscribe(visitor(ctx, req), token);
  }

  /**
   * RFC 8058: a POST to the List-Unsubscribe URL unsubscribes at once, without login or further question. The
   * page's button posts here too (JSON, optionally `{ "allLists": true }`).
   */
  @Post('unsubscribe/:token')
  @Public()
  @Returns(UnsubscribedResponse)
  @ApiBody({
    type: UnsubscribeAllDto,
    required: false,
    description: "The page's button; a one-click POST sends `List-Unsubscribe=One-Click` as a form",
  })
  unsubscribe(@Ctx() ctx: RequestContext, @Req() req: FastifyRequest, @Param('token') token: string) {
    const oneClick = String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
    const body = req.body as { allLists?: unknown } | undefined;
    return this.subscriptions.unsubscribe(
      visitor(ctx, req),
      token,
      oneClick ? 'one-click' : 'unsubscribe page',
      !oneClick && body?.allLists === true,
    );
  }

  @Get('archive')
  @Public()
  @Header('cache-control', 'public, max-age=300')
  @Returns([ArchivedIssueResponse])
  archived() {
    return this.archive.list();
  }

  /** The web version: the HTML that was sent, without anything personal. */
  @Get('archive/:number')
  @Public()
  @ReturnsRaw('text/html')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'public, max-age=300')
  @Header('content-security-policy', NEWSLETTER_PAGE_CSP)
  webVersion(
    @Param(
      'number',
      new ParseIntPipe({ exceptionFactory: () => ValidationFailed.field('number', NewsletterError.InvalidNumber) }),
    )
    number: number,
  ) {
    return this.archive.webVersion(number);
  }

  /** A test mail's web version: the link it carries is signed and expires (the issue is not out yet). */
  @Get('preview/:token')
  @Public()
  @ReturnsRaw('text/html')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  @Header('content-security-policy', NEWSLETTER_PAGE_CSP)
  preview(@Param('token') token: string) {
    return this.issues.previewPage(token);
  }

  @Get('archive/:number/open.gif')
  @Public()
  @ReturnsFile('image/gif')
  @Header('content-type', 'image/gif')
  @Header('cache-control', 'no-store')
  // Loaded by webmails from their own sites.
  @Header('cross-origin-resource-policy', 'cross-origin')
  async opened(@Param('number') number: string) {
    if (/^\d{1,9}$/.test(number)) await this.archive.countOpen(Number(number));
    return PIXEL_GIF;
  }
}
