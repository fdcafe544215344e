import {
  ActionStatus,
  AttendanceStatus,
  DecisionMethod,
  DecisionOutcome,
  DecisionVisibility,
  MeetingKind,
  StrategyStatus,
  type ActionItemResponse,
  type ActionItemsListParams,
  type CreateActionItemDto,
  type CreateDecisionDto,
  type CreateMeetingDto,
  type DecisionDetailResponse,
  type DecisionResponse,
  type DecisionSummaryResponse,
  type DecisionsListParams,
  type MeetingAttendeeResponse,
  type MeetingListItemResponse,
  type MeetingResponse,
  type MeetingsListParams,
  type CreateStrategyActionDto,
  type CreateStrategyAxisDto,
  type StrategyActionResponse,
  type StrategyAxisResponse,
  type StrategyResponse,
} from '@/lib/generated/api';

// The API's shapes come from its OpenAPI description (src/lib/generated/api.ts); these names are the UI's.
export type {
  ActionStatus,
  AttendanceStatus,
  DecisionMethod,
  DecisionOutcome,
  DecisionVisibility,
  MeetingKind,
  StrategyStatus,
};
export type MeetingListItem = MeetingListItemResponse;
export type MeetingAttendee = MeetingAttendeeResponse;
export type MeetingDecisionSummary = DecisionSummaryResponse;
export type Meeting = MeetingResponse;
export type MeetingInput = CreateMeetingDto;
export type MeetingListQuery = MeetingsListParams;
export type Decision = DecisionResponse;
export type DecisionDetail = DecisionDetailResponse;
export type DecisionInput = CreateDecisionDto;
export type DecisionListQuery = DecisionsListParams;
export type ActionItem = ActionItemResponse;
export type ActionItemInput = CreateActionItemDto;
export type ActionItemListQuery = ActionItemsListParams;
export type StrategyAction = StrategyActionResponse;
export type Strategy = StrategyResponse;
export type StrategyAxis = StrategyAxisResponse;
export type StrategyActionInput = CreateStrategyActionDto;
export type StrategyAxisInput = CreateStrategyAxisDto;

export const MEETING_KINDS = Object.values(MeetingKind);
export const ATTENDANCE_STATUSES = Object.values(AttendanceStatus);
export const DECISION_METHODS = Object.values(DecisionMethod);
export const DECISION_OUTCOMES = Object.values(DecisionOutcome);
export const DECISION_VISIBILITIES = Object.values(DecisionVisibility);
export const ACTION_STATUSES = Object.values(ActionStatus);
export const STRATEGY_STATUSES = Object.values(StrategyStatus);
