import { Body, Controller, Get, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Returns, ReturnsFile } from '../../common/contract';
import { GrantDetailResponse, GrantPageResponse } from './dto/grant.response';
import { FinancialReportResponse } from './dto/overview.response';
import { IdParam } from '../../common/id-param';
import { PublishDto } from '../../common/dto/publish.dto';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { ChangeGrantStatusDto, CreateGrantDto, GrantExportQuery, GrantQuery, UpdateGrantDto } from './dto/grant.dto';
import { ExportRoute, exportResponse } from '../../common/exports/export-route';
import { GRANTS_EXPORT } from './grant-export';
import { FinancialReportService, XLSX } from './financial-report.service';
import { sendFile } from './report-file';
import { GrantsService } from './grants.service';

@ApiTags('funding')
@Controller('grants')
export class GrantsController {
  constructor(
    private readonly grants: GrantsService,
    private readonly reports: FinancialReportService,
  ) {}

  @Get()
  @Policy('read', 'Grant')
  @Returns(GrantPageResponse)
  list(@Ctx() ctx: RequestContext, @Query() q: GrantQuery) {
    return this.grants.list(ctx, q);
  }

  @Get('export')
  @Policy('read', 'Grant')
  @ExportRoute(GRANTS_EXPORT)
  export(@Ctx() ctx: RequestContext, @Query() q: GrantExportQuery) {
    return exportResponse(this.grants.export(ctx, q));
  }

  @Get(':id')
  @Policy('read', 'Grant')
  @Returns(GrantDetailResponse)
  get(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.grants.get(ctx, id);
  }

  @Post()
  @Policy('create', 'Grant')
  @Returns(GrantDetailResponse, 201)
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateGrantDto) {
    return this.grants.create(ctx, dto);
  }

  @Patch(':id')
  @Policy('update', 'Grant')
  @Returns(GrantDetailResponse)
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateGrantDto) {
    return this.grants.update(ctx, id, dto);
  }

  /** Shows or hides a granted grant on the public transparency page. */
  @Put(':id/published')
  @Policy('publish', 'Grant')
  @Returns(GrantDetailResponse)
  setPublished(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: PublishDto) {
    return this.grants.setPublished(ctx, id, dto.published);
  }

  @Post(':id/status')
  @Policy('update', 'Grant')
  @Returns(GrantDetailResponse)
  changeStatus(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: ChangeGrantStatusDto) {
    return this.grants.changeStatus(ctx, id, dto);
  }

  /** The funder's financial report (CERFA 15059) as data, for the printable page. */
  @Get(':id/financial-report')
  @Policy('read', 'Grant')
  @Returns(FinancialReportResponse)
  financialReport(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.reports.report(ctx, id);
  }

  @Get(':id/financial-report.csv')
  @Policy('read', 'Grant')
  @ReturnsFile('text/csv')
  async financialReportCsv(
    @Ctx() ctx: RequestContext,
    @IdParam() id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return sendFile(reply, await this.reports.csv(ctx, id));
  }

  @Get(':id/financial-report.xlsx')
  @Policy('read', 'FunderReport')
  @ReturnsFile(XLSX)
  async financialReportXlsx(
    @Ctx() ctx: RequestContext,
    @IdParam() id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return sendFile(reply, await this.reports.xlsx(ctx, id));
  }

  /** The CERFA 15059 laid out as the official form, in French. */
  @Get(':id/financial-report.pdf')
  @Policy('read', 'FunderReport')
  @ReturnsFile('application/pdf')
  async financialReportPdf(
    @Ctx() ctx: RequestContext,
    @IdParam() id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return sendFile(reply, await this.reports.pdf(ctx, id));
  }
}
