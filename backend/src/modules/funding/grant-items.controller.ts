import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns, ReturnsPage } from '../../common/contract';
import { GrantDetailResponse, GrantExpenseResponse } from './dto/grant.response';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import {
  BudgetLineDto,
  DeliverableDto,
  DocumentDto,
  ExpenseDto,
  ExpenseQuery,
  IndicatorDto,
  InstalmentDto,
  ReportDto,
  UpdateBudgetLineDto,
  UpdateDeliverableDto,
  UpdateIndicatorDto,
  UpdateInstalmentDto,
  UpdateReportDto,
} from './dto/grant-items.dto';
import { GrantItemsService } from './grant-items.service';

/** What hangs off a grant; each change answers the whole grant, its figures recomputed. */
@ApiTags('funding')
@Controller('grants/:id')
export class GrantItemsController {
  constructor(private readonly items: GrantItemsService) {}

  @Post('instalments')
  @Policy('update', 'Grant')
  @Returns(GrantDetailResponse, 201)
  addInstalment(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: InstalmentDto) {
    return this.items.addInstalment(ctx, id, dto);
  }

  @Patch('instalments/:itemId')
  @Policy('update', 'Grant')
  @Returns(GrantDetailResponse)
  updateInstalment(
    @Ctx() ctx: SignedInContext,
    @IdParam() id: string,
    @IdParam('itemId') itemId: string,
    @Body() dto: UpdateInstalmentDto,
  ) {
    return this.items.updateInstalment(ctx, id, itemId, dto);
  }

  @Delete('instalments/:itemId')
  @Policy('update', 'Grant')
  @Returns(GrantDetailResponse)
  removeInstalment(@Ctx() ctx: SignedInContext, @IdParam() id: string, @IdParam('itemId') itemId: string) {
    return this.items.removeInstalment(ctx, id, itemId);
  }

  @Post('budget-lines')
  @Policy('update', 'Grant')
  @Returns(GrantDetailResponse, 201)
  addBudgetLine(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: BudgetLineDto) {
    return this.items.addBudgetLine(ctx, id, dto);
  }

  @Patch('budget-lines/:itemId')
  @Policy('update', 'Grant')
  @Returns(GrantDetailResponse)
  updateBudgetLine(
    @Ctx() ctx: SignedInContext,
    @IdParam() id: string,
    @IdParam('itemId') itemId: string,
    @Body() dto: UpdateBudgetLineDto,
  ) {
    return this.items.updateBudgetLine(ctx, id, itemId, dto);
  }

  @Delete('budget-lines/:itemId')
  @Policy('update', 'Grant')
  @Returns(GrantDetailResponse)
  removeBudgetLine(@Ctx() ctx: SignedInContext, @IdParam() id: string, @IdParam('itemId') itemId: string) {
    return this.items.removeBudgetLine(ctx, id, itemId);
  }

  @Get('expenses')
  @Policy('read', 'Grant')
  @ReturnsPage(GrantExpenseResponse)
  listExpenses(@Ctx() ctx: RequestContext, @IdParam() id: string, @Query() q: ExpenseQuery) {
    return this.items.listExpenses(ctx, id, q);
  }

  @Post('expenses')
  @Policy('update', 'Grant')
  @Returns(GrantDetailResponse, 201)
  addExpense(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: ExpenseDto) {
    return this.items.addExpense(ctx, id, dto);
  }

  @Delete('expenses/:itemId')
  @Policy('update', 'Grant')
  @Returns(GrantDetailResponse)
  removeExpense(@Ctx() ctx: SignedInContext, @IdParam() id: string, @IdParam('itemId') itemId: string) {
    return this.items.removeExpense(ctx, id, itemId);
  }

  @Post('reports')
  @Policy('update', 'Grant')
  @Returns(GrantDetailResponse, 201)
  addReport(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: ReportDto) {
    return this.items.addReport(ctx, id, dto);
  }

  @Patch('reports/:itemId')
  @Policy('update', 'Grant')
  @Returns(GrantDetailResponse)
  updateReport(
    @Ctx() ctx: SignedInContext,
    @IdParam() id: string,
    @IdParam('itemId') itemId: string,
    @Body() dto: UpdateReportDto,
  ) {
    return this.items.updateReport(ctx, id, itemId, dto);
  }

  @Delete('reports/:itemId')
  @Policy('update', 'Grant')
  @Returns(GrantDetailResponse)
  removeReport(@Ctx() ctx: SignedInContext, @IdParam() id: string, @IdParam('itemId') itemId: string) {
    return this.items.removeReport(ctx, id, itemId);
  }

  @Post('documents')
  @Policy('update', 'Grant')
  @Returns(GrantDetailResponse, 201)
  addDocument(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: DocumentDto) {
    return this.items.addDocument(ctx, id, dto);
  }

  @Delete('documents/:itemId')
  @Policy('update', 'Grant')
  @Returns(GrantDetailResponse)
  removeDocument(@Ctx() ctx: SignedInContext, @IdParam() id: string, @IdParam('itemId') itemId: string) {
    return this.items.removeDocument(ctx, id, itemId);
  }

  @Post('deliverables')
  @Policy('update', 'Grant')
  @Returns(GrantDetailResponse, 201)
  addDeliverable(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: DeliverableDto) {
    return this.items.addDeliverable(ctx, id, dto);
  }

  @Patch('deliverables/:itemId')
  @Policy('update', 'Grant')
  @Returns(GrantDetailResponse)
  updateDeliverable(
    @Ctx() ctx: SignedInContext,
    @IdParam() id: string,
    @IdParam('itemId') itemId: string,
    @Body() dto: UpdateDeliverableDto,
  ) {
    return this.items.updateDeliverable(ctx, id, itemId, dto);
  }

  @Delete('deliverables/:itemId')
  @Policy('update', 'Grant')
  @Returns(GrantDetailResponse)
  removeDeliverable(@Ctx() ctx: SignedInContext, @IdParam() id: string, @IdParam('itemId') itemId: string) {
    return this.items.removeDeliverable(ctx, id, itemId);
  }

  @Post('indicators')
  @Policy('update', 'Grant')
  @Returns(GrantDetailResponse, 201)
  addIndicator(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: IndicatorDto) {
    return this.items.addIndicator(ctx, id, dto);
  }

  @Patch('indicators/:itemId')
  @Policy('update', 'Grant')
  @Returns(GrantDetailResponse)
  updateIndicator(
    @Ctx() ctx: SignedInContext,
    @IdParam() id: string,
    @IdParam('itemId') itemId: string,
    @Body() dto: UpdateIndicatorDto,
  ) {
    return this.items.updateIndicator(ctx, id, itemId, dto);
  }

  @Delete('indicators/:itemId')
  @Policy('update', 'Grant')
  @Returns(GrantDetailResponse)
  removeIndicator(@Ctx() ctx: SignedInContext, @IdParam() id: string, @IdParam('itemId') itemId: string) {
    return this.items.removeIndicator(ctx, id, itemId);
  }
}
