import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy, Reauthenticated } from '../../permissions/policy.decorator';
import { attachment } from '../contributions/contributions.controller';
import { ApproveSplitDto, LedgerQuery, RecordPaymentDto, ReversePaymentDto, SaveSplitDto, SplitParametersDto, SplitQuery } from './dto/split.dto';
import { SplitPaymentsService } from './split-payments.service';
import { SplitStatementsService } from './split-statements.service';
import { SplitsService } from './splits.service';

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
  list(@Ctx() ctx: RequestContext, @Query() q: SplitQuery) {
    return this.splits.list(ctx, q);
  }

  /** Computes a split without saving anything: the editor calls it as its inputs change. */
  @Post('simulate')
  @HttpCode(200)
  @Policy('create', 'Split')
  simulate(@Ctx() ctx: RequestContext, @Body() dto: SplitParametersDto) {
    return this.splits.simulate(ctx, dto);
  }

  @Post()
  @Policy('create', 'Split')
  create(@Ctx() ctx: SignedInContext, @Body() dto: SaveSplitDto) {
    return this.splits.create(ctx, dto);
  }

  /** The granted grants and what is left of each to split: where the editor's sources are chosen. */
  @Get('grants')
  @Policy('create', 'Split')
  grants(@Ctx() ctx: RequestContext) {
    return this.splits.availableGrants(ctx);
  }

  @Get('ledger')
  @Policy('read', 'SplitLedgerEntry')
  ledger(@Ctx() ctx: RequestContext, @Query() q: LedgerQuery) {
    return this.payments.ledger(ctx, q);
  }

  @Get('organisations/:organisationId/statement')
  @Policy('read', 'SplitLine')
  organisationStatement(@Ctx() ctx: RequestContext, @IdParam('organisationId') organisationId: string) {
    return this.statements.organisationStatement(ctx, organisationId);
  }

  @Get('organisations/:organisationId/statement.csv')
  @Policy('read', 'SplitLine')
  async organisationStatementCsv(@Ctx() ctx: RequestContext, @IdParam('organisationId') organisationId: string) {
    return csvFile(await this.statements.organisationStatementCsv(ctx, organisationId));
  }

  @Get(':id')
  @Policy('read', 'Split')
  get(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.splits.get(ctx, id);
  }

  @Put(':id')
  @Policy('update', 'Split')
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: SaveSplitDto) {
    return this.splits.update(ctx, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Policy('delete', 'Split')
  remove(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.splits.remove(ctx, id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Policy('approve', 'Split')
  @Reauthenticated()
  approve(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: ApproveSplitDto) {
    return this.splits.approve(ctx, id, dto);
  }

  @Post(':id/payments')
  @Policy('pay', 'Split')
  @Reauthenticated()
  recordPayment(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: RecordPaymentDto) {
    return this.payments.record(ctx, id, dto);
  }

  @Post(':id/payments/:paymentId/reverse')
  @Policy('pay', 'Split')
  @Reauthenticated()
  reversePayment(@Ctx() ctx: SignedInContext, @IdParam() id: string, @IdParam('paymentId') paymentId: string, @Body() dto: ReversePaymentDto) {
    return this.payments.reverse(ctx, id, paymentId, dto);
  }

  @Get(':id/export.csv')
  @Policy('read', 'Split')
  async exportCsv(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return csvFile(await this.statements.splitCsv(ctx, id));
  }

  @Get(':id/statements/:organisationId')
  @Policy('read', 'SplitLine')
  splitStatement(@Ctx() ctx: RequestContext, @IdParam() id: string, @IdParam('organisationId') organisationId: string) {
    return this.statements.splitStatement(ctx, id, organisationId);
  }

  @Get(':id/statements/:organisationId/statement.csv')
  @Policy('read', 'SplitLine')
  async splitStatementCsv(@Ctx() ctx: RequestContext, @IdParam() id: string, @IdParam('organisationId') organisationId: string) {
    return csvFile(await this.statements.splitStatementCsv(ctx, id, organisationId));
  }
}
