import { api, apiUrl, type Query } from '@/lib/api';
import type {
  ContributionDetail, ContributionFilters, ContributionInput, ContributionListQuery, ContributionPage, InKindAccount, InKindStatement, Rate,
  TotalDimension, TotalRow,
} from './types';

export const contributionsApi = {
  list: (query: ContributionListQuery, signal?: AbortSignal) => api.get<ContributionPage>('/contributions', { ...query }, signal),
  totals: (filters: ContributionFilters, groupBy: TotalDimension[], period?: 'month' | 'quarter' | 'year', signal?: AbortSignal) =>
    api.get<TotalRow[]>('/contributions/totals', { ...filters, groupBy: groupBy.join(','), period }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<ContributionDetail>(`/contributions/${id}`, undefined, signal),
  create: (input: ContributionInput) => api.post<ContributionDetail>('/contributions', input),
  update: (id: string, input: Partial<ContributionInput>) => api.patch<ContributionDetail>(`/contributions/${id}`, input),
  correct: (id: string, input: Partial<ContributionInput> & { reason: string }) => api.post<ContributionDetail>(`/contributions/${id}/correct`, input),
  remove: (id: string) => api.delete(`/contributions/${id}`),
  submit: (ids: string[]) => api.post<ContributionDetail[]>('/contributions/submit', { ids }),
  review: (ids: string[], decision: 'validate' | 'reject', reason?: string) =>
    api.post<ContributionDetail[]>('/contributions/review', { ids, decision, reason }),
  import: (csv: string, submit: boolean) => api.post<{ imported: number; ids: string[] }>('/contributions/import', { csv, submit }),
  attach: (id: string, file: { fileName: string; contentType: string; data: string }) => api.put<ContributionDetail>(`/contributions/${id}/evidence`, file),
  detach: (id: string) => api.delete<ContributionDetail>(`/contributions/${id}/evidence`),
  /** Links the browser follows itself (downloads carry the session cookie). */
  exportUrl: (filters: ContributionFilters) => apiUrl('/contributions/export', filters as Query),
  templateUrl: () => apiUrl('/contributions/import-template'),
  evidenceUrl: (id: string) => apiUrl(`/contributions/${id}/evidence`),
};

export const ratesApi = {
  list: (signal?: AbortSignal) => api.get<Rate[]>('/contribution-rates', undefined, signal),
  create: (input: Omit<Rate, 'id'>) => api.post<Rate>('/contribution-rates', input),
  update: (id: string, input: Partial<Pick<Rate, 'validFrom' | 'rateCents' | 'label'>>) => api.patch<Rate>(`/contribution-rates/${id}`, input),
};

export const inKindApi = {
  accounts: (signal?: AbortSignal) => api.get<InKindAccount[]>('/in-kind/accounts', undefined, signal),
  updateAccount: (type: string, input: Omit<InKindAccount, 'type'>) => api.put<InKindAccount>(`/in-kind/accounts/${type}`, input),
  statement: (year: number, organisationId: string | undefined, signal?: AbortSignal) =>
    api.get<InKindStatement>('/in-kind/statement', { year, organisationId }, signal),
  statementCsvUrl: (year: number, organisationId?: string) => apiUrl('/in-kind/statement/export', { year, organisationId }),
};
