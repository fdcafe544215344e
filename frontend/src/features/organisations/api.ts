import { api, type Page } from '@/lib/api';
import type { Organisation, OrganisationDetail, OrganisationInput, OrganisationListQuery } from './types';

export const organisationsApi = {
  list: (query: OrganisationListQuery, signal?: AbortSignal) => api.get<Page<Organisation>>('/organisations', { ...query }, signal),
  territories: (signal?: AbortSignal) => api.get<string[]>('/organisations/territories', undefined, signal),
  get: (id: string, signal?: AbortSignal) => api.get<OrganisationDetail>(`/organisations/${id}`, undefined, signal),
  create: (input: OrganisationInput) => api.post<Organisation>('/organisations', input),
  update: (id: string, input: OrganisationInput) => api.patch<Organisation>(`/organisations/${id}`, input),
  archive: (id: string) => api.post<Organisation>(`/organisations/${id}/archive`),
  restore: (id: string) => api.post<Organisation>(`/organisations/${id}/restore`),
};
