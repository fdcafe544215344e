import {
  GroupStatus,
  HeardFrom,
  MemberRole,
  PipelineStage,
  RoleGap,
  WeekDay,
  type BoardCardResponse,
  type CreateWorkingGroupDto,
  type LogVolunteerTimeDto,
  type MovedCardResponse,
  type SignupFormResponse,
  type TermResponse,
  type UpdateVolunteerProfileDto,
  type VolunteerEntryResponse,
  type VolunteerResponse,
  type VolunteerSignupDto,
  type VolunteerStepResponse,
  type WorkingGroupDetailResponse,
  type WorkingGroupResponse,
  type WorkingGroupsListParams,
} from '@/lib/generated/api';

// The API's shapes come from its OpenAPI description (src/lib/generated/api.ts); these names are the UI's.
export type { GroupStatus, HeardFrom, MemberRole, PipelineStage, RoleGap, WeekDay };
/** A group; `pipeline` and `overdue` are absent for readers who do not follow its pipeline. */
export type WorkingGroup = WorkingGroupResponse;
export type WorkingGroupDetail = WorkingGroupDetailResponse;
/** A term; `email` is absent for readers outside the people directory. */
export type Term = TermResponse;
export type WorkingGroupInput = CreateWorkingGroupDto;
export type WorkingGroupListQuery = WorkingGroupsListParams;
export type VolunteerOffer = UpdateVolunteerProfileDto;
export type BoardCard = BoardCardResponse;
export type MovedCard = MovedCardResponse;
export type Step = VolunteerStepResponse;
export type VolunteerEntry = VolunteerEntryResponse;
export type Volunteer = VolunteerResponse;
export type SignupForm = SignupFormResponse;
export type SignupInput = VolunteerSignupDto;
export type TimeInput = LogVolunteerTimeDto;

export const GROUP_STATUSES = Object.values(GroupStatus);
export const MEMBER_ROLES = Object.values(MemberRole);
export const PIPELINE_STAGES = Object.values(PipelineStage);
export const ROLE_GAPS = Object.values(RoleGap);
export const WEEK_DAYS = Object.values(WeekDay);
export const HEARD_FROM = Object.values(HeardFrom);
