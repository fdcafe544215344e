/** DTOs of the contractors API. Money fields are absent when the caller may not see the rate. */

export interface MonthBudget {
  month: string; // YYYY-MM
  budgetedDays: number;
  usedDays: number;
  overBudget: boolean;
  budgetedCents?: number;
  usedCents?: number;
}

export interface MissionListItem {
  id: string;
  contractorPersonId: string;
  contractorName: string;
  company: string | null;
  title: string;
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
}

export interface Mission extends MissionListItem {
  jobDescription: string;
  months: MonthBudget[];
}

export interface MissionInput {
  contractorPersonId: string;
  company: string | null;
  title: string;
  jobDescription: string;
  startsOn: string;
  endsOn: string;
  daysPerMonth: number;
  dailyRateCents: number;
  hoursPerDay: number;
}

export const TIME_UNITS = ['day', 'hour'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export interface TimeEntry {
  id: string;
  missionId: string;
  personId: string;
  workedOn: string;
  unit: TimeUnit;
  quantity: number;
  description: string;
}

export interface TimeEntryInput {
  workedOn: string;
  unit: TimeUnit;
  quantity: number;
  description: string;
}
