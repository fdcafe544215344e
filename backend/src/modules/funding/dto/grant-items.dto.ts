import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, IsUrl, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsCents, IsDateOnly, OptionalText, RequiredText } from '../../../common/decorators';
import { OneOf } from '../../../common/contract';
import { PageQuery } from '../../../common/pagination';
import {
  BUDGET_CATEGORIES,
  DELIVERABLE_STATUSES,
  DOCUMENT_KINDS,
  type DeliverableStatus,
  REPORT_KINDS,
  REPORT_STATUSES,
  type BudgetCategory,
  BUDGET_ACCOUNTS,
  type BudgetAccount,
  type DocumentKind,
  type ReportKind,
  type ReportStatus,
} from '../funding-types';
import { emptyToNull, OptionalUrl, UnlessAbsent } from './fields';

/** Expected amount and day; once the money is there, the amount and day received (both, or neither). */
export class InstalmentDto {
  @RequiredText(200)
  label: string;

  @IsCents()
  expectedCents: number;

  @IsDateOnly()
  expectedOn: string;

  @IsOptional()
  @IsCents()
  receivedCents?: number | null;

  @IsOptional()
  @Transform(emptyToNull)
  @IsDateOnly()
  receivedOn?: string | null;

  @OptionalText(500)
  notes?: string | null;
}

export class UpdateInstalmentDto extends PartialType(InstalmentDto) {}

export class BudgetLineDto {
  @OneOf(BUDGET_CATEGORIES, 'BudgetCategory')
  category: BudgetCategory;

  @RequiredText(200)
  label: string;

  @IsCents()
  plannedCents: number;

  /** Charges 60–68 or products 70–78; the category's usual account when not given. */
  @IsOptional()
  @OneOf(BUDGET_ACCOUNTS, 'BudgetAccount')
  account?: BudgetAccount;

  @OptionalText(2000)
  gapNote?: string | null;
}

export class UpdateBudgetLineDto extends PartialType(BudgetLineDto) {}

export class ExpenseDto {
  @IsUUID()
  budgetLineId: string;

  @IsDateOnly()
  spentOn: string;

  @IsCents()
  amountCents: number;

  @RequiredText(300)
  description: string;

  @OptionalText(120)
  reference?: string | null;
}

export class ExpenseQuery extends PageQuery {
  @IsOptional()
  @IsUUID()
  budgetLineId?: string;

  /** Latest spending first unless asked otherwise. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order: 'asc' | 'desc' = 'desc';
}

export class ReportDto {
  @OneOf(REPORT_KINDS, 'ReportKind')
  kind: ReportKind;

  @RequiredText(200)
  title: string;

  @IsDateOnly()
  dueOn: string;

  @UnlessAbsent()
  @OneOf(REPORT_STATUSES, 'ReportStatus')
  status?: ReportStatus;

  /** Required once sent. */
  @IsOptional()
  @Transform(emptyToNull)
  @IsDateOnly()
  sentOn?: string | null;

  @OptionalUrl(500)
  documentUrl?: string | null;

  @OptionalText(1000)
  notes?: string | null;
}

export class UpdateReportDto extends PartialType(ReportDto) {}

export class DocumentDto {
  @OneOf(DOCUMENT_KINDS, 'DocumentKind')
  kind: DocumentKind;

  @RequiredText(200)
  label: string;

  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  url: string;
}

export class DeliverableDto {
  @RequiredText(200)
  title: string;

  @IsDateOnly()
  dueOn: string;

  @UnlessAbsent()
  @OneOf(DELIVERABLE_STATUSES, 'DeliverableStatus')
  status?: DeliverableStatus;
}

export class UpdateDeliverableDto extends PartialType(DeliverableDto) {}

/** A count, a share or an amount the funder follows: not negative, two decimals at most. */
const IndicatorValue = () =>
  applyDecorators(IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }), Min(0), Max(1_000_000_000));

export class IndicatorDto {
  @RequiredText(200)
  label: string;

  @IndicatorValue()
  target: number;

  /** Null until measured. */
  @ValidateIf((_o: unknown, v: unknown) => v !== null && v !== undefined)
  @IndicatorValue()
  measured?: number | null;

  @RequiredText(40)
  unit: string;
}

export class UpdateIndicatorDto extends PartialType(IndicatorDto) {}
