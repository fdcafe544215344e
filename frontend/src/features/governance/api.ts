import { api, type Page } from '@/lib/api';
import type {
  ActionItem, ActionItemInput, ActionItemListQuery, ActionStatus, Decision, DecisionDetail, DecisionInput, DecisionListQuery, Meeting,
  MeetingInput, MeetingListItem, MeetingListQuery, Strategy, StrategyAction, StrategyStatus,
} from './types';

export const meetingsApi = {
  list: (query: MeetingListQuery, signal?: AbortSignal) => api.get<Page<MeetingListItem>>('/meetings', { ...query }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<Meeting>(`/meetings/${id}`, undefined, signal),
  create: (input: MeetingInput) => api.post<Meeting>('/meetings', input),
  update: (id: string, input: Partial<MeetingInput>) => api.patch<Meeting>(`/meetings/${id}`, input),
  invite: (id: string) => api.post<{ sent: number; withoutEmail: string[] }>(`/meetings/${id}/invitations`),
  calendarUrl: (id: string) => `/api/meetings/${id}/calendar.ics`,
};

export const decisionsApi = {
  list: (query: DecisionListQuery, signal?: AbortSignal) => api.get<Page<Decision>>('/decisions', { ...query }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<DecisionDetail>(`/decisions/${id}`, undefined, signal),
  create: (input: DecisionInput) => api.post<DecisionDetail>('/decisions', input),
  amend: (id: string, input: DecisionInput) => api.post<DecisionDetail>(`/decisions/${id}/amendments`, input),
};

export const actionItemsApi = {
  list: (query: ActionItemListQuery & { meetingId?: string; decisionId?: string }, signal?: AbortSignal) =>
    api.get<Page<ActionItem>>('/action-items', { ...query }, signal),
  mine: (query: ActionItemListQuery, signal?: AbortSignal) => api.get<Page<ActionItem>>('/action-items/mine', { ...query }, signal),
  create: (input: ActionItemInput) => api.post<ActionItem>('/action-items', input),
  setStatus: (id: string, status: ActionStatus) => api.patch<ActionItem>(`/action-items/${id}`, { status }),
};

export const strategyApi = {
  get: (signal?: AbortSignal) => api.get<Strategy>('/strategy', undefined, signal),
  setStatus: (id: string, status: StrategyStatus) => api.patch<StrategyAction>(`/strategy/actions/${id}`, { status }),
};
