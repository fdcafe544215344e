import { call, client, download } from '@/lib/api';
import type {
  MemberRole,
  PipelineStage,
  SignupInput,
  TimeInput,
  VolunteerOffer,
  WorkingGroupInput,
  WorkingGroupListQuery,
} from './types';

const groups = client.workingGroups;

export const groupsApi = {
  list: (query: WorkingGroupListQuery, signal?: AbortSignal) => call(groups.workingGroupsList(query, { signal })),
  get: (id: string, signal?: AbortSignal) => call(groups.workingGroupsGet({ id }, { signal })),
  create: (input: WorkingGroupInput) => call(groups.workingGroupsCreate(input)),
  update: (id: string, input: Partial<WorkingGroupInput>) => call(groups.workingGroupsUpdate({ id }, input)),
  addMember: (id: string, input: { personId: string; role: MemberRole; startedOn?: string }) =>
    call(groups.workingGroupsAddMember({ id }, input)),
  updateTerm: (id: string, termId: string, input: { startedOn?: string; endedOn?: string | null }) =>
    call(groups.workingGroupsUpdateTerm({ id, termId }, input)),
  leave: (id: string) => call(groups.workingGroupsLeave({ id })),
  /** Members' addresses: fetched, so the password can be asked again first. */
  exportMembers: (id: string) => download(`/working-groups/${id}/members.csv`, 'membres.csv'),
  board: (id: string, signal?: AbortSignal) => call(groups.workingGroupsBoard({ id }, { signal })),
  addVolunteer: (id: string, personId: string) => call(groups.workingGroupsAddVolunteer({ id }, { personId })),
  move: (
    id: string,
    entryId: string,
    input: { stage: PipelineStage; sendWelcomeEmail?: boolean; note?: string | null },
  ) => call(groups.workingGroupsMove({ id, entryId }, input)),
};

export const volunteersApi = {
  get: (personId: string, signal?: AbortSignal) => call(client.volunteers.volunteersGet({ personId }, { signal })),
  update: (personId: string, input: VolunteerOffer) => call(client.volunteers.volunteersUpdate({ personId }, input)),
  logTime: (personId: string, input: TimeInput) => call(client.volunteers.volunteersLogTime({ personId }, input)),
};

export const signupApi = {
  form: (signal?: AbortSignal) => call(client.public.signupForm({ signal })),
  send: (input: SignupInput) => call(client.public.signupSignup(input)),
};
