import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Conflict, isStillReferenced, NotFound, ValidationFailed } from '../../common/errors';
import { paginate, type Page } from '../../common/pagination';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import type {
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
import { GrantDeliverable, GrantIndicator } from './grant-content.entity';
import { parisToday } from './funding-dates';
import { CATEGORY_ACCOUNTS } from './funding-types';
import {
  checkInstalmentsFit,
  checkReceipt,
  checkReportSending,
  checkSpendingDay,
  rejectNulls,
  requireActive,
} from './grant-rules';
import type { GrantDetailResponse, GrantExpenseResponse } from './dto/grant.response';
import { GrantBudgetLine } from './grant-budget-line.entity';
import { GrantDocument } from './grant-document.entity';
import { GrantExpense } from './grant-expense.entity';
import { GrantInstalment } from './grant-instalment.entity';
import { GrantReport } from './grant-report.entity';
import { Grant } from './grant.entity';
import { GrantsService } from './grants.service';
import { FundingError } from './funding.errors';

/**
 * What hangs off a grant: instalments, budget lines and the spending against them, reports due, document links.
 * Each change locks the grant row (so two concurrent instalments cannot both fit under the amount granted), is
 * audited on the grant, and answers the whole grant with its figures recomputed.
 */
@Injectable()
export class GrantItemsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly grants: GrantsService,
  ) {}

  private mutate(
    ctx: SignedInContext,
    grantId: string,
    change: (em: EntityManager, grant: Grant, today: string) => Promise<void>,
  ): Promise<GrantDetailResponse> {
    return this.db.transaction(async (em) => {
      const grant = await this.grants.findAllowed(ctx, grantId, 'update', em);
      await change(em, grant, parisToday());
      return this.grants.get(ctx, grantId, em);
    });
  }

  private async item<T extends ObjectLiteral>(
    em: EntityManager,
    target: EntityTarget<T>,
    grantId: string,
    id: string,
  ): Promise<T> {
    const found = await em.findOne(target, { where: { id, grantId } as never });
    if (!found) throw new NotFound();
    return found;
  }

  private record(
    em: EntityManager,
    ctx: SignedInContext,
    grantId: string,
    action: string,
    before: object | null,
    after: object | null,
  ) {
    return this.audit.record(em, ctx, { action, entityType: 'Grant', entityId: grantId, before, after });
  }

  // --- Instalments -------------------------------------------------------------------------------------------

  addInstalment(ctx: SignedInContext, grantId: string, dto: InstalmentDto): Promise<GrantDetailResponse> {
    return this.mutate(ctx, grantId, async (em, grant, today) => {
      requireActive(grant, FundingError.InstalmentsCanAdded);
      await this.checkInstalment(em, grant, { receivedCents: null, receivedOn: null, ...dto }, null, today);
      const saved = await em.save(em.create(GrantInstalment, { ...dto, grantId }));
      await this.record(em, ctx, grantId, 'instalment_add', null, saved);
    });
  }

  updateInstalment(
    ctx: SignedInContext,
    grantId: string,
    id: string,
    dto: UpdateInstalmentDto,
  ): Promise<GrantDetailResponse> {
    rejectNulls(dto, ['label', 'expectedCents', 'expectedOn']);
    return this.mutate(ctx, grantId, async (em, grant, today) => {
      requireActive(grant, FundingError.InstalmentsCanChanged);
      const instalment = await this.item(em, GrantInstalment, grantId, id);
      const before = { ...instalment };
      await this.checkInstalment(em, grant, { ...instalment, ...dto }, id, today);
      const saved = await em.save(Object.assign(instalment, dto));
      await this.record(em, ctx, grantId, 'instalment_update', before, saved);
    });
  }

  removeInstalment(ctx: SignedInContext, grantId: string, id: string): Promise<GrantDetailResponse> {
    return this.mutate(ctx, grantId, async (em) => {
      const instalment = await this.item(em, GrantInstalment, grantId, id);
      await em.delete(GrantInstalment, id);
      await this.record(em, ctx, grantId, 'instalment_remove', instalment, null);
    });
  }

  private async checkInstalment(
    em: EntityManager,
    grant: Grant,
    i: { expectedCents: number; receivedCents: number | null; receivedOn: string | null },
    id: string | null,
    today: string,
  ): Promise<void> {
    if (i.expectedCents <= 0) throw ValidationFailed.field('expectedCents', FundingError.AmountMustMoreThanZero);
    checkReceipt(i.receivedCents ?? null, i.receivedOn ?? null, today);
    checkInstalmentsFit(
      (await this.grants.scheduledCents(em, grant.id, id)) + i.expectedCents,
      grant.amountGrantedCents,
      'expectedCents',
    );
  }

  // --- Budget lines and spending -----------------------------------------------------------------------------

  addBudgetLine(ctx: SignedInContext, grantId: string, dto: BudgetLineDto): Promise<GrantDetailResponse> {
    return this.mutate(ctx, grantId, async (em) => {
      const saved = await em.save(
        em.create(GrantBudgetLine, { ...dto, account: dto.account ?? CATEGORY_ACCOUNTS[dto.category], grantId }),
      );
      await this.record(em, ctx, grantId, 'budget_line_add', null, saved);
    });
  }

  updateBudgetLine(
    ctx: SignedInContext,
    grantId: string,
    id: string,
    dto: UpdateBudgetLineDto,
  ): Promise<GrantDetailResponse> {
    rejectNulls(dto, ['category', 'label', 'plannedCents']);
    return this.mutate(ctx, grantId, async (em) => {
      const line = await this.item(em, GrantBudgetLine, grantId, id);
      const before = { ...line };
      const saved = await em.save(Object.assign(line, dto));
      await this.record(em, ctx, grantId, 'budget_line_update', before, saved);
    });
  }

  removeBudgetLine(ctx: SignedInContext, grantId: string, id: string): Promise<GrantDetailResponse> {
    return this.mutate(ctx, grantId, async (em) => {
      const line = await this.item(em, GrantBudgetLine, grantId, id);
      if (await em.existsBy(GrantExpense, { budgetLineId: id })) {
        throw new Conflict(FundingError.SpendingRecordedLineRemove);
      }
      // Other modules point at lines too (a contractor's mission): their foreign keys refuse, and say so here.
      await em.delete(GrantBudgetLine, id).catch((e: unknown) => {
        if (!isStillReferenced(e)) throw e;
        throw new Conflict(FundingError.LineStillUseContractorsMission);
      });
      await this.record(em, ctx, grantId, 'budget_line_remove', line, null);
    });
  }

  async listExpenses(ctx: RequestContext, grantId: string, q: ExpenseQuery): Promise<Page<GrantExpenseResponse>> {
    await this.grants.findAllowed(ctx, grantId, 'read');
    const qb = this.db
      .getRepository(GrantExpense)
      .createQueryBuilder('e')
      .innerJoinAndSelect('e.budgetLine', 'l')
      .where('e.grant_id = :grantId', { grantId });
    if (q.budgetLineId) qb.andWhere('e.budget_line_id = :lineId', { lineId: q.budgetLineId });
    qb.orderBy('e.spent_on', q.order === 'asc' ? 'ASC' : 'DESC').addOrderBy('e.created_at', 'DESC');
    return paginate(
      qb,
      q,
      ({ budgetLine, ...e }) =>
        ({ ...e, budgetLineLabel: budgetLine.label }) as GrantExpense & { budgetLineLabel: string },
    );
  }

  addExpense(ctx: SignedInContext, grantId: string, dto: ExpenseDto): Promise<GrantDetailResponse> {
    return this.mutate(ctx, grantId, async (em, grant, today) => {
      requireActive(grant, FundingError.SpendingCanRecorded);
      if (!(await em.existsBy(GrantBudgetLine, { id: dto.budgetLineId, grantId }))) {
        throw ValidationFailed.field('budgetLineId', FundingError.NoSuchBudgetLineGrant);
      }
      if (dto.amountCents <= 0) throw ValidationFailed.field('amountCents', FundingError.AmountMustMoreThanZero);
      checkSpendingDay(dto.spentOn, grant.startsOn, grant.endsOn, today);
      const saved = await em.save(em.create(GrantExpense, { ...dto, grantId }));
      await this.record(em, ctx, grantId, 'expense_add', null, saved);
    });
  }

  removeExpense(ctx: SignedInContext, grantId: string, id: string): Promise<GrantDetailResponse> {
    return this.mutate(ctx, grantId, async (em) => {
      const expense = await this.item(em, GrantExpense, grantId, id);
      await em.delete(GrantExpense, id);
      await this.record(em, ctx, grantId, 'expense_remove', expense, null);
    });
  }

  // --- Reports -----------------------------------------------------------------------------------------------

  addReport(ctx: SignedInContext, grantId: string, dto: ReportDto): Promise<GrantDetailResponse> {
    return this.mutate(ctx, grantId, async (em, grant, today) => {
      requireActive(grant, FundingError.ReportsCanPlanned);
      checkReportSending(dto.status ?? 'due', dto.sentOn ?? null, today);
      const saved = await em.save(em.create(GrantReport, { ...dto, grantId }));
      await this.record(em, ctx, grantId, 'report_add', null, saved);
    });
  }

  updateReport(ctx: SignedInContext, grantId: string, id: string, dto: UpdateReportDto): Promise<GrantDetailResponse> {
    rejectNulls(dto, ['kind', 'title', 'dueOn', 'status']);
    return this.mutate(ctx, grantId, async (em, _grant, today) => {
      const report = await this.item(em, GrantReport, grantId, id);
      const before = { ...report };
      Object.assign(report, dto);
      checkReportSending(report.status, report.sentOn, today);
      const saved = await em.save(report);
      await this.record(em, ctx, grantId, 'report_update', before, saved);
    });
  }

  removeReport(ctx: SignedInContext, grantId: string, id: string): Promise<GrantDetailResponse> {
    return this.mutate(ctx, grantId, async (em) => {
      const report = await this.item(em, GrantReport, grantId, id);
      await em.delete(GrantReport, id);
      await this.record(em, ctx, grantId, 'report_remove', report, null);
    });
  }

  // --- Documents ---------------------------------------------------------------------------------------------

  addDocument(ctx: SignedInContext, grantId: string, dto: DocumentDto): Promise<GrantDetailResponse> {
    return this.mutate(ctx, grantId, async (em) => {
      const saved = await em.save(em.create(GrantDocument, { ...dto, grantId }));
      await this.record(em, ctx, grantId, 'document_add', null, saved);
    });
  }

  removeDocument(ctx: SignedInContext, grantId: string, id: string): Promise<GrantDetailResponse> {
    return this.mutate(ctx, grantId, async (em) => {
      const document = await this.item(em, GrantDocument, grantId, id);
      await em.delete(GrantDocument, id);
      await this.record(em, ctx, grantId, 'document_remove', document, null);
    });
  }

  // --- What the application promised: deliverables and indicators ------------------------------------------------

  addDeliverable(ctx: SignedInContext, grantId: string, dto: DeliverableDto): Promise<GrantDetailResponse> {
    return this.mutate(ctx, grantId, async (em) => {
      const saved = await em.save(em.create(GrantDeliverable, { ...dto, grantId }));
      await this.record(em, ctx, grantId, 'deliverable_add', null, saved);
    });
  }

  updateDeliverable(
    ctx: SignedInContext,
    grantId: string,
    id: string,
    dto: UpdateDeliverableDto,
  ): Promise<GrantDetailResponse> {
    rejectNulls(dto, ['title', 'dueOn', 'status']);
    return this.mutate(ctx, grantId, async (em) => {
      const deliverable = await this.item(em, GrantDeliverable, grantId, id);
      const before = { ...deliverable };
      const saved = await em.save(Object.assign(deliverable, dto));
      await this.record(em, ctx, grantId, 'deliverable_update', before, saved);
    });
  }

  removeDeliverable(ctx: SignedInContext, grantId: string, id: string): Promise<GrantDetailResponse> {
    return this.mutate(ctx, grantId, async (em) => {
      const deliverable = await this.item(em, GrantDeliverable, grantId, id);
      await em.delete(GrantDeliverable, id);
      await this.record(em, ctx, grantId, 'deliverable_remove', deliverable, null);
    });
  }

  addIndicator(ctx: SignedInContext, grantId: string, dto: IndicatorDto): Promise<GrantDetailResponse> {
    return this.mutate(ctx, grantId, async (em) => {
      const saved = await em.save(em.create(GrantIndicator, { measured: null, ...dto, grantId }));
      await this.record(em, ctx, grantId, 'indicator_add', null, saved);
    });
  }

  updateIndicator(
    ctx: SignedInContext,
    grantId: string,
    id: string,
    dto: UpdateIndicatorDto,
  ): Promise<GrantDetailResponse> {
    rejectNulls(dto, ['label', 'target', 'unit']);
    return this.mutate(ctx, grantId, async (em) => {
      const indicator = await this.item(em, GrantIndicator, grantId, id);
      const before = { ...indicator };
      const saved = await em.save(Object.assign(indicator, dto));
      await this.record(em, ctx, grantId, 'indicator_update', before, saved);
    });
  }

  removeIndicator(ctx: SignedInContext, grantId: string, id: string): Promise<GrantDetailResponse> {
    return this.mutate(ctx, grantId, async (em) => {
      const indicator = await this.item(em, GrantIndicator, grantId, id);
      await em.delete(GrantIndicator, id);
      await this.record(em, ctx, grantId, 'indicator_remove', indicator, null);
    });
  }
}
