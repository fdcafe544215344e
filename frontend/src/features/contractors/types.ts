import {
  TimeUnit,
  type CreateMissionDto,
  type CreateTimeEntryDto,
  type MissionDetailResponse,
  type MissionMonthResponse,
  type MissionResponse,
  type TimeEntryResponse,
} from '@/lib/generated/api';

// The API's shapes come from its OpenAPI description (src/lib/generated/api.ts); these names are the UI's.
// Money fields (rate, budgeted and used cents, monthsCents) are absent when the reader may not see the rate.
export type { TimeUnit };
export type MissionListItem = MissionResponse;
export type Mission = MissionDetailResponse;
export type MonthBudget = MissionMonthResponse;
export type MissionInput = CreateMissionDto;
export type TimeEntry = TimeEntryResponse;
export type TimeEntryInput = CreateTimeEntryDto;

export const TIME_UNITS = Object.values(TimeUnit);
