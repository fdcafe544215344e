import { call, client } from '@/lib/api';
import type {
  ActionItemInput,
  ActionItemListQuery,
  ActionStatus,
  DecisionInput,
  DecisionListQuery,
  MeetingInput,
  MeetingListQuery,
  StrategyActionInput,
  StrategyAxisInput,
  StrategyStatus,
} from './types';

const governance = client.governance;

export const meetingsApi = {
  list: (query: MeetingListQuery, signal?: AbortSignal) => call(governance.meetingsList(query, { signal })),
  get: (id: string, signal?: AbortSignal) => call(governance.meetingsGet({ id }, { signal })),
  create: (input: MeetingInput) => call(governance.meetingsCreate(input)),
  update: (id: string, input: Partial<MeetingInput>) => call(governance.meetingsUpdate({ id }, input)),
  invite: (id: string) => call(governance.meetingsInvite({ id })),
  calendarUrl: (id: string) => `/api/meetings/${id}/calendar.ics`,
};

export const decisionsApi = {
  list: (query: DecisionListQuery, signal?: AbortSignal) => call(governance.decisionsList(query, { signal })),
  get: (id: string, signal?: AbortSignal) => call(governance.decisionsGet({ id }, { signal })),
  create: (input: DecisionInput) => call(governance.decisionsCreate(input)),
  amend: (id: string, input: DecisionInput) => call(governance.decisionsAmend({ id }, input)),
};

export const actionItemsApi = {
  list: (query: ActionItemListQuery, signal?: AbortSignal) => call(governance.actionItemsList(query, { signal })),
  mine: (query: ActionItemListQuery, signal?: AbortSignal) => call(governance.actionItemsMine(query, { signal })),
  create: (input: ActionItemInput) => call(governance.actionItemsCreate(input)),
  setStatus: (id: string, status: ActionStatus) => call(governance.actionItemsUpdate({ id }, { status })),
};

export const strategyApi = {
  get: (signal?: AbortSignal) => call(governance.strategyGet({ signal })),
  setStatus: (id: string, status: StrategyStatus) => call(governance.strategyUpdate({ id }, { status })),
  create: (input: StrategyActionInput) => call(governance.strategyCreate(input)),
  update: (id: string, input: Partial<StrategyActionInput>) => call(governance.strategyUpdate({ id }, input)),
  createAxis: (input: StrategyAxisInput) => call(governance.strategyCreateAxis(input)),
  updateAxis: (id: string, input: Partial<StrategyAxisInput>) => call(governance.strategyUpdateAxis({ id }, input)),
};
