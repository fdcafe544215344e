import {
  DeliverableStatus,
  BudgetAccount,
  BudgetCategory,
  DocumentKind,
  FunderKind,
  GrantInitialStatus,
  GrantStatus,
  ReportKind,
  ReportStatus,
  type CreateFunderDto,
  type CreateGrantDto,
  type DeadlineKind,
  type DeadlineResponse,
  type ActivityReportResponse,
  type FinancialReportResponse,
  type GrantDeliverableResponse,
  type GrantIndicatorResponse,
  type FunderContactResponse,
  type FunderListItemResponse,
  type FunderResponse,
  type FundersListParams,
  type FundingAlertResponse,
  type FundingDashboardResponse,
  type GrantBudgetLineResponse,
  type GrantDetailResponse,
  type GrantDocumentResponse,
  type GrantExpenseResponse,
  type GrantFiguresResponse,
  type GrantInstalmentResponse,
  type GrantListItemResponse,
  type GrantPageResponse,
  type GrantReportResponse,
  type GrantsListParams,
  type GrantStatusChangeResponse,
  type ReportLineResponse,
  type ReportSectionResponse,
} from '@/lib/generated/api';

// The API's shapes come from its OpenAPI description (src/lib/generated/api.ts); these names are the UI's.
// Money is always integer cents; days are YYYY-MM-DD.
export type {
  BudgetCategory,
  DeadlineKind,
  DeliverableStatus,
  DocumentKind,
  FunderKind,
  GrantStatus,
  ReportKind,
  ReportStatus,
};
export type FunderContact = FunderContactResponse;
export type FunderListItem = FunderListItemResponse;
export type FunderDetail = FunderResponse;
export type FunderInput = CreateFunderDto;
export type FunderListQuery = FundersListParams;
export type GrantListItem = GrantListItemResponse;
export type GrantPage = GrantPageResponse;
export type GrantFigures = GrantFiguresResponse;
export type GrantDetail = GrantDetailResponse;
export type GrantInput = CreateGrantDto;
export type GrantListQuery = GrantsListParams;
export type Instalment = GrantInstalmentResponse;
export type BudgetLine = GrantBudgetLineResponse;
export type Expense = GrantExpenseResponse;
export type Report = GrantReportResponse;
export type GrantDocument = GrantDocumentResponse;
export type StatusChange = GrantStatusChangeResponse;
export type FundingAlert = FundingAlertResponse;
export type Deadline = DeadlineResponse;
export type FundingDashboard = FundingDashboardResponse;
export type ReportLine = ReportLineResponse;
export type ReportSection = ReportSectionResponse;
export type FinancialReport = FinancialReportResponse;
export type Deliverable = GrantDeliverableResponse;
export type Indicator = GrantIndicatorResponse;
export type ActivityReport = ActivityReportResponse;

export const FUNDER_KINDS = Object.values(FunderKind);
export const GRANT_STATUSES = Object.values(GrantStatus);
export const INITIAL_STATUSES = Object.values(GrantInitialStatus);
export const BUDGET_CATEGORIES = Object.values(BudgetCategory);
export const BUDGET_ACCOUNTS = Object.values(BudgetAccount);
export const REPORT_KINDS = Object.values(ReportKind);
export const REPORT_STATUSES = Object.values(ReportStatus);
export const DOCUMENT_KINDS = Object.values(DocumentKind);
export const DELIVERABLE_STATUSES = Object.values(DeliverableStatus);

/** The moves the API accepts from each status (its rule, in backend/src/modules/funding/funding-types.ts): the UI
 *  offers only these. */
export const STATUS_TRANSITIONS: Record<GrantStatus, readonly GrantStatus[]> = {
  prospect: ['drafting', 'applied', 'closed'],
  drafting: ['prospect', 'applied', 'closed'],
  applied: ['drafting', 'granted', 'refused'],
  granted: ['closed'],
  refused: [],
  closed: [],
};
export const ACTIVE_STATUSES: readonly GrantStatus[] = ['granted', 'closed'];
