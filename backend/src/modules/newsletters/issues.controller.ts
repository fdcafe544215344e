import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiExtraModels, ApiTags } from '@nestjs/swagger';
import { Returns, ReturnsPage } from '../../common/contract';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { CadenceService } from './cadence.service';
import {
  CreateIssueDto,
  DeliveryQuery,
  IssueContentDto,
  IssueQuery,
  ResendDto,
  ScheduleDto,
  TestSendDto,
  UpdateIssueDto,
} from './dto/issues.dto';
import { BLOCK_CLASSES } from './dto/blocks.dto';
import {
  CadenceResponse,
  CheckReportResponse,
  DeliveryResponse,
  IssueResponse,
  PreviewResponse,
  ResendResponse,
  SendStatsResponse,
  TestSendResponse,
} from './dto/issue.response';
import { IssuesService } from './issues.service';
import { SendStatsService } from './send-stats.service';

@ApiTags('newsletters')
@ApiExtraModels(...BLOCK_CLASSES)
@Controller('newsletters')
export class IssuesController {
  constructor(
    private readonly issues: IssuesService,
    private readonly stats: SendStatsService,
    private readonly cadence: CadenceService,
  ) {}

  @Get('issues')
  @Policy('read', 'NewsletterIssue')
  @ReturnsPage(IssueResponse)
  list(@Ctx() ctx: RequestContext, @Query() q: IssueQuery) {
    return this.issues.list(ctx, q);
  }

  @Get('cadence')
  @Policy('update', 'NewsletterIssue')
  @Returns(CadenceResponse)
  nextDue() {
    return this.cadence.cadence();
  }

  /** Renders content that may not be saved yet: the composer's live preview. */
  @Post('preview')
  @Policy('update', 'NewsletterIssue')
  @Returns(PreviewResponse)
  preview(@Ctx() ctx: SignedInContext, @Body() dto: IssueContentDto) {
    return this.issues.preview(ctx, dto);
  }

  @Get('issues/:id')
  @Policy('read', 'NewsletterIssue')
  @Returns(IssueResponse)
  get(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.issues.get(ctx, id);
  }

  @Get('issues/:id/preview')
  @Policy('read', 'NewsletterIssue')
  @Returns(PreviewResponse)
  previewSaved(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.issues.previewSaved(ctx, id);
  }

  @Post('issues')
  @Policy('create', 'NewsletterIssue')
  @Returns(IssueResponse, 201)
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateIssueDto) {
    return this.issues.create(ctx, dto);
  }

  @Patch('issues/:id')
  @Policy('update', 'NewsletterIssue')
  @Returns(IssueResponse)
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateIssueDto) {
    return this.issues.update(ctx, id, dto);
  }

  @Get('issues/:id/check')
  @Policy('update', 'NewsletterIssue')
  @Returns(CheckReportResponse)
  check(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.issues.check(ctx, id);
  }

  @Post('issues/:id/test-send')
  @Policy('send', 'NewsletterIssue')
  @Returns(TestSendResponse)
  testSend(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: TestSendDto) {
    return this.issues.testSend(ctx, id, dto.emails);
  }

  @Post('issues/:id/submit')
  @Policy('update', 'NewsletterIssue')
  @Returns(IssueResponse)
  submit(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.issues.submit(ctx, id);
  }

  @Post('issues/:id/reopen')
  @Policy('update', 'NewsletterIssue')
  @Returns(IssueResponse)
  reopen(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.issues.reopen(ctx, id);
  }

  @Post('issues/:id/schedule')
  @Policy('send', 'NewsletterIssue')
  @Returns(IssueResponse)
  schedule(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: ScheduleDto) {
    return this.issues.schedule(ctx, id, dto.sendAt);
  }

  @Post('issues/:id/pause')
  @Policy('send', 'NewsletterIssue')
  @Returns(IssueResponse)
  pause(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.issues.pause(ctx, id);
  }

  @Post('issues/:id/resume')
  @Policy('send', 'NewsletterIssue')
  @Returns(IssueResponse)
  resume(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.issues.resume(ctx, id);
  }

  @Post('issues/:id/resend')
  @Policy('send', 'NewsletterIssue')
  @Returns(ResendResponse)
  resend(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: ResendDto) {
    return this.issues.resend(ctx, id, dto);
  }

  @Get('issues/:id/stats')
  @Policy('send', 'NewsletterIssue')
  @Returns(SendStatsResponse)
  issueStats(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.stats.stats(ctx, id);
  }

  @Get('issues/:id/deliveries')
  @Policy('send', 'NewsletterIssue')
  @ReturnsPage(DeliveryResponse)
  deliveries(@Ctx() ctx: RequestContext, @IdParam() id: string, @Query() q: DeliveryQuery) {
    return this.stats.deliveries(ctx, id, q);
  }
}
