import { api, type Page } from '@/lib/api';
import type { Mission, MissionInput, MissionListItem, TimeEntry, TimeEntryInput } from './types';

export const missionsApi = {
  list: (query: { q?: string; active?: boolean; page?: number; pageSize?: number }, signal?: AbortSignal) =>
    api.get<Page<MissionListItem>>('/missions', { ...query }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<Mission>(`/missions/${id}`, undefined, signal),
  create: (input: MissionInput) => api.post<Mission>('/missions', input),
  update: (id: string, input: Partial<MissionInput>) => api.patch<Mission>(`/missions/${id}`, input),
  entries: (id: string, month: string, signal?: AbortSignal) => api.get<Page<TimeEntry>>(`/missions/${id}/time-entries`, { month, pageSize: 200 }, signal),
  addEntry: (id: string, input: TimeEntryInput) => api.post<TimeEntry>(`/missions/${id}/time-entries`, input),
  deleteEntry: (entryId: string) => api.delete(`/time-entries/${entryId}`),
};
