import { Body, Controller, Delete, Get, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns, ReturnsFile, ReturnsNothing, ReturnsPage } from '../../common/contract';
import { IdParam } from '../../common/id-param';
import { PublishDto } from '../../common/dto/publish.dto';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy, Reauthenticated } from '../../permissions/policy.decorator';
import { attachment } from '../../common/content-disposition';
import {
  ApproveSplitDto,
  LedgerQuery,
  RecordPaymentDto,
  ReversePaymentDto,
  SaveSplitDto,
  SplitParametersDto,
  SplitPaymentExportQuery,
  SplitQuery,
} from './dto/split.dto';
import {
  AvailableGrantResponse,
  OrganisationStatementResponse,
  SplitDetailResponse,
  SplitLedgerEntryResponse,
  SplitListItemResponse,
  SplitSimulationResponse,
  SplitStatementResponse,
} from './dto/split.response';
import { SplitPaymentsService } from './split-payments.service';
import { SplitStatementsService } from './split-statements.service';
import { SplitsService } from './splits.service';
import { ExportRoute, exportResponse } from '../../common/exports/export-route';
import { SPLIT_EXPORT } from './split-export';
import { SPLIT_PAYMENTS_EXPORT } from './split-payment-export';

const csvFile = ({ fileName, csv }: { fileName: string; csv: string }) =>
  new StreamableFile(Buffer.from(csv), { type: 'text/csv; charset=utf-8', disposition: attachment(fileName) });

@ApiTags('splits')
@Controller('splits')
export class SplitsController {
  constructor(
    private readonly splits: SplitsService,
    private readonly payments: SplitPaymentsService,
    private readonly statements: SplitStatementsService,
  ) {}

  @Get()
  @Policy('read', 'Split')
  @ReturnsPage(SplitListItemResponse)
  list(@Ctx() ctx: RequestContext, @Query() q: SplitQuery) {
    return this.splits.list(ctx, q);
  }

  /** Computes a split without saving anything: the editor calls it as its inputs change. */
  @Post('simulate')
  @Policy('create', 'Split')
  @Returns(SplitSimulationResponse)
  simulate(@Ctx() ctx: RequestContext, @Body() dto: SplitParametersDto) {
    return this.splits.simulate(ctx, dto);
  }

  @Post()
  @Policy('create', 'Split')
  @Returns(SplitDetailResponse, 201)
  create(@Ctx() ctx: SignedInContext, @Body() dto: SaveSplitDto) {
    return this.splits.create(ctx, dto);
  }

  /** The granted grants and what is left of each to split: where the editor's sources are chosen. */
  @Get('grants')
  @Policy('create', 'Split')
  @Returns([AvailableGrantResponse])
  grants(@Ctx() ctx: RequestContext) {
    return this.splits.availableGrants(ctx);
  }

  /** Payments name who recorded them: a recent sign-in is asked for. */
  @Get('payments/export')
  @Policy('read', 'SplitPayment')
  @Reauthenticated()
  @ExportRoute(SPLIT_PAYMENTS_EXPORT)
  exportPayments(@Ctx() ctx: RequestContext, @Query() q: SplitPaymentExportQuery) {
    return exportResponse(this.payments.export(ctx, q));
  }

  @Get('ledger')
  @Policy('read', 'SplitLedgerEntry')
  @ReturnsPage(SplitLedgerEntryResponse)
  ledger(@Ctx() ctx: RequestContext, @Query() q: LedgerQuery) {
    return this.payments.ledger(ctx, q);
  }

  @Get('organisations/:organisationId/statement')
  @Policy('read', 'SplitLine')
  @Returns(OrganisationStatementResponse)
  organisationStatement(@Ctx() ctx: RequestContext, @IdParam('organisationId') organisationId: string) {
    return this.statements.organisationStatement(ctx, organisationId);
  }

  @Get('organisations/:organisationId/statement.csv')
  @Policy('read', 'SplitLine')
  @ReturnsFile('text/csv')
  async organisationStatementCsv(@Ctx() ctx: RequestContext, @IdParam('organisationId') organisationId: string) {
    return csvFile(await this.statements.organisationStatementCsv(ctx, organisationId));
  }

  @Get(':id')
  @Policy('read', 'Split')
  @Returns(SplitDetailResponse)
  get(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.splits.get(ctx, id);
  }

  @Put(':id')
  @Policy('update', 'Split')
  @Returns(SplitDetailResponse)
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: SaveSplitDto) {
    return this.splits.update(ctx, id, dto);
  }

  @Delete(':id')
  @Policy('delete', 'Split')
  @ReturnsNothing()
  remove(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.splits.remove(ctx, id);
  }

  /** Shows or hides an approved split on the public transparency page. */
  @Put(':id/published')
  @Policy('publish', 'Split')
  @Returns(SplitDetailResponse)
  setPublished(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: PublishDto) {
    return this.splits.setPublished(ctx, id, dto.published);
  }

  @Post(':id/approve')
  @Policy('approve', 'Split')
  @Reauthenticated()
  @Returns(SplitDetailResponse)
  approve(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: ApproveSplitDto) {
    return this.splits.approve(ctx, id, dto);
  }

  /** Records a payment (a new row): answers the split as it now is. */
  @Post(':id/payments')
  @Policy('pay', 'Split')
  @Reauthenticated()
  @Returns(SplitDetailResponse, 201)
  recordPayment(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: RecordPaymentDto) {
    return this.payments.record(ctx, id, dto);
  }

  /** Cancels a payment by a reversal, a new negative payment: answers the split as it now is. */
  @Post(':id/payments/:paymentId/reverse')
  @Policy('pay', 'Split')
  @Reauthenticated()
  @Returns(SplitDetailResponse, 201)
  reversePayment(
    @Ctx() ctx: SignedInContext,
    @IdParam() id: string,
    @IdParam('paymentId') paymentId: string,
    @Body() dto: ReversePaymentDto,
  ) {
    return this.payments.reverse(ctx, id, paymentId, dto);
  }

  @Get(':id/export.csv')
  @Policy('read', 'Split')
  @ExportRoute(SPLIT_EXPORT)
  async exportCsv(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return exportResponse(await this.statements.splitCsv(ctx, id));
  }

  @Get(':id/statements/:organisationId')
  @Policy('read', 'SplitLine')
  @Returns(SplitStatementResponse)
  splitStatement(@Ctx() ctx: RequestContext, @IdParam() id: string, @IdParam('organisationId') organisationId: string) {
    return this.statements.splitStatement(ctx, id, organisationId);
  }

  @Get(':id/statements/:organisationId/statement.csv')
  @Policy('read', 'SplitLine')
  @ReturnsFile('text/csv')
  async splitStatementCsv(
    @Ctx() ctx: RequestContext,
    @IdParam() id: string,
    @IdParam('organisationId') organisationId: string,
  ) {
    return csvFile(await this.statements.splitStatementCsv(ctx, id, organisationId));
  }
}
