import { EnumOf } from '../../../common/contract';
import {
  BUDGET_CATEGORIES,
  DEADLINE_KINDS,
  GRANT_STATUSES,
  type BudgetCategory,
  type DeadlineKind,
  type GrantStatus,
} from '../funding-types';

export const FUNDING_ALERT_KINDS = ['agreement_missing', 'public_threshold', 'report_still_due'] as const;
export type FundingAlertKind = (typeof FUNDING_ALERT_KINDS)[number];

/**
 * One of the coordinator's alerts; which fields it carries depends on its kind:
 * - `agreement_missing`: grantId, grantTitle, funderName, amountGrantedCents, year, funderYearCents (that public
 *   funder's subsidies of the year, over the threshold), thresholdCents (décret 2001-495 art. 1);
 * - `public_threshold`: year, publicReceivedCents (public subsidies received that financial year), thresholdCents,
 *   grantIds (code de commerce L612-4, décret 2009-540);
 * - `report_still_due`: grantId, grantTitle, funderName, previousGrantId, previousGrantTitle, reportTitles (earliest
 * due first), reportDueOn.
 */
export class FundingAlertResponse {
  @EnumOf(FUNDING_ALERT_KINDS, 'FundingAlertKind') kind: FundingAlertKind;
  grantId?: string;
  grantTitle?: string;
  funderName?: string;
  amountGrantedCents?: number;
  year?: number;
  funderYearCents?: number;
  publicReceivedCents?: number;
  thresholdCents?: number;
  grantIds?: string[];
  previousGrantId?: string;
  previousGrantTitle?: string;
  reportTitles?: string[];
  reportDueOn?: string;
}

export class DeadlineResponse {
  @EnumOf(DEADLINE_KINDS, 'DeadlineKind') kind: DeadlineKind;
  /** The grant for an application deadline, else the report's or instalment's id. */
  itemId: string;
  grantId: string;
  grantTitle: string;
  funderName: string;
  /** The report's or instalment's label; null for an application deadline. */
  label: string | null;
  dueOn: string;
  amountCents: number | null;
  overdue: boolean;
}

export class PipelineStepResponse {
  @EnumOf(GRANT_STATUSES, 'GrantStatus') status: GrantStatus;
  count: number;
  requestedCents: number;
  grantedCents: number;
}

/**
 * The year's money. `grantedCents` (agreed this year), `receivedCents` (received this year, whatever the agreement's
 * year) and `expectedCents` (due by the year's end, overdue included, whatever the agreement's year) measure different
 * things; the `ofGranted…` figures reconcile the first: what was agreed this year = received + expected + not yet in
 * any instalment.
 */
export class DashboardMoneyResponse {
  grantedCents: number;
  receivedCents: number;
  expectedCents: number;
  overdueCents: number;
  /** Of the grants agreed this year: what was received of them, at any date. */
  ofGrantedReceivedCents: number;
  /** Of the grants agreed this year: instalments scheduled and not received yet, at any date. */
  ofGrantedExpectedCents: number;
  /** Of the grants agreed this year: what no instalment covers yet (granted − received − expected). */
  ofGrantedUnscheduledCents: number;
}

export class DashboardMonthResponse {
  /** 1–12. */
  month: number;
  receivedCents: number;
  expectedCents: number;
}

export class OrganisationContributionsResponse {
  organisationId: string | null;
  organisationName: string | null;
  valueCents: number;
}

/** The quarter's validated contributions in kind, per organisation. */
export class DashboardContributionsResponse {
  from: string;
  to: string;
  organisations: OrganisationContributionsResponse[];
}

export class DashboardGrantBudgetResponse {
  grantId: string;
  title: string;
  plannedCents: number;
  spentCents: number;
}

export class DashboardBudgetResponse {
  plannedCents: number;
  spentCents: number;
  grants: DashboardGrantBudgetResponse[];
}

/** What the network received in the year besides grants: gifts, one line per campaign (totals, no donor). */
export class DashboardResourceResponse {
  @EnumOf(['donation'] as const, 'YearResourceSource') source: 'donation';
  /** The campaign; null for gifts outside any campaign. */
  label: string | null;
  count: number;
  cents: number;
}

export class FundingDashboardResponse {
  year: number;
  today: string;
  pipeline: PipelineStepResponse[];
  money: DashboardMoneyResponse;
  months: DashboardMonthResponse[];
  deadlines: DeadlineResponse[];
  contributions: DashboardContributionsResponse;
  budget: DashboardBudgetResponse;
  alerts: FundingAlertResponse[];
  otherResources: DashboardResourceResponse[];
}

/** A line of the funder's financial report (CERFA 15059). */
export class ReportLineResponse {
  /** The account of the associations' chart of accounts. */
  account: string | null;
  @EnumOf(BUDGET_CATEGORIES, 'BudgetCategory', { nullable: true }) category: BudgetCategory | null;
  label: string;
  plannedCents: number | null;
  actualCents: number;
  gapCents: number | null;
  /** actual / planned (null when nothing was planned). */
  realisedShare: number | null;
  /** Why realised differs from planned: written on the budget line, or stated for a funder's line. */
  gapNote: string | null;
}

/** One account by nature (60 "Achats", 74 "Subventions d'exploitation"…): its lines and their total. */
export class ReportGroupResponse {
  account: string;
  label: string;
  lines: ReportLineResponse[];
  total: ReportLineResponse;
}

export class ReportSectionResponse {
  groups: ReportGroupResponse[];
  total: ReportLineResponse;
}

export class FinancialReportGrantResponse {
  id: string;
  title: string;
  reference: string | null;
  funderName: string;
  @EnumOf(GRANT_STATUSES, 'GrantStatus') status: GrantStatus;
  startsOn: string | null;
  endsOn: string | null;
  amountRequestedCents: number;
  amountGrantedCents: number | null;
  signatoryName: string | null;
  signatoryRole: string | null;
}

/** What else finances the grant's actions, beside it: own funds (the balance), other funders, valued in-kind. */
export class CofinancingResponse {
  ownFundsCents: number;
  otherFundersCents: number;
  inKindCents: number;
  grantCents: number;
  /** (own funds + other funders + in-kind) / grant; null when the grant is 0. */
  ratio: number | null;
}

/** The funder's financial report, shaped like the French "compte rendu financier de subvention" (CERFA 15059). */
export class FinancialReportResponse {
  grant: FinancialReportGrantResponse;
  /** Accounts 60 to 68. */
  charges: ReportSectionResponse;
  /** Accounts 70 to 78: this grant and every other funder line by line, then own funds, which balance the report. */
  products: ReportSectionResponse;
  /** Below the line: 86 "emplois" and 87 "contributions volontaires en nature", the same valued amount each side. */
  inKindCharges: ReportSectionResponse;
  inKindProducts: ReportSectionResponse;
  cofinancing: CofinancingResponse;
  generatedOn: string;
}
