import { ApiProperty } from '@nestjs/swagger';
import { EnumOf } from '../../../common/contract';
import {
  CONTRIBUTION_TYPES,
  CONTRIBUTION_UNITS,
  type ContributionType,
  type ContributionUnit,
} from '../../contributions/contribution-totals.service';

/** Something dated the period holds: a meeting, a decision (its number), a newsletter (its number). */
export class ActivityEventResponse {
  title: string;
  /** YYYY-MM-DD, Paris time. */
  on: string;
  number?: number;
}

/** Validated contributions of one type and unit in the period. */
export class ActivityContributionResponse {
  @EnumOf(CONTRIBUTION_TYPES, 'ContributionType') type: ContributionType;
  @EnumOf(CONTRIBUTION_UNITS, 'ContributionUnit') unit: ContributionUnit;
  count: number;
  /** Hours, days, room-days… in the unit. */
  quantity: number;
  valueCents: number;
}

/** What the app knows of the period, the draft's source. */
export class ActivityFiguresResponse {
  meetingsHeld: number;
  @ApiProperty({ type: () => [ActivityEventResponse] }) meetings: ActivityEventResponse[];
  decisionsAdopted: number;
  @ApiProperty({ type: () => [ActivityEventResponse] }) decisions: ActivityEventResponse[];
  @ApiProperty({ type: () => [ActivityContributionResponse] }) contributions: ActivityContributionResponse[];
  contributionsValueCents: number;
  volunteersWelcomed: number;
  newslettersSent: number;
  @ApiProperty({ type: () => [ActivityEventResponse] }) newsletters: ActivityEventResponse[];
}

export class ActivitySectionResponse {
  title: string;
  /** Plain text: paragraphs, and lines starting "- " as a list. */
  body: string;
}

/** A grant's activity report for a period: as the coordinator saved it, else the draft. */
export class ActivityReportResponse {
  grantId: string;
  grantTitle: string;
  funderName: string;
  from: string;
  to: string;
  /** False while the report is the draft (nothing saved for this period). */
  saved: boolean;
  updatedAt: Date | null;
  @ApiProperty({ type: () => [ActivitySectionResponse] }) sections: ActivitySectionResponse[];
  figures: ActivityFiguresResponse;
}
