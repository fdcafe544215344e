/** DTOs of the governance API (meetings, decisions, action items, strategy). */

export const MEETING_KINDS = ['copil', 'copil_in_person', 'territorial_gathering', 'working_group'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const ATTENDANCE_STATUSES = ['invited', 'present', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export interface MeetingListItem {
  id: string;
  kind: MeetingKind;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  videoLink: string | null;
  workingGroupId: string | null;
  attendeeCount: number;
  presentCount: number;
  decisionCount: number;
}

export interface MeetingAttendee {
  id: string;
  personId: string;
  firstName: string;
  lastName: string;
  organisationId: string | null;
  organisationName: string | null;
  status: AttendanceStatus;
}

export interface MeetingDecisionSummary {
  id: string;
  number: number;
  title: string;
  outcome: DecisionOutcome;
  method: DecisionMethod;
  decidedOn: string;
  amendsDecisionId: string | null;
}

export interface Meeting extends Omit<MeetingListItem, 'attendeeCount' | 'presentCount' | 'decisionCount'> {
  minutes: string | null;
  invitationSentAt: string | null;
  agenda: { id: string; position: number; title: string; details: string | null; durationMinutes: number | null }[];
  attendees: MeetingAttendee[];
  documents: { id: string; position: number; label: string; url: string }[];
  decisions: MeetingDecisionSummary[];
  createdAt: string;
  updatedAt: string;
}

export interface MeetingInput {
  kind: MeetingKind;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  videoLink: string | null;
  minutes: string | null;
  agenda: { title: string; details: string | null; durationMinutes: number | null }[];
  attendees: { personId: string; organisationId: string | null; status: AttendanceStatus }[];
  documents: { label: string; url: string }[];
}

export interface MeetingListQuery {
  q?: string;
  kind?: MeetingKind;
  when?: 'upcoming' | 'past';
  sort?: 'startsAt' | 'title' | 'kind';
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

export const DECISION_METHODS = ['consent', 'vote', 'consensus'] as const;
export type DecisionMethod = (typeof DECISION_METHODS)[number];
export const DECISION_OUTCOMES = ['adopted', 'rejected', 'postponed'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export interface Decision {
  id: string;
  number: number;
  title: string;
  proposal: string;
  proposedByPersonId: string | null;
  proposedByName: string | null;
  meetingId: string | null;
  meetingTitle: string | null;
  meetingStartsAt: string | null;
  onlineLink: string | null;
  workingGroupId: string | null;
  method: DecisionMethod;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstain: number | null;
  outcome: DecisionOutcome;
  decidedOn: string;
  amendsDecisionId: string | null;
  amendsNumber: number | null;
  amendmentCount: number;
  recordedAt: string;
}

export interface DecisionDetail extends Decision {
  amendments: Decision[];
  strategyActions: { id: string; title: string }[];
}

export interface DecisionInput {
  title: string;
  proposal: string;
  proposedByPersonId: string | null;
  meetingId: string | null;
  onlineLink: string | null;
  method: DecisionMethod;
  votesFor?: number | null;
  votesAgainst?: number | null;
  votesAbstain?: number | null;
  outcome: DecisionOutcome;
  decidedOn: string;
}

export interface DecisionListQuery {
  q?: string;
  from?: string;
  to?: string;
  meetingId?: string;
  outcome?: DecisionOutcome;
  method?: DecisionMethod;
  sort?: 'decidedOn' | 'number' | 'title';
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface ActionItem {
  id: string;
  title: string;
  details: string | null;
  ownerPersonId: string | null;
  ownerName: string | null;
  ownerGroupId: string | null;
  dueOn: string;
  status: ActionStatus;
  overdue: boolean;
  completedAt: string | null;
  meetingId: string | null;
  meetingTitle: string | null;
  decisionId: string | null;
  decisionNumber: number | null;
  decisionTitle: string | null;
}

export interface ActionItemInput {
  title: string;
  details: string | null;
  ownerPersonId: string;
  dueOn: string;
  meetingId?: string | null;
  decisionId?: string | null;
}

export interface ActionItemListQuery {
  q?: string;
  status?: ActionStatus;
  pending?: boolean;
  overdue?: boolean;
  sort?: 'dueOn' | 'createdAt' | 'title' | 'status';
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

export const STRATEGY_STATUSES = ['planned', 'in_progress', 'done', 'paused', 'abandoned'] as const;
export type StrategyStatus = (typeof STRATEGY_STATUSES)[number];

export interface StrategyAction {
  id: string;
  axisId: string | null;
  number: number | null;
  title: string;
  content: string;
  targetPublic: string[];
  involvesCopil: boolean;
  personDaysPerMonth: number | null;
  status: StrategyStatus;
  groupIds: string[];
  grantIds: string[];
  decisions: { id: string; number: number; title: string; outcome: DecisionOutcome; decidedOn: string }[];
}

export interface Strategy {
  axes: { id: string; number: number; title: string; actions: StrategyAction[] }[];
  transversal: StrategyAction[];
}
