import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { CadenceService } from './cadence.service';
import { CreateIssueDto, DeliveryQuery, IssueContentDto, IssueQuery, ScheduleDto, TestSendDto, UpdateIssueDto } from './dto/issues.dto';
import { IssuesService } from './issues.service';
import { SendStatsService } from './send-stats.service';

@ApiTags('newsletters')
@Controller('newsletters')
export class IssuesController {
  constructor(
    private readonly issues: IssuesService,
    private readonly stats: SendStatsService,
    private readonly cadence: CadenceService,
  ) {}

  @Get('issues')
  @Policy('read', 'NewsletterIssue')
  list(@Ctx() ctx: RequestContext, @Query() q: IssueQuery) {
    return this.issues.list(ctx, q);
  }

  @Get('cadence')
  @Policy('update', 'NewsletterIssue')
  nextDue() {
    return this.cadence.cadence();
  }

  /** Renders content that may not be saved yet: the composer's live preview. */
  @Post('preview')
  @HttpCode(200)
  @Policy('update', 'NewsletterIssue')
  preview(@Ctx() ctx: SignedInContext, @Body() dto: IssueContentDto) {
    return this.issues.preview(ctx, dto);
  }

  @Get('issues/:id')
  @Policy('read', 'NewsletterIssue')
  get(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.issues.get(ctx, id);
  }

  @Get('issues/:id/preview')
  @Policy('read', 'NewsletterIssue')
  previewSaved(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.issues.previewSaved(ctx, id);
  }

  @Post('issues')
  @Policy('create', 'NewsletterIssue')
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateIssueDto) {
    return this.issues.create(ctx, dto);
  }

  @Patch('issues/:id')
  @Policy('update', 'NewsletterIssue')
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateIssueDto) {
    return this.issues.update(ctx, id, dto);
  }

  @Get('issues/:id/check')
  @Policy('update', 'NewsletterIssue')
  check(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.issues.check(ctx, id);
  }

  @Post('issues/:id/test-send')
  @HttpCode(200)
  @Policy('send', 'NewsletterIssue')
  testSend(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: TestSendDto) {
    return this.issues.testSend(ctx, id, dto.emails);
  }

  @Post('issues/:id/submit')
  @HttpCode(200)
  @Policy('update', 'NewsletterIssue')
  submit(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.issues.submit(ctx, id);
  }

  @Post('issues/:id/reopen')
  @HttpCode(200)
  @Policy('update', 'NewsletterIssue')
  reopen(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.issues.reopen(ctx, id);
  }

  @Post('issues/:id/schedule')
  @HttpCode(200)
  @Policy('send', 'NewsletterIssue')
  schedule(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: ScheduleDto) {
    return this.issues.schedule(ctx, id, dto.sendAt);
  }

  @Post('issues/:id/pause')
  @HttpCode(200)
  @Policy('send', 'NewsletterIssue')
  pause(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.issues.pause(ctx, id);
  }

  @Post('issues/:id/resume')
  @HttpCode(200)
  @Policy('send', 'NewsletterIssue')
  resume(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.issues.resume(ctx, id);
  }

  @Post('issues/:id/resend-uncertain')
  @HttpCode(200)
  @Policy('send', 'NewsletterIssue')
  resendUncertain(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.issues.resendUncertain(ctx, id);
  }

  @Get('issues/:id/stats')
  @Policy('send', 'NewsletterIssue')
  issueStats(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.stats.stats(ctx, id);
  }

  @Get('issues/:id/deliveries')
  @Policy('send', 'NewsletterIssue')
  deliveries(@Ctx() ctx: RequestContext, @IdParam() id: string, @Query() q: DeliveryQuery) {
    return this.stats.deliveries(ctx, id, q);
  }
}
