import { api, apiUrl, type Page } from '@/lib/api';
import type { AvailableGrant, LedgerEntry, OrganisationStatement, SaveSplitInput, Simulation, SplitDetail, SplitListItem, SplitListQuery, SplitParameters, SplitStatement } from './types';

export const splitsApi = {
  list: (query: SplitListQuery, signal?: AbortSignal) => api.get<Page<SplitListItem>>('/splits', { ...query }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<SplitDetail>(`/splits/${id}`, undefined, signal),
  simulate: (input: SplitParameters) => api.post<Simulation>('/splits/simulate', input),
  create: (input: SaveSplitInput) => api.post<SplitDetail>('/splits', input),
  update: (id: string, input: SaveSplitInput) => api.put<SplitDetail>(`/splits/${id}`, input),
  remove: (id: string) => api.delete(`/splits/${id}`),
  approve: (id: string, body: { fingerprint?: string; copilDecisionId?: string | null }) => api.post<SplitDetail>(`/splits/${id}/approve`, body),
  recordPayment: (id: string, body: { organisationId: string; amountCents: number; paidOn: string; reference: string; note?: string | null }) =>
    api.post<SplitDetail>(`/splits/${id}/payments`, body),
  reversePayment: (id: string, paymentId: string, body: { reason: string }) => api.post<SplitDetail>(`/splits/${id}/payments/${paymentId}/reverse`, body),
  grants: (signal?: AbortSignal) => api.get<AvailableGrant[]>('/splits/grants', undefined, signal),
  ledger: (query: { splitId?: string; organisationId?: string; page?: number; pageSize?: number }, signal?: AbortSignal) =>
    api.get<Page<LedgerEntry>>('/splits/ledger', { ...query }, signal),
  organisationStatement: (organisationId: string, signal?: AbortSignal) =>
    api.get<OrganisationStatement>(`/splits/organisations/${organisationId}/statement`, undefined, signal),
  splitStatement: (id: string, organisationId: string, signal?: AbortSignal) =>
    api.get<SplitStatement>(`/splits/${id}/statements/${organisationId}`, undefined, signal),
  /** Download links (the browser sends the session cookie with a plain GET). */
  exportUrl: (id: string) => apiUrl(`/splits/${id}/export.csv`),
  organisationStatementCsvUrl: (organisationId: string) => apiUrl(`/splits/organisations/${organisationId}/statement.csv`),
  splitStatementCsvUrl: (id: string, organisationId: string) => apiUrl(`/splits/${id}/statements/${organisationId}/statement.csv`),
};
