import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { EnumOf, ReadAs } from '../../../common/contract';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../delivery.entity';
import { PROBLEM_CODES, SEVERITIES, type ProblemCode } from '../deliverability';
import { ISSUE_STATUSES, type IssueStatus } from '../newsletter-issue.entity';
import { SUBSCRIBER_LOCALES } from '../subscriber.entity';
import type { StoredBlock } from '../blocks';
import { BLOCK_CLASSES } from './blocks.dto';

/** An issue; outside the communication team, only the issues already sent (see the ability). */
@ReadAs('NewsletterIssue')
export class IssueResponse {
  id: string;
  number: number;
  title: string;
  /** The line inboxes show after the subject. */
  preheader: string | null;
  @EnumOf(SUBSCRIBER_LOCALES, 'Locale') locale: 'fr' | 'en';
  @EnumOf(ISSUE_STATUSES, 'IssueStatus') status: IssueStatus;
  sendAt: Date | null;
  listIds: string[];
  /** Each block as stored, with its id; new members as organisation ids. */
  @ApiProperty({ type: 'array', items: { oneOf: BLOCK_CLASSES.map((c) => ({ $ref: getSchemaPath(c) })) } })
  blocks: StoredBlock[];
  countOpens: boolean;
  openCount: number;
  sendingStartedAt: Date | null;
  sentAt: Date | null;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A sample copy of an issue. */
export class PreviewResponse {
  subject: string;
  html: string;
  text: string;
  /** Size of the HTML part (Gmail clips beyond 102 KB). */
  bytes: number;
}

export class ProblemResponse {
  @EnumOf(PROBLEM_CODES, 'ProblemCode') code: ProblemCode;
  /** Errors stop scheduling; warnings are worth a look. */
  @EnumOf(SEVERITIES, 'ProblemSeverity') severity: (typeof SEVERITIES)[number];
  /** In the caller's language. */
  message: string;
  /** The link, image or size concerned. */
  detail?: string;
}

/** The deliverability check of an issue. */
export class CheckReportResponse {
  ok: boolean;
  bytes: number;
  problems: ProblemResponse[];
}

export class TestSendResponse {
  sent: number;
}

/** The send counts of an issue, per delivery status. */
export class SendStatsResponse {
  queued: number;
  claimed: number;
  sending: number;
  sent: number;
  failed: number;
  bounced: number;
  /** Reported as spam after it was sent (returns/README.md). */
  complained: number;
  uncertain: number;
  skipped: number;
  @EnumOf(ISSUE_STATUSES, 'IssueStatus') status: IssueStatus;
  recipients: number;
  /** People who left the issue's list after it started going out. */
  unsubscribedSince: number;
  /** Aggregate opens, only when the issue counts them (never per person). */
  opens: number | null;
  sendingStartedAt: Date | null;
  sentAt: Date | null;
}

/** One recipient of an issue. */
export class DeliveryResponse {
  id: string;
  subscriberId: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  @EnumOf(DELIVERY_STATUSES, 'DeliveryStatus') status: DeliveryStatus;
  attempts: number;
  sentAt: Date | null;
  /** The SMTP server's last answer. */
  smtpResponse: string | null;
}

export class ResendResponse {
  /** Rows queued again: at most once each per request. */
  queued: number;
}

/** The two-month rhythm of issues. */
export class CadenceResponse {
  lastNumber: number | null;
  /** Calendar days, YYYY-MM-DD (Paris). */
  lastSentOn: string | null;
  nextNumber: number;
  nextDueOn: string | null;
  reminderOn: string | null;
  reminderSentAt: Date | null;
}

/** An issue on the public archive page. */
export class ArchivedIssueResponse {
  number: number;
  title: string;
  preheader: string | null;
  sentAt: Date;
}
