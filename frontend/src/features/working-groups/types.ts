export const GROUP_STATUSES = ['active', 'paused', 'closed'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

export const MEMBER_ROLES = ['referent', 'facilitator', 'welcomer', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const PIPELINE_STAGES = ['new', 'welcomed', 'active', 'paused', 'left'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const ROLE_GAPS = ['no_referent', 'one_referent', 'no_facilitator', 'no_welcomer'] as const;
export type RoleGap = (typeof ROLE_GAPS)[number];

export const WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

export const HEARD_FROM = ['word_of_mouth', 'member_organisation', 'event', 'newsletter', 'social_media', 'web_search', 'other'] as const;
export type HeardFrom = (typeof HEARD_FROM)[number];

export interface WorkingGroup {
  id: string;
  name: string;
  mission: string | null;
  status: GroupStatus;
  mailingList: string | null;
  chatChannel: string | null;
  meetingRhythm: string | null;
  welcomeWithinDays: number;
  strategyActionIds: string[];
  createdAt: string;
  updatedAt: string;
  roles: Record<MemberRole, number>;
  gaps: RoleGap[];
  pipeline: Record<PipelineStage, number>;
  overdue: number;
}

export interface Term {
  id: string;
  personId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  role: MemberRole;
  startedOn: string;
  endedOn: string | null;
  current: boolean;
}

export interface WorkingGroupDetail extends WorkingGroup {
  terms: Term[];
}

export type WorkingGroupInput = Pick<WorkingGroup, 'name' | 'mission' | 'status' | 'mailingList' | 'chatChannel' | 'meetingRhythm' | 'welcomeWithinDays'>;

export interface WorkingGroupListQuery {
  q?: string;
  status?: GroupStatus;
  withGaps?: boolean;
  sort?: 'name' | 'status' | 'createdAt';
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

export interface VolunteerOffer {
  skills: string[];
  hoursPerMonth: number | null;
  availableDays: WeekDay[];
  territory: string | null;
  heardFrom: HeardFrom | null;
  heardFromDetail: string | null;
}

export interface BoardCard extends VolunteerOffer {
  id: string;
  groupId: string;
  personId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  stage: PipelineStage;
  stageChangedAt: string;
  createdAt: string;
  message: string | null;
  source: 'signup_form' | 'added';
  overdue: boolean;
}

export interface Step {
  stage: PipelineStage;
  fromStage: PipelineStage | null;
  at: string;
  byName: string | null;
  note: string | null;
}

export interface VolunteerEntry {
  id: string;
  groupId: string;
  groupName: string;
  welcomeWithinDays: number;
  stage: PipelineStage;
  stageChangedAt: string;
  createdAt: string;
  message: string | null;
  source: 'signup_form' | 'added';
  overdue: boolean;
  steps: Step[];
}

export interface Volunteer {
  personId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  profile: VolunteerOffer & { id: string; locale: 'fr' | 'en'; createdAt: string; updatedAt: string };
  organisations: { id: string; name: string }[];
  entries: VolunteerEntry[];
  consents: { version: string; locale: 'fr' | 'en'; text: string; givenAt: string; groupId: string | null }[];
}

export interface SignupForm {
  groups: { id: string; name: string; mission: string | null }[];
  consent: { version: string; text: string };
}

export interface SignupInput extends Partial<VolunteerOffer> {
  groupId: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  message: string | null;
  consentVersion: string;
  consent: boolean;
  website: string;
}

export interface TimeInput {
  groupId: string;
  organisationId?: string;
  periodStart: string;
  periodEnd: string;
  quantity: number;
  unit: 'hours' | 'days';
  description: string | null;
}
