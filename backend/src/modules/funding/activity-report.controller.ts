import { Body, Controller, Delete, Get, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Returns, ReturnsFile } from '../../common/contract';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { ActivityReportService, DOCX } from './activity-report.service';
import { ActivityPeriodQuery, SaveActivityReportDto } from './dto/activity-report.dto';
import { ActivityReportResponse } from './dto/activity-report.response';
import { sendFile } from './report-file';

/** A grant's activity report for a period (the grant's own by default): handed to the funder, so the coordinator's. */
@ApiTags('funding')
@Controller('grants/:id')
export class ActivityReportController {
  constructor(private readonly reports: ActivityReportService) {}

  /** As saved for the period, else the draft. */
  @Get('activity-report')
  @Policy('read', 'FunderReport')
  @Returns(ActivityReportResponse)
  get(@Ctx() ctx: RequestContext, @IdParam() id: string, @Query() q: ActivityPeriodQuery) {
    return this.reports.report(ctx, id, q);
  }

  @Put('activity-report')
  @Policy('update', 'FunderReport')
  @Returns(ActivityReportResponse)
  save(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: SaveActivityReportDto) {
    return this.reports.save(ctx, id, dto);
  }

  /** Back to the draft, worked out afresh: what was saved for the period is dropped. */
  @Delete('activity-report')
  @Policy('update', 'FunderReport')
  @Returns(ActivityReportResponse)
  regenerate(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Query() q: ActivityPeriodQuery) {
    return this.reports.regenerate(ctx, id, q);
  }

  @Get('activity-report.pdf')
  @Policy('read', 'FunderReport')
  @ReturnsFile('application/pdf')
  async pdf(
    @Ctx() ctx: RequestContext,
    @IdParam() id: string,
    @Query() q: ActivityPeriodQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return sendFile(reply, await this.reports.pdf(ctx, id, q));
  }

  @Get('activity-report.docx')
  @Policy('read', 'FunderReport')
  @ReturnsFile(DOCX)
  async docx(
    @Ctx() ctx: RequestContext,
    @IdParam() id: string,
    @Query() q: ActivityPeriodQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return sendFile(reply, await this.reports.docx(ctx, id, q));
  }
}
