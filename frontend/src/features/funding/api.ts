import { apiUrl, call, client } from '@/lib/api';
import type { FunderInput, FunderListQuery, GrantInput, GrantListQuery, GrantStatus } from './types';

export interface ActivityPeriod {
  from: string;
  to: string;
}

const funding = client.funding;

export const fundersApi = {
  list: (query: FunderListQuery, signal?: AbortSignal) => call(funding.fundersList(query, { signal })),
  get: (id: string, signal?: AbortSignal) => call(funding.fundersGet({ id }, { signal })),
  create: (input: FunderInput) => call(funding.fundersCreate(input)),
  update: (id: string, input: Partial<FunderInput>) => call(funding.fundersUpdate({ id }, input)),
  archive: (id: string) => call(funding.fundersArchive({ id })),
  restore: (id: string) => call(funding.fundersRestore({ id })),
};

type GrantAnswer = ReturnType<typeof funding.grantsGet>;
interface ItemId {
  id: string;
  itemId: string;
}

/** Every change to what hangs off a grant answers the whole grant, its figures recomputed. */
const items =
  <Add>(add: (p: { id: string }, body: Add) => GrantAnswer, remove: (p: ItemId) => GrantAnswer) =>
  (grantId: string) => ({
    add: (body: Add) => call(add({ id: grantId }, body)),
    remove: (id: string) => call(remove({ id: grantId, itemId: id })),
  });
const editableItems =
  <Add, Update>(
    add: (p: { id: string }, body: Add) => GrantAnswer,
    remove: (p: ItemId) => GrantAnswer,
    update: (p: ItemId, body: Update) => GrantAnswer,
  ) =>
  (grantId: string) => ({
    ...items(add, remove)(grantId),
    update: (id: string, body: Update) => call(update({ id: grantId, itemId: id }, body)),
  });

export const grantsApi = {
  list: (query: GrantListQuery, signal?: AbortSignal) => call(funding.grantsList(query, { signal })),
  get: (id: string, signal?: AbortSignal) => call(funding.grantsGet({ id }, { signal })),
  create: (input: GrantInput) => call(funding.grantsCreate(input)),
  update: (id: string, input: Partial<GrantInput>) => call(funding.grantsUpdate({ id }, input)),
  changeStatus: (
    id: string,
    body: { status: GrantStatus; on: string; amountGrantedCents?: number; note: string | null },
  ) => call(funding.grantsChangeStatus({ id }, body)),
  instalments: editableItems(
    funding.grantItemsAddInstalment,
    funding.grantItemsRemoveInstalment,
    funding.grantItemsUpdateInstalment,
  ),
  budgetLines: editableItems(
    funding.grantItemsAddBudgetLine,
    funding.grantItemsRemoveBudgetLine,
    funding.grantItemsUpdateBudgetLine,
  ),
  expenses: items(funding.grantItemsAddExpense, funding.grantItemsRemoveExpense),
  reports: editableItems(funding.grantItemsAddReport, funding.grantItemsRemoveReport, funding.grantItemsUpdateReport),
  documents: items(funding.grantItemsAddDocument, funding.grantItemsRemoveDocument),
  deliverables: editableItems(
    funding.grantItemsAddDeliverable,
    funding.grantItemsRemoveDeliverable,
    funding.grantItemsUpdateDeliverable,
  ),
  indicators: editableItems(
    funding.grantItemsAddIndicator,
    funding.grantItemsRemoveIndicator,
    funding.grantItemsUpdateIndicator,
  ),
  listExpenses: (
    id: string,
    query: { budgetLineId?: string; page?: number; pageSize?: number },
    signal?: AbortSignal,
  ) => call(funding.grantItemsListExpenses({ id, ...query }, { signal })),
  financialReport: (id: string, signal?: AbortSignal) => call(funding.grantsFinancialReport({ id }, { signal })),
  /** The report's files: `csv` for whoever reads the grant, `pdf` and `xlsx` for who hands reports to funders. */
  financialReportUrl: (id: string, format: 'csv' | 'pdf' | 'xlsx') =>
    apiUrl(`/grants/${id}/financial-report.${format}`),
};

/** A grant's activity report for a period (the grant's own when none is given): the coordinator's. */
export const activityReportApi = {
  get: (id: string, period: ActivityPeriod, signal?: AbortSignal) =>
    call(funding.activityReportGet({ id, ...period }, { signal })),
  save: (id: string, period: ActivityPeriod, sections: { title: string; body: string }[]) =>
    call(funding.activityReportSave({ id }, { ...period, sections })),
  /** Drops the saved text for the period: the draft, worked out afresh. */
  regenerate: (id: string, period: ActivityPeriod) => call(funding.activityReportRegenerate({ id, ...period })),
  fileUrl: (id: string, period: ActivityPeriod, format: 'pdf' | 'docx') =>
    apiUrl(`/grants/${id}/activity-report.${format}?${new URLSearchParams({ ...period }).toString()}`),
};

export const fundingApi = {
  deadlines: (days: number, signal?: AbortSignal) => call(funding.fundingOverviewDeadlines({ days }, { signal })),
  alerts: (signal?: AbortSignal) => call(funding.fundingOverviewAlerts({ signal })),
  dashboard: (year: number | undefined, signal?: AbortSignal) =>
    call(funding.fundingOverviewDashboard({ year }, { signal })),
};
