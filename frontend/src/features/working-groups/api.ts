import { api, apiUrl, type Page } from '@/lib/api';
import type {
  BoardCard, MemberRole, PipelineStage, SignupForm, SignupInput, TimeInput, Volunteer, VolunteerOffer, WorkingGroup, WorkingGroupDetail,
  WorkingGroupInput, WorkingGroupListQuery,
} from './types';

export const groupsApi = {
  list: (query: WorkingGroupListQuery, signal?: AbortSignal) => api.get<Page<WorkingGroup>>('/working-groups', { ...query }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<WorkingGroupDetail>(`/working-groups/${id}`, undefined, signal),
  create: (input: WorkingGroupInput) => api.post<WorkingGroupDetail>('/working-groups', input),
  update: (id: string, input: Partial<WorkingGroupInput>) => api.patch<WorkingGroupDetail>(`/working-groups/${id}`, input),
  addMember: (id: string, input: { personId: string; role: MemberRole; startedOn?: string }) => api.post<WorkingGroupDetail>(`/working-groups/${id}/members`, input),
  updateTerm: (id: string, termId: string, input: { startedOn?: string; endedOn?: string | null }) =>
    api.patch<WorkingGroupDetail>(`/working-groups/${id}/members/${termId}`, input),
  leave: (id: string) => api.post<void>(`/working-groups/${id}/leave`),
  exportUrl: (id: string) => apiUrl(`/working-groups/${id}/members.csv`),
  board: (id: string, signal?: AbortSignal) => api.get<BoardCard[]>(`/working-groups/${id}/volunteers`, undefined, signal),
  addVolunteer: (id: string, personId: string) => api.post<BoardCard>(`/working-groups/${id}/volunteers`, { personId }),
  move: (id: string, entryId: string, input: { stage: PipelineStage; sendWelcomeEmail?: boolean; note?: string | null }) =>
    api.post<BoardCard & { welcomeEmailSent: boolean }>(`/working-groups/${id}/volunteers/${entryId}/stage`, input),
};

export const volunteersApi = {
  get: (personId: string, signal?: AbortSignal) => api.get<Volunteer>(`/volunteers/${personId}`, undefined, signal),
  update: (personId: string, input: VolunteerOffer) => api.patch<Volunteer>(`/volunteers/${personId}`, input),
  logTime: (personId: string, input: TimeInput) => api.post<{ contributionId: string }>(`/volunteers/${personId}/time`, input),
};

export const signupApi = {
  form: (signal?: AbortSignal) => api.get<SignupForm>('/public/volunteer-signup', undefined, signal),
  send: (input: SignupInput) => api.post<{ ok: true }>('/public/volunteer-signup', input),
};
