import { ApiProperty } from '@nestjs/swagger';
import { EnumOf, ReadAs } from '../../../common/contract';
import {
  BUDGET_CATEGORIES,
  CURRENCIES,
  DELIVERABLE_STATUSES,
  type DeliverableStatus,
  DOCUMENT_KINDS,
  FUNDER_KINDS,
  GRANT_STATUSES,
  REPORT_KINDS,
  REPORT_STATUSES,
  type BudgetCategory,
  type DocumentKind,
  type FunderKind,
  type GrantStatus,
  BUDGET_ACCOUNTS,
  type BudgetAccount,
  type ReportKind,
  type ReportStatus,
} from '../funding-types';
import { FundingAlertResponse } from './overview.response';

/** A grant's own fields. Money is integer cents; days are YYYY-MM-DD. */
@ReadAs('Grant')
export class GrantFieldsResponse {
  id: string;
  funderId: string;
  title: string;
  reference: string | null;
  @EnumOf(GRANT_STATUSES, 'GrantStatus') status: GrantStatus;
  statusChangedOn: string;
  amountRequestedCents: number;
  amountGrantedCents: number | null;
  ownFundsCents: number;
  @EnumOf(CURRENCIES, 'Currency') currency: 'EUR';
  startsOn: string | null;
  endsOn: string | null;
  applicationDeadline: string | null;
  grantedOn: string | null;
  agreementSignedOn: string | null;
  workingGroupIds: string[];
  strategyActionIds: string[];
  notes: string | null;
  signatoryName: string | null;
  signatoryRole: string | null;
  objectives: string | null;
  expectedResults: string | null;
  /** Shown on the public transparency page (when the network turns it on). */
  published: boolean;
  createdAt: Date;
  updatedAt: Date;
}

@ReadAs('Grant')
export class GrantListItemResponse extends GrantFieldsResponse {
  funderName: string;
  @EnumOf(FUNDER_KINDS, 'FunderKind') funderKind: FunderKind;
  receivedCents: number;
  toComeCents: number;
  overdueInstalments: number;
  plannedCents: number;
  spentCents: number;
}

/** Sums over every grant the filters match, not only the page. */
export class GrantListTotalsResponse {
  requestedCents: number;
  grantedCents: number;
  receivedCents: number;
  toComeCents: number;
}

export class GrantPageResponse {
  @ApiProperty({ type: () => [GrantListItemResponse] }) items: GrantListItemResponse[];
  total: number;
  page: number;
  pageSize: number;
  totals: GrantListTotalsResponse;
}

export class GrantFunderResponse {
  id: string;
  name: string;
  @EnumOf(FUNDER_KINDS, 'FunderKind') kind: FunderKind;
}

/** A grant's money at a glance, worked out from its rows. */
export class GrantFiguresResponse {
  receivedCents: number;
  /** Instalments scheduled and not received yet. */
  toComeCents: number;
  /** Granted but not yet scheduled in any instalment. */
  unscheduledCents: number;
  overdueInstalments: number;
  plannedCents: number;
  spentCents: number;
  /** spent / planned, 0…n (null without a budget). */
  spentShare: number | null;
  ownFundsCents: number;
  inKindCents: number;
  /** (own funds + valued in-kind) / grant (the amount granted, else requested); null when that is 0. */
  cofinancingRatio: number | null;
}

export class GrantStatusChangeResponse {
  id: string;
  @EnumOf(GRANT_STATUSES, 'GrantStatus', { nullable: true }) fromStatus: GrantStatus | null;
  @EnumOf(GRANT_STATUSES, 'GrantStatus') status: GrantStatus;
  changedOn: string;
  note: string | null;
}

export class GrantInstalmentResponse {
  id: string;
  label: string;
  expectedCents: number;
  expectedOn: string;
  receivedCents: number | null;
  receivedOn: string | null;
  notes: string | null;
  overdue: boolean;
}

export class GrantBudgetLineResponse {
  id: string;
  @EnumOf(BUDGET_CATEGORIES, 'BudgetCategory') category: BudgetCategory;
  label: string;
  plannedCents: number;
  /** Charges 60–68 or products 70–78 (a product line's "spent" is what it brought in). */
  @EnumOf(BUDGET_ACCOUNTS, 'BudgetAccount') account: BudgetAccount;
  gapNote: string | null;
  /** Expenses recorded plus the valued time of the missions it pays. */
  spentCents: number;
}

export class GrantReportResponse {
  id: string;
  @EnumOf(REPORT_KINDS, 'ReportKind') kind: ReportKind;
  title: string;
  dueOn: string;
  @EnumOf(REPORT_STATUSES, 'ReportStatus') status: ReportStatus;
  sentOn: string | null;
  documentUrl: string | null;
  notes: string | null;
  overdue: boolean;
}

export class GrantDocumentResponse {
  id: string;
  @EnumOf(DOCUMENT_KINDS, 'DocumentKind') kind: DocumentKind;
  label: string;
  url: string;
  createdAt: Date;
}

export class GrantDeliverableResponse {
  id: string;
  title: string;
  dueOn: string;
  @EnumOf(DELIVERABLE_STATUSES, 'DeliverableStatus') status: DeliverableStatus;
  /** Due before today and neither delivered nor cancelled. */
  overdue: boolean;
}

export class GrantIndicatorResponse {
  id: string;
  label: string;
  target: number;
  /** Null until measured. */
  measured: number | null;
  unit: string;
}

@ReadAs('Grant')
export class GrantDetailResponse extends GrantFieldsResponse {
  funder: GrantFunderResponse;
  figures: GrantFiguresResponse;
  history: GrantStatusChangeResponse[];
  instalments: GrantInstalmentResponse[];
  budgetLines: GrantBudgetLineResponse[];
  reports: GrantReportResponse[];
  documents: GrantDocumentResponse[];
  deliverables: GrantDeliverableResponse[];
  indicators: GrantIndicatorResponse[];
  alerts: FundingAlertResponse[];
}

export class GrantExpenseResponse {
  id: string;
  budgetLineId: string;
  budgetLineLabel: string;
  spentOn: string;
  amountCents: number;
  description: string;
  reference: string | null;
  createdAt: Date;
}
