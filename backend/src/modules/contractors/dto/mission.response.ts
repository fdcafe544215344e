import { EnumOf, ReadAs } from '../../../common/contract';
import { TIME_UNITS, type TimeUnit } from '../time-entry.entity';

/** Days budgeted and used in one month of a mission (`YYYY-MM`). */
export class MissionMonthResponse {
  month: string;
  budgetedDays: number;
  usedDays: number;
  overBudget: boolean;
}

/** The money of one month: days × the daily rate, in cents. A field of its own, so the rate rule removes it whole. */
export class MissionMonthCentsResponse {
  month: string;
  budgetedCents: number;
  usedCents: number;
}

/**
 * A mission in a list. The rate and the money derived from it leave only for those the ability lets read
 * `dailyRateCents` (see MISSION_FIELDS_WITHOUT_RATE in permissions/readable-fields.ts): absent for the others.
 */
@ReadAs('Mission')
export class MissionResponse {
  id: string;
  contractorPersonId: string;
  contractorName: string;
  /** The contractor's company, when they invoice through one. */
  company: string | null;
  title: string;
  /** Calendar days, YYYY-MM-DD. */
  startsOn: string;
  endsOn: string;
  daysPerMonth: number;
  hoursPerDay: number;
  grantId: string | null;
  budgetLineId: string | null;
  dailyRateCents?: number;
  budgetedDays: number;
  usedDays: number;
  overBudgetMonths: number;
  budgetedCents?: number;
  usedCents?: number;
  createdAt: Date;
  updatedAt: Date;
}

@ReadAs('Mission')
export class MissionDetailResponse extends MissionResponse {
  /** Rich text (sanitised HTML). */
  jobDescription: string;
  months: MissionMonthResponse[];
  monthsCents?: MissionMonthCentsResponse[];
}

@ReadAs('TimeEntry')
export class TimeEntryResponse {
  id: string;
  missionId: string;
  personId: string;
  /** A calendar day, YYYY-MM-DD. */
  workedOn: string;
  @EnumOf(TIME_UNITS, 'TimeUnit') unit: TimeUnit;
  quantity: number;
  description: string;
  createdAt: Date;
  updatedAt: Date;
}
