import { api, type Page } from '@/lib/api';
import type { Person, PersonInput, PersonListQuery } from './types';

export const peopleApi = {
  list: (query: PersonListQuery, signal?: AbortSignal) => api.get<Page<Person>>('/people', { ...query }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<Person>(`/people/${id}`, undefined, signal),
  create: (input: PersonInput) => api.post<Person>('/people', input),
  update: (id: string, input: PersonInput) => api.patch<Person>(`/people/${id}`, input),
  archive: (id: string) => api.post<Person>(`/people/${id}/archive`),
  restore: (id: string) => api.post<Person>(`/people/${id}/restore`),
};
