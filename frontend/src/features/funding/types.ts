/** The funding API's shapes (see backend/src/modules/funding). Money is always integer cents; days are YYYY-MM-DD. */

export const FUNDER_KINDS = ['foundation', 'public_body', 'company', 'individual', 'campaign'] as const;
export type FunderKind = (typeof FUNDER_KINDS)[number];

export const GRANT_STATUSES = ['prospect', 'drafting', 'applied', 'granted', 'refused', 'closed'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];
export const INITIAL_STATUSES = ['prospect', 'drafting', 'applied', 'granted', 'refused'] as const;

/** Mirrors the API's rule, to offer only the moves it will accept. */
export const STATUS_TRANSITIONS: Record<GrantStatus, readonly GrantStatus[]> = {
  prospect: ['drafting', 'applied', 'closed'],
  drafting: ['prospect', 'applied', 'closed'],
  applied: ['drafting', 'granted', 'refused'],
  granted: ['closed'],
  refused: [],
  closed: [],
};
export const ACTIVE_STATUSES: readonly GrantStatus[] = ['granted', 'closed'];

export const BUDGET_CATEGORIES = ['staff', 'contractors', 'events', 'travel', 'tools', 'fees', 'other'] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];
export const REPORT_KINDS = ['interim', 'final_financial', 'final_activity', 'other'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_STATUSES = ['due', 'sent', 'accepted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const DOCUMENT_KINDS = ['application', 'agreement', 'budget', 'report', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type DeadlineKind = 'application' | 'report' | 'instalment';

export interface FunderContact {
  id: string;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  position: number;
}

export interface FunderListItem {
  id: string;
  name: string;
  kind: FunderKind;
  website: string | null;
  archivedAt: string | null;
  grantsCount: number;
  grantedCents: number;
}

export interface FunderDetail {
  id: string;
  name: string;
  kind: FunderKind;
  website: string | null;
  notes: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  contacts: FunderContact[];
  grants: { id: string; title: string; status: GrantStatus; amountRequestedCents: number; amountGrantedCents: number | null; startsOn: string | null; endsOn: string | null }[];
}

export interface FunderInput {
  name: string;
  kind: FunderKind;
  website: string | null;
  notes: string | null;
  contacts: { name: string; role: string | null; email: string | null; phone: string | null }[];
}

export interface GrantFields {
  id: string;
  funderId: string;
  title: string;
  reference: string | null;
  status: GrantStatus;
  statusChangedOn: string;
  amountRequestedCents: number;
  amountGrantedCents: number | null;
  ownFundsCents: number;
  currency: 'EUR';
  startsOn: string | null;
  endsOn: string | null;
  applicationDeadline: string | null;
  grantedOn: string | null;
  agreementSignedOn: string | null;
  workingGroupIds: string[];
  strategyActionIds: string[];
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface GrantListItem extends GrantFields {
  funderName: string;
  funderKind: FunderKind;
  receivedCents: number;
  toComeCents: number;
  overdueInstalments: number;
  plannedCents: number;
  spentCents: number;
}

export interface GrantPage {
  items: GrantListItem[];
  total: number;
  page: number;
  pageSize: number;
  totals: { requestedCents: number; grantedCents: number; receivedCents: number; toComeCents: number };
}

export interface GrantFigures {
  receivedCents: number;
  toComeCents: number;
  unscheduledCents: number;
  overdueInstalments: number;
  plannedCents: number;
  spentCents: number;
  spentShare: number | null;
  ownFundsCents: number;
  inKindCents: number;
  cofinancingRatio: number | null;
}

export interface Instalment {
  id: string;
  label: string;
  expectedCents: number;
  expectedOn: string;
  receivedCents: number | null;
  receivedOn: string | null;
  notes: string | null;
  overdue: boolean;
}

export interface BudgetLine {
  id: string;
  category: BudgetCategory;
  label: string;
  plannedCents: number;
  spentCents: number;
}

export interface Expense {
  id: string;
  budgetLineId: string;
  budgetLineLabel: string;
  spentOn: string;
  amountCents: number;
  description: string;
  reference: string | null;
}

export interface Report {
  id: string;
  kind: ReportKind;
  title: string;
  dueOn: string;
  status: ReportStatus;
  sentOn: string | null;
  documentUrl: string | null;
  notes: string | null;
  overdue: boolean;
}

export interface GrantDocument {
  id: string;
  kind: DocumentKind;
  label: string;
  url: string;
  createdAt: string;
}

export interface StatusChange {
  id: string;
  fromStatus: GrantStatus | null;
  status: GrantStatus;
  changedOn: string;
  note: string | null;
}

export type FundingAlert =
  | { kind: 'agreement_missing'; grantId: string; grantTitle: string; funderName: string; amountGrantedCents: number }
  | { kind: 'public_threshold'; year: number; publicGrantedCents: number; thresholdCents: number; grantIds: string[] }
  | { kind: 'report_still_due'; grantId: string; grantTitle: string; funderName: string; previousGrantId: string; previousGrantTitle: string; reportTitles: string[]; reportDueOn: string };

export interface GrantDetail extends GrantFields {
  funder: { id: string; name: string; kind: FunderKind };
  figures: GrantFigures;
  history: StatusChange[];
  instalments: Instalment[];
  budgetLines: BudgetLine[];
  reports: Report[];
  documents: GrantDocument[];
  alerts: FundingAlert[];
}

export interface GrantInput {
  funderId: string;
  title: string;
  reference: string | null;
  amountRequestedCents: number;
  amountGrantedCents: number | null;
  ownFundsCents: number;
  startsOn: string | null;
  endsOn: string | null;
  applicationDeadline: string | null;
  agreementSignedOn: string | null;
  notes: string | null;
  status?: (typeof INITIAL_STATUSES)[number];
  statusOn?: string;
}

export interface Deadline {
  kind: DeadlineKind;
  itemId: string;
  grantId: string;
  grantTitle: string;
  funderName: string;
  label: string | null;
  dueOn: string;
  amountCents: number | null;
  overdue: boolean;
}

export interface FundingDashboard {
  year: number;
  today: string;
  pipeline: { status: GrantStatus; count: number; requestedCents: number; grantedCents: number }[];
  money: { grantedCents: number; receivedCents: number; expectedCents: number; overdueCents: number };
  months: { month: number; receivedCents: number; expectedCents: number }[];
  deadlines: Deadline[];
  contributions: { from: string; to: string; organisations: { organisationId: string | null; organisationName: string | null; valueCents: number }[] };
  budget: { plannedCents: number; spentCents: number; grants: { grantId: string; title: string; plannedCents: number; spentCents: number }[] };
  alerts: FundingAlert[];
}

export interface ReportLine {
  account: string | null;
  category: BudgetCategory | null;
  label: string;
  plannedCents: number | null;
  actualCents: number;
  gapCents: number | null;
  realisedShare: number | null;
}

export interface FinancialReport {
  grant: { id: string; title: string; reference: string | null; funderName: string; status: GrantStatus; startsOn: string | null; endsOn: string | null; amountRequestedCents: number; amountGrantedCents: number | null };
  charges: ReportLine[];
  chargesTotal: ReportLine;
  resources: ReportLine[];
  resourcesTotal: ReportLine;
  inKind: ReportLine;
  cofinancing: { ownFundsCents: number; inKindCents: number; grantCents: number; ratio: number | null };
  generatedOn: string;
}

export const GRANT_SORTS = ['title', 'funderName', 'status', 'amountRequestedCents', 'amountGrantedCents', 'applicationDeadline', 'startsOn', 'statusChangedOn', 'createdAt'] as const;

export interface GrantListQuery {
  q?: string;
  status?: GrantStatus;
  funderId?: string;
  sort?: (typeof GRANT_SORTS)[number];
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

export interface FunderListQuery {
  q?: string;
  kind?: FunderKind;
  includeArchived?: boolean;
  sort?: 'name' | 'kind' | 'grantedCents' | 'createdAt';
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}
