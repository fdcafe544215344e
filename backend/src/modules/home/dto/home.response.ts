import { ApiProperty } from '@nestjs/swagger';
import type { MeetingListItemResponse } from '../../governance/dto/meeting.response';
import type { SplitListItemResponse } from '../../splits/dto/split.response';
import type { WorkingGroupResponse } from '../../working-groups/dto/working-group.response';

// Each figure is the total of the list it opens, counted by that list's own query with the reader's rights (see
// home.service.ts): the home declares the figures, the records stay with their modules' classes.

/** How many records a list holds, and what they are worth when they are money. */
export class HomeCountResponse {
  count: number;
  valueCents: number;
}

/** What waits for the coordinator, each figure a filtered list. */
export class CoordinatorHomeResponse {
  /** Contributions submitted and not yet validated or rejected, whatever their date. */
  toValidate: HomeCountResponse;
  /** Newsletter proposals not yet accepted or declined. */
  proposalsToReview: number;
  /** Accounts invited that never signed in. */
  invitationsPending: number;
  /** Funding alerts (agreement missing, public threshold, report still due). */
  fundingAlerts: number;
  /** Applications, reports and instalments due within 42 days (six weeks), overdue ones included. */
  deadlinesSoon: number;
  /** Active groups missing a referent, a facilitator or a welcome person. */
  groupsWithGaps: number;
  /** Groups with a newcomer waiting longer than the group's welcome delay. */
  groupsLateWelcome: number;
  /** The network's actions past their due date and not done. */
  overdueActions: number;
  /** The next newsletter's due date, from the cadence; null before the first issue is sent. */
  nextNewsletterDueOn: string | null;
  /** When the last backup succeeded; null when none has. */
  lastBackupAt: Date | null;
}

/** One contribution status of an organisation's year: how many and what they are worth. */
export class HomeStatusCountResponse extends HomeCountResponse {
  @ApiProperty({ enum: ['draft', 'submitted', 'validated', 'rejected'], enumName: 'ContributionStatus' })
  status: 'draft' | 'submitted' | 'validated' | 'rejected';
}

/** A COPIL member's organisation: its contributions this year, its shares of approved splits and their payments. */
export class OrganisationHomeResponse {
  organisationId: string;
  organisationName: string;
  /** The calendar year counted (Paris). */
  year: number;
  /** Every status, in the workflow's order; all four add up to `contributions`. */
  byStatus: HomeStatusCountResponse[];
  contributions: HomeCountResponse;
  /** The approved and settled splits giving the organisation a share, and only its own line's figures. */
  splits: SplitListItemResponse[];
  /** Over `splits`: the organisation's shares, what was paid to it, and what remains due. */
  allocatedCents: number;
  paidCents: number;
  dueCents: number;
}

/** A contractor's mission, this month: days used against the month's budget. */
export class MissionMonthHomeResponse {
  missionId: string;
  title: string;
  /** YYYY-MM, Paris. */
  month: string;
  budgetedDays: number;
  usedDays: number;
  /** Over the whole mission. */
  totalBudgetedDays: number;
  totalUsedDays: number;
}

/**
 * The signed-in person's home: what everyone has (their actions, next meetings, unread notifications), then one part
 * per role they hold, empty or null when they do not hold it.
 */
export class HomeResponse {
  /** Today in Paris, YYYY-MM-DD. */
  today: string;
  /** Their own actions not done yet, and those of them past due. */
  actionsPending: number;
  actionsOverdue: number;
  unreadNotifications: number;
  /** Their next three meetings (those they may read), soonest first. */
  nextMeetings: MeetingListItemResponse[];
  coordinator: CoordinatorHomeResponse | null;
  /** The organisations where they sit on the COPIL. */
  organisations: OrganisationHomeResponse[];
  /** The groups they lead or welcome volunteers for, with their pipeline and gaps. */
  ledGroups: WorkingGroupResponse[];
  /** The groups they belong to (a volunteer's, a member's). */
  memberGroups: WorkingGroupResponse[];
  /** A contractor's missions running this month. */
  missions: MissionMonthHomeResponse[];
}
