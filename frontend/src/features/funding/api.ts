import { api, apiUrl, type Page } from '@/lib/api';
import type {
  Deadline, Expense, FinancialReport, FunderDetail, FunderInput, FunderListItem, FunderListQuery, FundingAlert, FundingDashboard,
  GrantDetail, GrantInput, GrantListQuery, GrantPage, GrantStatus,
} from './types';

export const fundersApi = {
  list: (query: FunderListQuery, signal?: AbortSignal) => api.get<Page<FunderListItem>>('/funders', { ...query }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<FunderDetail>(`/funders/${id}`, undefined, signal),
  create: (input: FunderInput) => api.post<FunderDetail>('/funders', input),
  update: (id: string, input: Partial<FunderInput>) => api.patch<FunderDetail>(`/funders/${id}`, input),
  archive: (id: string) => api.post<FunderDetail>(`/funders/${id}/archive`),
  restore: (id: string) => api.post<FunderDetail>(`/funders/${id}/restore`),
};

/** Every change to what hangs off a grant answers the whole grant, its figures recomputed. */
const item = (grantId: string, path: string) => ({
  add: (body: object) => api.post<GrantDetail>(`/grants/${grantId}/${path}`, body),
  update: (id: string, body: object) => api.patch<GrantDetail>(`/grants/${grantId}/${path}/${id}`, body),
  remove: (id: string) => api.delete<GrantDetail>(`/grants/${grantId}/${path}/${id}`),
});

export const grantsApi = {
  list: (query: GrantListQuery, signal?: AbortSignal) => api.get<GrantPage>('/grants', { ...query }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<GrantDetail>(`/grants/${id}`, undefined, signal),
  create: (input: GrantInput) => api.post<GrantDetail>('/grants', input),
  update: (id: string, input: Partial<GrantInput>) => api.patch<GrantDetail>(`/grants/${id}`, input),
  changeStatus: (id: string, body: { status: GrantStatus; on: string; amountGrantedCents?: number; note: string | null }) =>
    api.post<GrantDetail>(`/grants/${id}/status`, body),
  instalments: (id: string) => item(id, 'instalments'),
  budgetLines: (id: string) => item(id, 'budget-lines'),
  expenses: (id: string) => item(id, 'expenses'),
  reports: (id: string) => item(id, 'reports'),
  documents: (id: string) => item(id, 'documents'),
  listExpenses: (id: string, query: { budgetLineId?: string; page?: number; pageSize?: number }, signal?: AbortSignal) =>
    api.get<Page<Expense>>(`/grants/${id}/expenses`, query, signal),
  financialReport: (id: string, signal?: AbortSignal) => api.get<FinancialReport>(`/grants/${id}/financial-report`, undefined, signal),
  financialReportCsvUrl: (id: string) => apiUrl(`/grants/${id}/financial-report.csv`),
};

export const fundingApi = {
  deadlines: (days: number, signal?: AbortSignal) => api.get<Deadline[]>('/funding/deadlines', { days }, signal),
  alerts: (signal?: AbortSignal) => api.get<FundingAlert[]>('/funding/alerts', undefined, signal),
  dashboard: (year: number | undefined, signal?: AbortSignal) => api.get<FundingDashboard>('/funding/dashboard', { year }, signal),
};
