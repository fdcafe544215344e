/* eslint-disable */
/* tslint:disable */
// @ts-nocheck
/*
 * ---------------------------------------------------------------
 * ## THIS FILE WAS GENERATED VIA SWAGGER-TYPESCRIPT-API        ##
 * ##                                                           ##
 * ## AUTHOR: acacode                                           ##
 * ## SOURCE: https://github.com/acacode/swagger-typescript-api ##
 * ---------------------------------------------------------------
 */

export interface AcceptProposalDto {
  as?: ProposalBlockType;
  /**
   * The issue (draft or in review) the item becomes a block of.
   * @format uuid
   */
  issueId: string;
}

export interface AcceptedResponse {
  ok: boolean;
}

export interface AccountPage {
  items: AccountResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface AccountResponse {
  /** @format date-time */
  createdAt: string;
  /** @format date-time */
  disabledAt: string | null;
  displayName: string;
  email: string;
  id: string;
  /** Invited and not signed in yet: the invitation has not been accepted. */
  invitationPending: boolean;
  /** @format date-time */
  lastLoginAt: string | null;
  locale: Locale;
  personId: string;
  roles: Role[];
}

export interface AccountTotalResponse {
  account: string;
  label: string | null;
  valueCents: number;
}

export interface AccountsDisableParams {
  id: string;
}

export interface AccountsEnableParams {
  id: string;
}

export interface AccountsListParams {
  /** Only the accounts invited that never signed in (the invitation not accepted yet). */
  invitationPending?: boolean;
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /** @maxLength 100 */
  q?: string;
  role?:
    | "admin"
    | "coordinator"
    | "copil"
    | "comms"
    | "wg_lead"
    | "contractor"
    | "volunteer"
    | "treasurer";
}

export interface AccountsResendParams {
  id: string;
}

export interface AccountsRevokeParams {
  id: string;
}

export interface AccountsSetRolesParams {
  id: string;
}

export interface ActionItemPage {
  items: ActionItemResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface ActionItemResponse {
  /** @format date-time */
  completedAt: string | null;
  /** @format date-time */
  createdAt: string;
  decisionId: string | null;
  /** Null when the reader may not read the decision. */
  decisionNumber: number | null;
  decisionTitle: string | null;
  details: string | null;
  /** A calendar day, YYYY-MM-DD. */
  dueOn: string;
  id: string;
  meetingId: string | null;
  meetingTitle: string | null;
  /** Still to do and past its due date (in Paris). */
  overdue: boolean;
  ownerGroupId: string | null;
  ownerName: string | null;
  /** The owner's organisations: what a COPIL member's right to change the action depends on (see the ability). */
  ownerOrganisationIds: string[];
  /** The owner: a person or a working group, one of the two. */
  ownerPersonId: string | null;
  status: ActionStatus;
  title: string;
  /** @format date-time */
  updatedAt: string;
}

export interface ActionItemsExportParams {
  /** @format uuid */
  decisionId?: string;
  format?: "csv";
  /** @format uuid */
  meetingId?: string;
  /** @default "asc" */
  order?: "asc" | "desc";
  overdue?: boolean;
  /** @format uuid */
  ownerGroupId?: string;
  /** @format uuid */
  ownerPersonId?: string;
  /** Only the pending ones (open, in progress) or only the finished ones. */
  pending?: boolean;
  /** @maxLength 100 */
  q?: string;
  /** @default "dueOn" */
  sort?: "status" | "createdAt" | "title" | "dueOn";
  status?: ActionStatus;
}

export interface ActionItemsGetParams {
  id: string;
}

export interface ActionItemsListParams {
  /** @format uuid */
  decisionId?: string;
  /** @format uuid */
  meetingId?: string;
  /** @default "asc" */
  order?: "asc" | "desc";
  overdue?: boolean;
  /** @format uuid */
  ownerGroupId?: string;
  /** @format uuid */
  ownerPersonId?: string;
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /** Only the pending ones (open, in progress) or only the finished ones. */
  pending?: boolean;
  /** @maxLength 100 */
  q?: string;
  /** @default "dueOn" */
  sort?: "status" | "createdAt" | "title" | "dueOn";
  status?: ActionStatus;
}

export interface ActionItemsMineParams {
  /** @format uuid */
  decisionId?: string;
  /** @format uuid */
  meetingId?: string;
  /** @default "asc" */
  order?: "asc" | "desc";
  overdue?: boolean;
  /** @format uuid */
  ownerGroupId?: string;
  /** @format uuid */
  ownerPersonId?: string;
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /** Only the pending ones (open, in progress) or only the finished ones. */
  pending?: boolean;
  /** @maxLength 100 */
  q?: string;
  /** @default "dueOn" */
  sort?: "status" | "createdAt" | "title" | "dueOn";
  status?: ActionStatus;
}

export interface ActionItemsUpdateParams {
  id: string;
}

export const ActionStatus = {
  Open: "open",
  InProgress: "in_progress",
  Done: "done",
  Cancelled: "cancelled",
} as const;
export type ActionStatus = (typeof ActionStatus)[keyof typeof ActionStatus];

export interface ActivityContributionResponse {
  count: number;
  /** Hours, days, room-days… in the unit. */
  quantity: number;
  type: ContributionType;
  unit: ContributionUnit;
  valueCents: number;
}

export interface ActivityEventResponse {
  number?: number;
  /** YYYY-MM-DD, Paris time. */
  on: string;
  title: string;
}

export interface ActivityFiguresResponse {
  contributions: ActivityContributionResponse[];
  contributionsValueCents: number;
  decisions: ActivityEventResponse[];
  decisionsAdopted: number;
  meetings: ActivityEventResponse[];
  meetingsHeld: number;
  newsletters: ActivityEventResponse[];
  newslettersSent: number;
  volunteersWelcomed: number;
}

export interface ActivityReportDocxParams {
  /** @format date */
  from?: string;
  id: string;
  /** @format date */
  to?: string;
}

export interface ActivityReportGetParams {
  /** @format date */
  from?: string;
  id: string;
  /** @format date */
  to?: string;
}

export interface ActivityReportPdfParams {
  /** @format date */
  from?: string;
  id: string;
  /** @format date */
  to?: string;
}

export interface ActivityReportRegenerateParams {
  /** @format date */
  from?: string;
  id: string;
  /** @format date */
  to?: string;
}

export interface ActivityReportResponse {
  figures: ActivityFiguresResponse;
  from: string;
  funderName: string;
  grantId: string;
  grantTitle: string;
  /** False while the report is the draft (nothing saved for this period). */
  saved: boolean;
  sections: ActivitySectionResponse[];
  to: string;
  /** @format date-time */
  updatedAt: string | null;
}

export interface ActivityReportSaveParams {
  id: string;
}

export interface ActivitySectionInput {
  /** Plain text: paragraphs, and lines starting "- " as a list. */
  body?: string | null;
  title: string;
}

export interface ActivitySectionResponse {
  /** Plain text: paragraphs, and lines starting "- " as a list. */
  body: string;
  title: string;
}

export interface AddMemberDto {
  /** @format date */
  endedOn?: string | null;
  /** @format uuid */
  personId: string;
  role: MemberRole;
  /**
   * Today (Paris) when left out.
   * @format date
   */
  startedOn?: string;
}

export interface AddVolunteerDto {
  message?: string | null;
  /** @format uuid */
  personId: string;
}

export interface AgendaBlockDto {
  /**
   * @maxItems 30
   * @minItems 1
   */
  events: AgendaEventDto[];
  /** @format uuid */
  id?: string;
  title?: string | null;
  type: "agenda";
}

export interface AgendaEventDto {
  /** @format date */
  date: string;
  place: string;
  /** @pattern ^([01]\d|2[0-3]):[0-5]\d$ */
  time?: string | null;
  title: string;
  url?: string | null;
}

export interface AgendaItemInput {
  details?: string | null;
  /**
   * @min 1
   * @max 600
   */
  durationMinutes?: number | null;
  title: string;
}

export interface ApproveSplitDto {
  /**
   * The COPIL decision that adopted the split, if any.
   * @format uuid
   */
  copilDecisionId?: string | null;
  /**
   * The fingerprint of the result the approver looked at: if the result has changed since, approval is refused.
   * @pattern ^[0-9a-f]{64}$
   */
  fingerprint?: string;
}

export interface ArchivedIssueResponse {
  number: number;
  preheader: string | null;
  /** @format date-time */
  sentAt: string;
  title: string;
}

export interface ArticleBlockDto {
  /** @format uuid */
  id?: string;
  imageAlt?: string | null;
  imageUrl?: string | null;
  linkLabel?: string | null;
  linkUrl?: string | null;
  text: string;
  title: string;
  type: "article";
}

export interface AttendanceResponse {
  attended: boolean | null;
  eventId: string;
  kind: EventKind;
  personId: string;
  personName: string;
  registrationId: string;
  sourceName: string | null;
  /** @format date-time */
  startsAt: string;
  status: RegistrationStatus;
  title: string;
}

export const AttendanceStatus = {
  Invited: "invited",
  Present: "present",
  Excused: "excused",
  Absent: "absent",
} as const;
export type AttendanceStatus =
  (typeof AttendanceStatus)[keyof typeof AttendanceStatus];

export interface AttendeeInput {
  /**
   * The organisation the person represents at this meeting: one of theirs.
   * @format uuid
   */
  organisationId?: string | null;
  /** @format uuid */
  personId: string;
  status?: AttendanceStatus;
}

export const Audience = {
  Source: "source",
  Ambassador: "ambassador",
  Copil: "copil",
  Public: "public",
} as const;
export type Audience = (typeof Audience)[keyof typeof Audience];

export interface AuditEntryPage {
  items: AuditEntryResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface AuditEntryResponse {
  action: string;
  actorId: string | null;
  actorName: string | null;
  after: Record<string, any> | null;
  /** @format date-time */
  at: string;
  /** The changed fields before and after (secrets never recorded). */
  before: Record<string, any> | null;
  entityId: string | null;
  /** The record's name, when the reader may read it. */
  entityName: string | null;
  entityType: string;
  id: string;
  ip: string | null;
  /** Names of the records the changed fields point at (id → name), those the reader may read. */
  names: Record<string, string>;
}

export interface AuditExportParams {
  /** @maxLength 40 */
  action?: string;
  /** @format uuid */
  actorId?: string;
  /** @maxLength 64 */
  entityId?: string;
  /** @maxLength 60 */
  entityType?: string;
  format?: "csv";
  /** @format date */
  from?: string;
  /** @default "asc" */
  order?: "asc" | "desc";
  /** @format date */
  to?: string;
}

export interface AuditListParams {
  /** @maxLength 40 */
  action?: string;
  /** @format uuid */
  actorId?: string;
  /** @maxLength 64 */
  entityId?: string;
  /** @maxLength 60 */
  entityType?: string;
  /** @format date */
  from?: string;
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /** @format date */
  to?: string;
}

export interface AuditVerifyResponse {
  checked: number;
  firstBrokenId: string | null;
  ok: boolean;
}

export interface AuthDescribeInvitationParams {
  token: string;
}

export interface AuthEndSessionParams {
  id: string;
}

export interface AvailableGrantResponse {
  amountCents: number;
  funderName: string | null;
  grantId: string;
  grantTitle: string | null;
  grantedCents: number;
  /** Taken by approved splits. */
  splitCents: number;
}

export interface BackupRunResponse {
  bytes?: number;
  /** Why it failed. */
  error?: string;
  /** Name of the file written, in BACKUP_DIR. */
  file?: string;
  /**
   * When the run ended.
   * @format date-time
   */
  finishedAt: string;
  /** How long the backup took, in milliseconds. */
  ms?: number;
}

export interface BackupStatusResponse {
  /** BACKUP_DAILY: a backup every night. */
  daily: boolean;
  /** BACKUP_KEEP: how many backups the nightly one keeps. */
  keep: number;
  lastFailure: BackupRunResponse | null;
  lastSuccess: BackupRunResponse | null;
}

export interface BoardCardResponse {
  availableDays: WeekDay[];
  /** @format date-time */
  createdAt: string;
  email: string | null;
  firstName: string;
  groupId: string;
  heardFrom: HeardFrom | null;
  heardFromDetail: string | null;
  hoursPerMonth: number | null;
  id: string;
  lastName: string;
  /** What the volunteer wrote when offering to join. */
  message: string | null;
  /** Waiting for a welcome longer than the group allows. */
  overdue: boolean;
  personId: string;
  skills: string[];
  source: VolunteerSource;
  stage: PipelineStage;
  /** @format date-time */
  stageChangedAt: string;
  territory: string | null;
}

/** Charges 60–68 or products 70–78 (a product line's "spent" is what it brought in). */
export const BudgetAccount = {
  Value60: "60",
  Value61: "61",
  Value62: "62",
  Value63: "63",
  Value64: "64",
  Value65: "65",
  Value66: "66",
  Value67: "67",
  Value68: "68",
  Value70: "70",
  Value71: "71",
  Value72: "72",
  Value73: "73",
  Value74: "74",
  Value75: "75",
  Value76: "76",
  Value77: "77",
  Value78: "78",
} as const;
export type BudgetAccount = (typeof BudgetAccount)[keyof typeof BudgetAccount];

export const BudgetCategory = {
  Staff: "staff",
  Contractors: "contractors",
  Events: "events",
  Travel: "travel",
  Tools: "tools",
  Fees: "fees",
  Other: "other",
} as const;
export type BudgetCategory =
  (typeof BudgetCategory)[keyof typeof BudgetCategory];

export interface BudgetLineDto {
  /** Charges 60–68 or products 70–78; the category's usual account when not given. */
  account?: BudgetAccount;
  category: BudgetCategory;
  gapNote?: string | null;
  label: string;
  /**
   * @min 0
   * @max 1000000000
   */
  plannedCents: number;
}

export interface CadenceResponse {
  lastNumber: number | null;
  /** Calendar days, YYYY-MM-DD (Paris). */
  lastSentOn: string | null;
  nextDueOn: string | null;
  nextNumber: number;
  reminderOn: string | null;
  /** @format date-time */
  reminderSentAt: string | null;
}

export interface CampaignResponse {
  /** @format date-time */
  archivedAt: string | null;
  /** @format date-time */
  createdAt: string;
  description: string | null;
  donorsCount: number;
  endsOn: string | null;
  giftsCount: number;
  goalCents: number | null;
  helloassoFormSlug: string | null;
  helloassoFormType: string | null;
  id: string;
  /** Donors of the campaign whose monthly gift stopped. */
  lapsedDonorsCount: number;
  name: string;
  publicPage: boolean;
  raisedCents: number;
  slug: string;
  /** Calendar days, YYYY-MM-DD. */
  startsOn: string | null;
  /** @format date-time */
  updatedAt: string;
}

export interface CancelReceiptDto {
  reason: string;
  /** Issue a new receipt (a new number) for the same gifts at once. */
  reissue?: boolean;
}

export interface CancelRegistrationDto {
  /**
   * The secret of the link in the registration's mails.
   * @minLength 1
   * @maxLength 64
   */
  token: string;
}

export interface CancelledResponse {
  eventTitle: string;
}

export interface ChangeEmailDto {
  /** @maxLength 200 */
  currentPassword: string;
  /**
   * @format email
   * @maxLength 254
   */
  email: string;
}

export interface ChangeGrantStatusDto {
  /**
   * Required to grant, unless the grant already has it.
   * @min 0
   * @max 1000000000
   */
  amountGrantedCents?: number;
  note?: string | null;
  /**
   * The day it happened (today when absent); never in the future, never before the previous change.
   * @format date
   */
  on?: string;
  status: GrantStatus;
}

export interface ChangeLocaleDto {
  locale: "fr" | "en";
}

export interface ChangePasswordDto {
  /** @maxLength 200 */
  currentPassword: string;
  newPassword: string;
}

export interface CheckReportResponse {
  bytes: number;
  ok: boolean;
  problems: ProblemResponse[];
}

export interface CofinancingResponse {
  grantCents: number;
  inKindCents: number;
  otherFundersCents: number;
  ownFundsCents: number;
  /** (own funds + other funders + in-kind) / grant; null when the grant is 0. */
  ratio: number | null;
}

export interface ConfirmDto {
  /** @maxLength 200 */
  token: string;
}

export interface ConfirmedResponse {
  email: string;
  /** The names of the lists confirmed. */
  lists: string[];
}

export const ConsentAction = {
  SubscribeRequested: "subscribe_requested",
  Confirmed: "confirmed",
  Imported: "imported",
  AddedByStaff: "added_by_staff",
  Unsubscribed: "unsubscribed",
  Bounced: "bounced",
  Complained: "complained",
} as const;
export type ConsentAction = (typeof ConsentAction)[keyof typeof ConsentAction];

export interface ConsentEventResponse {
  action: ConsentAction;
  /** The staff account, when the change was made in the backoffice. */
  actorId: string | null;
  /** @format date-time */
  at: string;
  id: string;
  ip: string | null;
  listId: string | null;
  /** The page of the form, the import's description, "one-click"… */
  source: string;
  textVersion: string | null;
  userAgent: string | null;
}

export interface ConsentTextResponse {
  en: string;
  fr: string;
}

export interface ContractorsAddEntryParams {
  id: string;
}

export interface ContractorsDeleteEntryParams {
  id: string;
}

export interface ContractorsEntriesParams {
  id: string;
  /**
   * A month, `YYYY-MM`.
   * @pattern ^\d{4}-(0[1-9]|1[0-2])$
   */
  month?: string;
  /** @default "desc" */
  order?: "asc" | "desc";
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 100
   */
  pageSize?: number;
}

export interface ContractorsExportEntriesParams {
  format?: "csv" | "xlsx";
  id: string;
  /**
   * A month, `YYYY-MM`.
   * @pattern ^\d{4}-(0[1-9]|1[0-2])$
   */
  month?: string;
  /** @default "desc" */
  order?: "asc" | "desc";
}

export interface ContractorsExportParams {
  /** Only the missions running today. */
  active?: boolean;
  /** @format uuid */
  contractorPersonId?: string;
  format?: "csv";
  /** @default "asc" */
  order?: "asc" | "desc";
  /** @maxLength 100 */
  q?: string;
  /** @default "startsOn" */
  sort?: "title" | "startsOn" | "endsOn";
}

export interface ContractorsGetParams {
  id: string;
}

export interface ContractorsListParams {
  /** Only the missions running today. */
  active?: boolean;
  /** @format uuid */
  contractorPersonId?: string;
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /** @maxLength 100 */
  q?: string;
  /** @default "startsOn" */
  sort?: "title" | "startsOn" | "endsOn";
}

export interface ContractorsUpdateEntryParams {
  id: string;
}

export interface ContractorsUpdateParams {
  id: string;
}

export interface ContributionDetailResponse {
  /** A justified value given instead of the rate table. */
  amountCents: number | null;
  /** @format date-time */
  createdAt: string;
  /** No organisation is credited, or one the person who gave it belongs to (what some roles' write rules require). */
  creditedToGiver: boolean;
  description: string;
  endsOn: string;
  /** The account that typed it in. */
  enteredById: string;
  enteredByName: string | null;
  evidence: ContributionEvidenceResponse | null;
  evidenceUrl: string | null;
  grantId: string | null;
  grantTitle: string | null;
  id: string;
  /** Null for a person who gives in their own name. */
  organisationId: string | null;
  organisationName: string | null;
  /** Who gave it. */
  personId: string | null;
  personName: string | null;
  quantity: number;
  /** The rate it was valued with, per unit. */
  rateCents: number | null;
  rateId: string | null;
  rateLabel: string | null;
  rejectionReason: string | null;
  /** @format date-time */
  reviewedAt: string | null;
  reviewedById: string | null;
  reviewedByName: string | null;
  /** Calendar days, YYYY-MM-DD. */
  startsOn: string;
  status: ContributionStatus;
  /** @format date-time */
  submittedAt: string | null;
  submittedById: string | null;
  submittedByName: string | null;
  type: ContributionType;
  unit: ContributionUnit;
  /** @format date-time */
  updatedAt: string;
  valueCents: number;
  workingGroupId: string | null;
  /** Null when there is no link, or when the reader may not read the group or grant linked. */
  workingGroupName: string | null;
}

export interface ContributionEvidenceResponse {
  contentType: EvidenceContentType;
  fileName: string;
  /** Bytes. */
  size: number;
  /** @format date-time */
  uploadedAt: string;
}

export interface ContributionKindResponse {
  type: ContributionType;
  units: ContributionUnit[];
}

export interface ContributionPageResponse {
  items: ContributionResponse[];
  page: number;
  pageSize: number;
  total: number;
  /** Value of every contribution the filters match, not only this page's. */
  totalValueCents: number;
}

export interface ContributionRateResponse {
  id: string;
  label: string;
  rateCents: number;
  type: ContributionType;
  unit: ContributionUnit;
  /** YYYY-MM-DD. */
  validFrom: string;
}

export interface ContributionRatesUpdateParams {
  id: string;
}

export interface ContributionResponse {
  /** A justified value given instead of the rate table. */
  amountCents: number | null;
  /** @format date-time */
  createdAt: string;
  /** No organisation is credited, or one the person who gave it belongs to (what some roles' write rules require). */
  creditedToGiver: boolean;
  description: string;
  endsOn: string;
  /** The account that typed it in. */
  enteredById: string;
  grantId: string | null;
  id: string;
  /** Null for a person who gives in their own name. */
  organisationId: string | null;
  organisationName: string | null;
  /** Who gave it. */
  personId: string | null;
  personName: string | null;
  quantity: number;
  /** The rate it was valued with, per unit. */
  rateCents: number | null;
  rejectionReason: string | null;
  /** @format date-time */
  reviewedAt: string | null;
  /** Calendar days, YYYY-MM-DD. */
  startsOn: string;
  status: ContributionStatus;
  /** @format date-time */
  submittedAt: string | null;
  type: ContributionType;
  unit: ContributionUnit;
  /** @format date-time */
  updatedAt: string;
  valueCents: number;
  workingGroupId: string | null;
}

export const ContributionSort = {
  StartsOn: "startsOn",
  ValueCents: "valueCents",
  CreatedAt: "createdAt",
  Status: "status",
  Type: "type",
} as const;
export type ContributionSort =
  (typeof ContributionSort)[keyof typeof ContributionSort];

export const ContributionStatus = {
  Draft: "draft",
  Submitted: "submitted",
  Validated: "validated",
  Rejected: "rejected",
} as const;
export type ContributionStatus =
  (typeof ContributionStatus)[keyof typeof ContributionStatus];

export interface ContributionTotalResponse {
  count: number;
  grantId?: string | null;
  organisationId?: string | null;
  organisationName?: string | null;
  /** First day of the month, quarter or year. */
  period?: string;
  /** Only when grouped by unit: hours and room-days do not add up. */
  quantity?: number;
  status?: ContributionStatus;
  type?: ContributionType;
  unit?: ContributionUnit;
  valueCents: number;
  workingGroupId?: string | null;
}

export const ContributionType = {
  WorkingTime: "working_time",
  Room: "room",
  FinancialParticipation: "financial_participation",
  FinancialManagement: "financial_management",
  HostingTools: "hosting_tools",
  Other: "other",
} as const;
export type ContributionType =
  (typeof ContributionType)[keyof typeof ContributionType];

export const ContributionUnit = {
  Hour: "hour",
  Day: "day",
  RoomDay: "room_day",
  RoomHalfDay: "room_half_day",
  Month: "month",
  Unit: "unit",
  Euro: "euro",
} as const;
export type ContributionUnit =
  (typeof ContributionUnit)[keyof typeof ContributionUnit];

export interface ContributionsAttachParams {
  id: string;
}

export interface ContributionsCorrectParams {
  id: string;
}

export interface ContributionsDetachParams {
  id: string;
}

export interface ContributionsEvidenceFileParams {
  id: string;
}

export interface ContributionsExportParams {
  format?: "csv" | "xlsx";
  /**
   * First day of the period (YYYY-MM-DD), on the contribution’s start day
   * @format date
   */
  from?: string;
  /** @format uuid */
  grantId?: string;
  /** @format uuid */
  organisationId?: string;
  /** @format uuid */
  personId?: string;
  status?: ContributionStatus;
  /** @format date */
  to?: string;
  type?: ContributionType;
  /** @format uuid */
  workingGroupId?: string;
}

export interface ContributionsGetParams {
  id: string;
}

export interface ContributionsListParams {
  /**
   * First day of the period (YYYY-MM-DD), on the contribution’s start day
   * @format date
   */
  from?: string;
  /** @format uuid */
  grantId?: string;
  /**
   * Newest first unless asked otherwise.
   * @default "desc"
   */
  order?: "asc" | "desc";
  /** @format uuid */
  organisationId?: string;
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /** @format uuid */
  personId?: string;
  sort?: ContributionSort;
  status?: ContributionStatus;
  /** @format date */
  to?: string;
  type?: ContributionType;
  /** @format uuid */
  workingGroupId?: string;
}

export interface ContributionsRemoveParams {
  id: string;
}

export interface ContributionsTotalsOfParams {
  /**
   * First day of the period (YYYY-MM-DD), on the contribution’s start day
   * @format date
   */
  from?: string;
  /** @format uuid */
  grantId?: string;
  /** Repeated, or comma-separated: at most 4 */
  groupBy?: TotalDimension[];
  /** @format uuid */
  organisationId?: string;
  period?: TotalPeriod;
  /** @format uuid */
  personId?: string;
  status?: ContributionStatus;
  /** @format date */
  to?: string;
  type?: ContributionType;
  /** @format uuid */
  workingGroupId?: string;
}

export interface ContributionsUpdateParams {
  id: string;
}

export interface CoordinatorHomeResponse {
  /** Applications, reports and instalments due within 42 days (six weeks), overdue ones included. */
  deadlinesSoon: number;
  /** Funding alerts (agreement missing, public threshold, report still due). */
  fundingAlerts: number;
  /** Groups with a newcomer waiting longer than the group's welcome delay. */
  groupsLateWelcome: number;
  /** Active groups missing a referent, a facilitator or a welcome person. */
  groupsWithGaps: number;
  /** Accounts invited that never signed in. */
  invitationsPending: number;
  /**
   * When the last backup succeeded; null when none has.
   * @format date-time
   */
  lastBackupAt: string | null;
  /** The next newsletter's due date, from the cadence; null before the first issue is sent. */
  nextNewsletterDueOn: string | null;
  /** The network's actions past their due date and not done. */
  overdueActions: number;
  /** Newsletter proposals not yet accepted or declined. */
  proposalsToReview: number;
  /** Contributions submitted and not yet validated or rejected, whatever their date. */
  toValidate: HomeCountResponse;
}

export interface CorrectContributionDto {
  /**
   * A justified value in cents, instead of quantity × rate.
   * @min 0
   * @max 1000000000
   */
  amountCents?: number | null;
  description?: string;
  /**
   * Last day of the period; the first day when absent.
   * @format date
   */
  endsOn?: string | null;
  /**
   * @format uri
   * @maxLength 500
   */
  evidenceUrl?: string | null;
  /** @format uuid */
  grantId?: string | null;
  /**
   * Absent or null: given by a person in their own name.
   * @format uuid
   */
  organisationId?: string | null;
  /**
   * Who gave it; the account that types it in is recorded apart.
   * @format uuid
   */
  personId?: string | null;
  /**
   * @min 0.01
   * @max 1000000
   */
  quantity?: number;
  reason: string;
  /** @format date */
  startsOn?: string;
  type?: ContributionType;
  unit?: ContributionUnit;
  /** @format uuid */
  workingGroupId?: string | null;
}

export interface CreateActionItemDto {
  /** @format uuid */
  decisionId?: string | null;
  details?: string | null;
  /** @format date */
  dueOn: string;
  /** @format uuid */
  meetingId?: string | null;
  /** @format uuid */
  ownerGroupId?: string | null;
  /**
   * The owner: a person or a working group, one of the two.
   * @format uuid
   */
  ownerPersonId?: string | null;
  status?: ActionStatus;
  title: string;
}

export interface CreateCampaignDto {
  description?: string | null;
  /** @format date */
  endsOn?: string | null;
  /**
   * @min 100
   * @max 1000000000
   */
  goalCents?: number | null;
  /**
   * @maxLength 200
   * @pattern ^[a-z0-9-]+$
   */
  helloassoFormSlug?: string | null;
  /**
   * HelloAsso's form type (`Donation`, `CrowdFunding`…) and slug, from the form's address.
   * @maxLength 30
   * @pattern ^[A-Za-z]+$
   */
  helloassoFormType?: string | null;
  name: string;
  publicPage?: boolean;
  /**
   * The public page's address: lower-case letters, digits and dashes.
   * @maxLength 80
   * @pattern ^[a-z0-9]+(-[a-z0-9]+)*$
   */
  slug: string;
  /** @format date */
  startsOn?: string | null;
}

export interface CreateContributionDto {
  /**
   * A justified value in cents, instead of quantity × rate.
   * @min 0
   * @max 1000000000
   */
  amountCents?: number | null;
  description: string;
  /**
   * Last day of the period; the first day when absent.
   * @format date
   */
  endsOn?: string | null;
  /**
   * @format uri
   * @maxLength 500
   */
  evidenceUrl?: string | null;
  /** @format uuid */
  grantId?: string | null;
  /**
   * Absent or null: given by a person in their own name.
   * @format uuid
   */
  organisationId?: string | null;
  /**
   * Who gave it; the account that types it in is recorded apart.
   * @format uuid
   */
  personId?: string | null;
  /**
   * @min 0.01
   * @max 1000000
   */
  quantity: number;
  /** @format date */
  startsOn: string;
  type: ContributionType;
  unit: ContributionUnit;
  /** @format uuid */
  workingGroupId?: string | null;
}

export interface CreateDecisionDto {
  /** @format date */
  decidedOn: string;
  /**
   * The meeting where it was taken; none for a decision taken online.
   * @format uuid
   */
  meetingId?: string | null;
  method: DecisionMethod;
  /** @maxLength 500 */
  onlineLink?: string | null;
  outcome: DecisionOutcome;
  proposal: string;
  /** @format uuid */
  proposedByPersonId?: string | null;
  title: string;
  /** `public`: every signed-in person reads it, volunteers and contractors included; `copil` (the default): not them. */
  visibility?: DecisionVisibility;
  /** @min 0 */
  votesAbstain?: number | null;
  /** @min 0 */
  votesAgainst?: number | null;
  /**
   * The three counts are required for a vote, and refused otherwise.
   * @min 0
   */
  votesFor?: number | null;
  /** @format uuid */
  workingGroupId?: string | null;
}

export interface CreateEventDto {
  audience: Audience;
  /**
   * @min 1
   * @max 10000
   */
  capacity: number;
  description?: string | null;
  endsAt: string;
  /** @format uuid */
  groupId: string;
  kind: EventKind;
  mode: EventMode;
  place?: string | null;
  registrationOpen?: boolean;
  /** With its offset (`2027-01-14T18:30:00+01:00`): shown in Paris time. */
  startsAt: string;
  title: string;
  trainer?: string | null;
  /**
   * @format uri
   * @maxLength 500
   */
  videoLink?: string | null;
}

export interface CreateFunderDto {
  /**
   * The people to talk to, in order; on update, replaces the whole list.
   * @maxItems 20
   */
  contacts?: FunderContactInput[];
  kind: FunderKind;
  name: string;
  notes?: string | null;
  website?: string | null;
}

export interface CreateGiftDto {
  /**
   * @min 1
   * @max 1000000000
   */
  amountCents: number;
  /** @format uuid */
  campaignId?: string | null;
  donor?: DonorInput;
  /**
   * An existing donor, or `donor` to find or create one (matched by email, SIREN or name).
   * @format uuid
   */
  donorId?: string;
  frequency?: GiftFrequency;
  paymentMethod: PaymentMethod;
  /** @format date */
  receivedOn: string;
  reference?: string | null;
  /** @format uuid */
  strategyActionId?: string | null;
}

export interface CreateGrantDto {
  /** @format date */
  agreementSignedOn?: string | null;
  /**
   * More than requested is allowed (a funder may top up); a negative amount is not.
   * @min 0
   * @max 1000000000
   */
  amountGrantedCents?: number | null;
  /**
   * @min 0
   * @max 1000000000
   */
  amountRequestedCents: number;
  /** @format date */
  applicationDeadline?: string | null;
  currency?: Currency;
  /** @format date */
  endsOn?: string | null;
  expectedResults?: string | null;
  /** @format uuid */
  funderId: string;
  notes?: string | null;
  /** As the application words them: the activity report's draft starts from them. */
  objectives?: string | null;
  /**
   * @min 0
   * @max 1000000000
   */
  ownFundsCents?: number;
  reference?: string | null;
  /** Who signs the financial report's attestation, and as what (président·e, trésorier·e…). */
  signatoryName?: string | null;
  signatoryRole?: string | null;
  /** @format date */
  startsOn?: string | null;
  /** Where the grant starts its life here: usually a prospect, or an application already sent, or a past decision. */
  status?: GrantInitialStatus;
  /**
   * The day of that status (today when absent).
   * @format date
   */
  statusOn?: string;
  /**
   * @maxItems 30
   * @uniqueItems true
   */
  strategyActionIds?: string[];
  title: string;
  /**
   * @maxItems 30
   * @uniqueItems true
   */
  workingGroupIds?: string[];
}

export interface CreateIssueDto {
  blocks: (
    | EditorialBlockDto
    | ArticleBlockDto
    | AgendaBlockDto
    | NewMembersBlockDto
    | DonationBlockDto
  )[];
  countOpens?: boolean;
  /** @maxItems 20 */
  listIds?: string[];
  locale?: Locale;
  preheader?: string | null;
  sendAt?: string | null;
  title: string;
}

export interface CreateKitDto {
  audience: Audience;
  description?: string | null;
  /** @format uuid */
  groupId: string;
  /** @maxItems 20 */
  links?: string[];
  /** @format date */
  publishedOn: string;
  title: string;
  version: string;
}

export interface CreateListDto {
  description?: string | null;
  isPublic?: boolean;
  /**
   * Lower-case letters, digits and dashes: it ends up in the List-Id header.
   * @maxLength 60
   * @pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$
   */
  key: string;
  name: string;
}

export interface CreateMeetingDto {
  /**
   * In order; on update, replaces the whole agenda.
   * @maxItems 60
   */
  agenda?: AgendaItemInput[];
  /**
   * On update, replaces the whole list (statuses included).
   * @maxItems 400
   */
  attendees?: AttendeeInput[];
  /** @maxItems 60 */
  documents?: DocumentInput[];
  endsAt: string;
  kind: MeetingKind;
  minutes?: string | null;
  place?: string | null;
  startsAt: string;
  title: string;
  /** @maxLength 500 */
  videoLink?: string | null;
  /** @format uuid */
  workingGroupId?: string | null;
}

export interface CreateMissionDto {
  /** @format uuid */
  budgetLineId?: string | null;
  company?: string | null;
  /** @format uuid */
  contractorPersonId: string;
  /**
   * @min 1
   * @max 1000000000
   */
  dailyRateCents: number;
  /**
   * @min 0
   * @max 31
   */
  daysPerMonth: number;
  /** @format date */
  endsOn: string;
  /** @format uuid */
  grantId?: string | null;
  /**
   * @min 1
   * @max 12
   */
  hoursPerDay?: number;
  jobDescription: string;
  /** @format date */
  startsOn: string;
  title: string;
}

export interface CreateOrganisationDto {
  /** @format date */
  candidateSince?: string | null;
  /** @format date */
  charterSignedOn?: string | null;
  /**
   * @format email
   * @maxLength 254
   */
  contactEmail?: string | null;
  contactPhone?: string | null;
  description?: string | null;
  /** @format date */
  formerSince?: string | null;
  hasCopilSeat?: boolean;
  kind: "public_body" | "association" | "cooperative" | "collective";
  /** @format date */
  memberSince?: string | null;
  membershipStatus: "candidate" | "member" | "former";
  name: string;
  /** @pattern ^\d{5}$ */
  postcode?: string | null;
  /**
   * The associations' register: W and nine digits, unique in the network.
   * @pattern ^W\d{9}$
   */
  rna?: string | null;
  /**
   * Nine digits (INSEE's company register), unique in the network: imports match organisations on it.
   * @pattern ^\d{9}$
   */
  siren?: string | null;
  territory?: string | null;
  /**
   * @format uri
   * @maxLength 300
   */
  website?: string | null;
}

export interface CreatePersonDto {
  /**
   * @format email
   * @maxLength 254
   */
  email?: string | null;
  firstName: string;
  lastName: string;
  /**
   * The organisations the person belongs to; on update, replaces the whole set.
   * @maxItems 50
   */
  memberships?: MembershipInput[];
  notes?: string | null;
  phone?: string | null;
}

export interface CreatePrivacyRequestDto {
  kind: PrivacyRequestKind;
  /** @format uuid */
  personId: string;
  /**
   * The day the request reached the network (Paris); today when left out. The legal deadline runs from it.
   * @format date
   */
  receivedOn?: string;
}

export interface CreateProposalDto {
  groupName?: string | null;
  /**
   * @format uri
   * @maxLength 500
   */
  linkUrl?: string | null;
  text: string;
  title: string;
}

export interface CreateRateDto {
  label: string;
  /**
   * @min 1
   * @max 1000000000
   */
  rateCents: number;
  type: ContributionType;
  unit: ContributionUnit;
  /** @format date */
  validFrom: string;
}

export interface CreateSourceDto {
  contacts?: string | null;
  dataKind: "events" | "places" | "actors";
  feedKind: "json" | "csv" | "gogocarto" | "semantic_bus";
  /**
   * The public feed: a Gogocarto instance's `/api/elements.json`, a CSV or JSON file, a semantic-bus endpoint.
   * @format uri
   * @maxLength 500
   */
  feedUrl?: string | null;
  /** @format uuid */
  groupId?: string | null;
  licence?: string | null;
  name: string;
  /** @format date */
  nextStepDueOn?: string | null;
  /** @format uuid */
  nextStepOwnerId?: string | null;
  /**
   * The member organisation that keeps the data; or `partnerName` for a partner still being approached.
   * @format uuid
   */
  organisationId?: string | null;
  partnerName?: string | null;
  /** @format uuid */
  referentPersonId?: string | null;
}

export interface CreateStrategyActionDto {
  /**
   * None for a cross-cutting theme.
   * @format uuid
   */
  axisId?: string | null;
  content: string;
  /**
   * The decisions that serve the action; replaces the set.
   * @maxItems 100
   */
  decisionIds?: string[];
  /** @maxItems 50 */
  grantIds?: string[];
  /** @maxItems 20 */
  groupIds?: string[];
  involvesCopil?: boolean;
  /**
   * @min 1
   * @max 99
   */
  number?: number | null;
  /**
   * @min 0
   * @max 999
   */
  personDaysPerMonth?: number | null;
  /**
   * The fund splits that carry money to the action; replaces the set.
   * @maxItems 50
   */
  splitIds?: string[];
  status?: StrategyStatus;
  /** @maxItems 20 */
  targetPublic?: string[];
  title: string;
}

export interface CreateStrategyAxisDto {
  /**
   * Its place in the strategy ("Axe 2"); one axis per number.
   * @min 1
   * @max 99
   */
  number: number;
  title: string;
}

export interface CreateSubscriberDto {
  /** Where and how the person agreed ("Fiche papier, Transiscothon de Lyon, 14 mars 2026"). */
  consentSource: string;
  /**
   * @format email
   * @maxLength 254
   */
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  /**
   * @maxItems 50
   * @minItems 1
   */
  listIds: string[];
  locale?: Locale;
}

export interface CreateTimeEntryDto {
  description: string;
  /**
   * In quarters (0.25): at most one day, or 12 hours, per entry.
   * @min 0.25
   * @max 12
   */
  quantity: number;
  unit: TimeUnit;
  /** @format date */
  workedOn: string;
}

export interface CreateWorkingGroupDto {
  /**
   * @format uri
   * @maxLength 300
   */
  chatChannel?: string | null;
  /**
   * @format email
   * @maxLength 254
   */
  mailingList?: string | null;
  meetingRhythm?: string | null;
  mission?: string | null;
  name: string;
  status?: GroupStatus;
  /**
   * Ids of strategy actions (#7); not checked against them until that module is merged.
   * @maxItems 50
   * @uniqueItems true
   */
  strategyActionIds?: string[];
  /**
   * @min 1
   * @max 90
   */
  welcomeWithinDays?: number;
}

export const Currency = {
  EUR: "EUR",
} as const;
export type Currency = (typeof Currency)[keyof typeof Currency];

export interface DashboardBudgetResponse {
  grants: DashboardGrantBudgetResponse[];
  plannedCents: number;
  spentCents: number;
}

export interface DashboardContributionsResponse {
  from: string;
  organisations: OrganisationContributionsResponse[];
  to: string;
}

export interface DashboardGrantBudgetResponse {
  grantId: string;
  plannedCents: number;
  spentCents: number;
  title: string;
}

export interface DashboardMoneyResponse {
  expectedCents: number;
  grantedCents: number;
  /** Of the grants agreed this year: instalments scheduled and not received yet, at any date. */
  ofGrantedExpectedCents: number;
  /** Of the grants agreed this year: what was received of them, at any date. */
  ofGrantedReceivedCents: number;
  /** Of the grants agreed this year: what no instalment covers yet (granted − received − expected). */
  ofGrantedUnscheduledCents: number;
  overdueCents: number;
  receivedCents: number;
}

export interface DashboardMonthResponse {
  expectedCents: number;
  /** 1–12. */
  month: number;
  receivedCents: number;
}

export interface DashboardResourceResponse {
  cents: number;
  count: number;
  /** The campaign; null for gifts outside any campaign. */
  label: string | null;
  source: YearResourceSource;
}

export const DeadlineKind = {
  Application: "application",
  Report: "report",
  Instalment: "instalment",
} as const;
export type DeadlineKind = (typeof DeadlineKind)[keyof typeof DeadlineKind];

export interface DeadlineResponse {
  amountCents: number | null;
  dueOn: string;
  funderName: string;
  grantId: string;
  grantTitle: string;
  /** The grant for an application deadline, else the report's or instalment's id. */
  itemId: string;
  kind: DeadlineKind;
  /** The report's or instalment's label; null for an application deadline. */
  label: string | null;
  overdue: boolean;
}

export interface DecisionDetailResponse {
  amendmentCount: number;
  /** Only those the reader may read. */
  amendments: DecisionResponse[];
  amendsDecisionId: string | null;
  amendsNumber: number | null;
  /** A calendar day, YYYY-MM-DD. */
  decidedOn: string;
  id: string;
  meetingId: string | null;
  /** @format date-time */
  meetingStartsAt: string | null;
  meetingTitle: string | null;
  method: DecisionMethod;
  /** The number people cite ("décision n° 42"). */
  number: number;
  onlineLink: string | null;
  outcome: DecisionOutcome;
  proposal: string;
  proposedByName: string | null;
  proposedByPersonId: string | null;
  /** @format date-time */
  recordedAt: string;
  strategyActions: DecisionStrategyActionResponse[];
  title: string;
  visibility: DecisionVisibility;
  votesAbstain: number | null;
  votesAgainst: number | null;
  votesFor: number | null;
  workingGroupId: string | null;
}

export const DecisionMethod = {
  Consent: "consent",
  Vote: "vote",
  Consensus: "consensus",
} as const;
export type DecisionMethod =
  (typeof DecisionMethod)[keyof typeof DecisionMethod];

export const DecisionOutcome = {
  Adopted: "adopted",
  Rejected: "rejected",
  Postponed: "postponed",
} as const;
export type DecisionOutcome =
  (typeof DecisionOutcome)[keyof typeof DecisionOutcome];

export interface DecisionPage {
  items: DecisionResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface DecisionResponse {
  amendmentCount: number;
  amendsDecisionId: string | null;
  amendsNumber: number | null;
  /** A calendar day, YYYY-MM-DD. */
  decidedOn: string;
  id: string;
  meetingId: string | null;
  /** @format date-time */
  meetingStartsAt: string | null;
  meetingTitle: string | null;
  method: DecisionMethod;
  /** The number people cite ("décision n° 42"). */
  number: number;
  onlineLink: string | null;
  outcome: DecisionOutcome;
  proposal: string;
  proposedByName: string | null;
  proposedByPersonId: string | null;
  /** @format date-time */
  recordedAt: string;
  title: string;
  visibility: DecisionVisibility;
  votesAbstain: number | null;
  votesAgainst: number | null;
  votesFor: number | null;
  workingGroupId: string | null;
}

export interface DecisionStrategyActionResponse {
  id: string;
  title: string;
}

export interface DecisionSummaryResponse {
  amendsDecisionId: string | null;
  decidedOn: string;
  id: string;
  method: DecisionMethod;
  number: number;
  outcome: DecisionOutcome;
  title: string;
  visibility: DecisionVisibility;
}

export const DecisionVisibility = {
  Copil: "copil",
  Public: "public",
} as const;
export type DecisionVisibility =
  (typeof DecisionVisibility)[keyof typeof DecisionVisibility];

export interface DecisionsAmendParams {
  id: string;
}

export interface DecisionsExportParams {
  format?: "csv";
  /** @format date */
  from?: string;
  /** @format uuid */
  meetingId?: string;
  method?: DecisionMethod;
  /** @default "desc" */
  order?: "asc" | "desc";
  outcome?: DecisionOutcome;
  /** @maxLength 100 */
  q?: string;
  /** @default "decidedOn" */
  sort?: "number" | "title" | "decidedOn";
  /** @format date */
  to?: string;
  visibility?: DecisionVisibility;
  /** @format uuid */
  workingGroupId?: string;
}

export interface DecisionsGetParams {
  id: string;
}

export interface DecisionsListParams {
  /** @format date */
  from?: string;
  /** @format uuid */
  meetingId?: string;
  method?: DecisionMethod;
  /** @default "desc" */
  order?: "asc" | "desc";
  outcome?: DecisionOutcome;
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /** @maxLength 100 */
  q?: string;
  /** @default "decidedOn" */
  sort?: "number" | "title" | "decidedOn";
  /** @format date */
  to?: string;
  visibility?: DecisionVisibility;
  /** @format uuid */
  workingGroupId?: string;
}

export interface DeclineProposalDto {
  note?: string | null;
}

export interface DeliverableDto {
  /** @format date */
  dueOn: string;
  status?: DeliverableStatus;
  title: string;
}

export const DeliverableStatus = {
  Planned: "planned",
  InProgress: "in_progress",
  Delivered: "delivered",
  Cancelled: "cancelled",
} as const;
export type DeliverableStatus =
  (typeof DeliverableStatus)[keyof typeof DeliverableStatus];

export interface DeliveryPage {
  items: DeliveryResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface DeliveryResponse {
  attempts: number;
  email: string;
  firstName: string | null;
  id: string;
  lastName: string | null;
  /** @format date-time */
  sentAt: string | null;
  /** The SMTP server's last answer. */
  smtpResponse: string | null;
  status: DeliveryStatus;
  subscriberId: string;
}

export const DeliveryStatus = {
  Queued: "queued",
  Claimed: "claimed",
  Sending: "sending",
  Sent: "sent",
  Failed: "failed",
  Bounced: "bounced",
  Complained: "complained",
  Uncertain: "uncertain",
  Skipped: "skipped",
} as const;
export type DeliveryStatus =
  (typeof DeliveryStatus)[keyof typeof DeliveryStatus];

export interface DocumentDto {
  kind: DocumentKind;
  label: string;
  /**
   * @format uri
   * @maxLength 500
   */
  url: string;
}

export interface DocumentInput {
  label: string;
  /** @maxLength 500 */
  url: string;
}

export const DocumentKind = {
  Application: "application",
  Agreement: "agreement",
  Budget: "budget",
  Report: "report",
  Other: "other",
} as const;
export type DocumentKind = (typeof DocumentKind)[keyof typeof DocumentKind];

export interface DonationBlockDto {
  buttonLabel: string;
  buttonUrl: string;
  /**
   * The campaign whose progress (amount raised, goal, donors) the block shows, read when the issue is rendered.
   * @format uuid
   */
  campaignId?: string | null;
  /** @format uuid */
  id?: string;
  text: string;
  title: string;
  type: "donation";
}

export interface DonationSettingsDto {
  legalAddress?: string | null;
  legalName?: string | null;
  legalObject?: string | null;
  /** @pattern ^\d{9}$ */
  legalSiren?: string | null;
  legalStatus?: string | null;
  receiptsEnabled: boolean;
  /**
   * @min 1
   * @max 90
   */
  recurringGraceDays: number;
  signatoryName?: string | null;
  signatoryRole?: string | null;
}

export interface DonationSettingsResponse {
  legalAddress: string | null;
  legalName: string | null;
  legalObject: string | null;
  legalSiren: string | null;
  legalStatus: string | null;
  receiptsEnabled: boolean;
  recurringGraceDays: number;
  signatoryName: string | null;
  signatoryRole: string | null;
}

export interface DonationsCancelReceiptParams {
  id: string;
}

export interface DonationsDeclarationCsvParams {
  /**
   * @min 2000
   * @max 2099
   */
  year: number;
}

export interface DonationsDeclarationParams {
  /**
   * @min 2000
   * @max 2099
   */
  year: number;
}

export interface DonationsGetCampaignParams {
  id: string;
}

export interface DonationsGetDonorParams {
  id: string;
}

export interface DonationsImportHelloAssoParams {
  id: string;
}

export interface DonationsListDonorsParams {
  /** Only donors whose monthly gift stopped. */
  lapsed?: boolean;
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /**
   * Search in names, organisation and email
   * @maxLength 100
   */
  q?: string;
}

export interface DonationsListGiftsParams {
  /** @format uuid */
  campaignId?: string;
  /** @format uuid */
  donorId?: string;
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /** true: gifts with a receipt in force; false: paid gifts still without one. */
  receipted?: boolean;
  status?: GiftStatus;
  /**
   * @min 2000
   * @max 2099
   */
  year?: number;
}

export interface DonationsListReceiptsParams {
  /** @format uuid */
  donorId?: string;
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /**
   * @min 2000
   * @max 2099
   */
  year?: number;
}

export interface DonationsPublicCampaignParams {
  slug: string;
}

export interface DonationsReceiptPdfParams {
  id: string;
}

export interface DonationsUpdateCampaignParams {
  id: string;
}

export interface DonationsUpdateDonorParams {
  id: string;
}

export interface DonorDetailResponse {
  address: string | null;
  city: string | null;
  /** @format date-time */
  createdAt: string;
  /** The name as a receipt prints it: the organisation's, or « First Last ». */
  displayName: string;
  email: string | null;
  firstName: string | null;
  gifts: GiftResponse[];
  giftsCount: number;
  id: string;
  kind: DonorKind;
  lastGiftOn: string | null;
  lastName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  personId: string | null;
  postcode: string | null;
  publicName: boolean;
  receipts: ReceiptResponse[];
  /** A monthly gift expected more than the grace days ago did not come. */
  recurringLapsed: boolean;
  siren: string | null;
  totalCents: number;
}

export interface DonorInput {
  address?: string | null;
  city?: string | null;
  /**
   * @format email
   * @maxLength 254
   */
  email?: string | null;
  firstName?: string | null;
  kind: DonorKind;
  lastName?: string | null;
  organisationName?: string | null;
  /** @pattern ^[0-9A-Za-z -]{2,10}$ */
  postcode?: string | null;
  /** The donor agrees to be named on the campaign's public page. */
  publicName?: boolean;
  /** @pattern ^\d{9}$ */
  siren?: string | null;
}

export const DonorKind = {
  Person: "person",
  Organisation: "organisation",
} as const;
export type DonorKind = (typeof DonorKind)[keyof typeof DonorKind];

export interface DonorPage {
  items: DonorResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface DonorResponse {
  address: string | null;
  city: string | null;
  /** @format date-time */
  createdAt: string;
  /** The name as a receipt prints it: the organisation's, or « First Last ». */
  displayName: string;
  email: string | null;
  firstName: string | null;
  giftsCount: number;
  id: string;
  kind: DonorKind;
  lastGiftOn: string | null;
  lastName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  personId: string | null;
  postcode: string | null;
  publicName: boolean;
  /** A monthly gift expected more than the grace days ago did not come. */
  recurringLapsed: boolean;
  siren: string | null;
  totalCents: number;
}

export interface EditorialBlockDto {
  html: string;
  /** @format uuid */
  id?: string;
  title?: string | null;
  type: "editorial" | "free_text";
}

export interface ErrorDetail {
  /**
   * A stable code the UI can rely on, from the modules' catalogues (`contributions.locked`,
   * `auth.second_factor_required`…); the contract lists them all.
   */
  code:
    | "auth.account_already_exists_address"
    | "auth.address_already_use"
    | "auth.current_password_wrong"
    | "auth.invalid_credentials"
    | "auth.invalid_identifier"
    | "auth.invalid_second_factor"
    | "auth.invitation_already_accepted"
    | "auth.invitation_revoked"
    | "auth.last_admin"
    | "auth.link_expired"
    | "auth.only_admin_can_grant_admin"
    | "auth.password_too_weak"
    | "auth.role_requires_two_factor_authentication"
    | "auth.second_factor_required"
    | "auth.two_factor_authentication_already"
    | "auth.unknown_link"
    | "bad_request"
    | "common.already_exists"
    | "common.already_taken"
    | "common.empty_body"
    | "common.forbidden"
    | "common.invalid_identifier"
    | "common.invalid_input"
    | "common.invalid_reference"
    | "common.invalid_value"
    | "common.not_found"
    | "common.out_of_range"
    | "common.still_in_use"
    | "common.too_many_requests"
    | "common.unauthenticated"
    | "common.unknown_budget_line"
    | "common.unknown_grant"
    | "common.unknown_or_still_referenced"
    | "common.unknown_split"
    | "common.unknown_strategy_action"
    | "common.unknown_working_group"
    | "conflict"
    | "contractors.date_still_come_cannot_logged"
    | "contractors.end_must_come_after_start"
    | "contractors.line_not_grants_budget"
    | "contractors.mission_not_found"
    | "contractors.most_one_day_per_entry"
    | "contractors.outside_missions_period"
    | "contractors.quarters_0_25"
    | "contractors.time_already_logged_contractor"
    | "contractors.time_entries_outside_period"
    | "contractors.time_entry_not_found"
    | "contractors.unknown_person"
    | "contributions.both_accounts_86_87_none"
    | "contributions.end_before_start"
    | "contributions.evidence_locked"
    | "contributions.file_empty_over_2_mb"
    | "contributions.files_content_does_not_match"
    | "contributions.four_eyes"
    | "contributions.grant_not_found"
    | "contributions.locked"
    | "contributions.may_not_credit_organisation"
    | "contributions.may_not_do"
    | "contributions.may_not_link_contribution_grant"
    | "contributions.may_not_link_contribution_working"
    | "contributions.no_evidence"
    | "contributions.no_rate_force_unit_give"
    | "contributions.no_rate_unit_type"
    | "contributions.not_awaiting_validation"
    | "contributions.not_found"
    | "contributions.only_validated_contribution_corrected_edit"
    | "contributions.organisation_not_found"
    | "contributions.rate_already_starts_that_day"
    | "contributions.rate_not_found"
    | "contributions.say_why_author_will_see"
    | "contributions.sum_money_quantity_amount_euros"
    | "contributions.time_valued_rate_table_may"
    | "contributions.unit_not_allowed"
    | "contributions.unknown_type"
    | "contributions.working_group_not_found"
    | "donations.campaign_not_found"
    | "donations.donor_name_required"
    | "donations.donor_not_found"
    | "donations.gift_already_receipted"
    | "donations.gift_not_found"
    | "donations.gift_not_paid"
    | "donations.helloasso_no_form"
    | "donations.helloasso_not_configured"
    | "donations.helloasso_unreachable"
    | "donations.legal_entity_incomplete"
    | "donations.nothing_to_receipt"
    | "donations.period_ends_before_starts"
    | "donations.receipt_cancelled"
    | "donations.receipt_not_found"
    | "donations.receipts_disabled"
    | "donations.slug_taken"
    | "donations.unknown_strategy_action"
    | "donations.webhook_malformed"
    | "donations.webhook_signature_invalid"
    | "donations.webhook_too_old"
    | "donations.webhook_unknown_form"
    | "error"
    | "events.attendance_whose"
    | "events.cancel_link_invalid"
    | "events.capacity_below_confirmed"
    | "events.ends_before_start"
    | "events.event_not_found"
    | "events.group_not_yours"
    | "events.kit_not_found"
    | "events.registration_closed"
    | "events.registration_not_found"
    | "events.unknown_group"
    | "events.unknown_source"
    | "forbidden"
    | "funding.amount_must_more_than_zero"
    | "funding.archived_funder_restore"
    | "funding.awaiting_answer"
    | "funding.being_drafted"
    | "funding.closed"
    | "funding.date_future"
    | "funding.field_required"
    | "funding.funder_already_has_name"
    | "funding.funder_archived"
    | "funding.funder_not_found"
    | "funding.give_amount_day_received_together"
    | "funding.give_amount_granted"
    | "funding.give_day_was_sent"
    | "funding.grant_can_published"
    | "funding.grant_not_active"
    | "funding.grant_not_found"
    | "funding.granted"
    | "funding.instalments_can_added"
    | "funding.instalments_can_changed"
    | "funding.instalments_planned_exceed_amount_adjust"
    | "funding.instalments_would_exceed_amount_granted"
    | "funding.line_still_use_contractors_mission"
    | "funding.no_such_budget_line_grant"
    | "funding.period_ends_before_starts"
    | "funding.prospect"
    | "funding.refused"
    | "funding.report_sent_no_longer_due"
    | "funding.reports_can_planned"
    | "funding.spending_can_recorded"
    | "funding.spending_falls_outside_grants_period"
    | "funding.spending_outside_period"
    | "funding.spending_recorded_line_remove"
    | "funding.status_change_before_previous"
    | "funding.status_final"
    | "funding.status_transition"
    | "funding.unknown_funder"
    | "gone"
    | "governance.action_does_not_move_another"
    | "governance.action_item_not_found"
    | "governance.choose_person_working_group_one"
    | "governance.decision_not_found"
    | "governance.end_must_come_after_start"
    | "governance.may_only_change_status_action"
    | "governance.meeting_not_found"
    | "governance.only_vote"
    | "governance.owner_out_of_reach"
    | "governance.person_already_listed"
    | "governance.person_not_part_organisation"
    | "governance.required_vote"
    | "governance.strategy_action_not_found"
    | "governance.strategy_axis_not_found"
    | "governance.unknown_axis"
    | "governance.unknown_decision"
    | "governance.unknown_meeting"
    | "governance.unknown_person"
    | "imports.already_committed"
    | "imports.ambiguous_grant"
    | "imports.commit_running"
    | "imports.contribution_locked"
    | "imports.duplicate"
    | "imports.empty_file"
    | "imports.ends_before_start"
    | "imports.file_too_large"
    | "imports.formula"
    | "imports.invalid_date"
    | "imports.invalid_email"
    | "imports.invalid_number"
    | "imports.invalid_postcode"
    | "imports.invalid_rna"
    | "imports.invalid_siren"
    | "imports.invalid_url"
    | "imports.job_not_found"
    | "imports.kind_not_allowed"
    | "imports.mapping_unknown_header"
    | "imports.missing_columns"
    | "imports.named_by_other_key"
    | "imports.not_yours"
    | "imports.required"
    | "imports.rows_wrong"
    | "imports.too_long"
    | "imports.too_many_rows"
    | "imports.unknown_campaign"
    | "imports.unknown_funder"
    | "imports.unknown_grant"
    | "imports.unknown_group"
    | "imports.unknown_list"
    | "imports.unknown_organisation"
    | "imports.unknown_person"
    | "imports.unknown_value"
    | "imports.unreadable_encoding"
    | "imports.unreadable_file"
    | "imports.unreadable_line"
    | "internal"
    | "method_not_allowed"
    | "metrics.invalid_token"
    | "metrics.not_from_server"
    | "newsletters.choose_recipients_to_resend"
    | "newsletters.invalid_number"
    | "newsletters.issue_already_scheduled_sent"
    | "newsletters.issue_can_no_longer_edited"
    | "newsletters.issue_does_not_exist_not"
    | "newsletters.issue_not_found"
    | "newsletters.issue_not_out_yet"
    | "newsletters.link_has_expired_subscribe_again"
    | "newsletters.list_already_has_key"
    | "newsletters.list_not_found"
    | "newsletters.not_possible_from_status"
    | "newsletters.person_unsubscribed_address_no_longer"
    | "newsletters.pre_send_check_failed"
    | "newsletters.preview_link_expired"
    | "newsletters.proposal_not_found"
    | "newsletters.proposal_was_already_handled"
    | "newsletters.scheduled_sent_issue_move_back"
    | "newsletters.subscriber_not_found"
    | "newsletters.unknown_already_used_confirmation_link"
    | "newsletters.unknown_archived_list"
    | "newsletters.unknown_campaign"
    | "newsletters.unknown_consent_text_version"
    | "newsletters.unknown_organisation"
    | "newsletters.unsubscribe_link_not_valid"
    | "newsletters.webhook_not_configured"
    | "newsletters.webhook_secret_invalid"
    | "newsletters.webhook_signature_invalid"
    | "not_found"
    | "notifications.not_found"
    | "organisations.archived_organisation_restore"
    | "organisations.organisation_already_has_name"
    | "organisations.organisation_not_found"
    | "organisations.rna_taken"
    | "organisations.siren_taken"
    | "payload_too_large"
    | "people.archived_restore"
    | "people.person_not_found"
    | "people.someone_already_has_address"
    | "people.unknown_organisation"
    | "permissions.invalid_csrf_token"
    | "permissions.reauthentication_required"
    | "permissions.second_factor_required"
    | "privacy.already_handled"
    | "privacy.append_only_holds_person"
    | "privacy.not_an_access_request"
    | "privacy.not_an_erasure"
    | "privacy.person_not_found"
    | "privacy.received_in_future"
    | "privacy.request_not_found"
    | "sources.group_not_yours"
    | "sources.name_taken"
    | "sources.no_feed"
    | "sources.owner_required"
    | "sources.source_not_found"
    | "sources.unknown_group"
    | "sources.unknown_organisation"
    | "sources.unknown_person"
    | "splits.amounts_not_total"
    | "splits.approve_split_before_recording_payment"
    | "splits.approved_split_never_changes_make"
    | "splits.archived_organisation"
    | "splits.bases_exceed"
    | "splits.cap_below_floor"
    | "splits.caps_below"
    | "splits.choose_least_one_organisation"
    | "splits.contribution_type_listed_twice"
    | "splits.date_future"
    | "splits.decision_not_adopted"
    | "splits.every_share_zero"
    | "splits.field_required"
    | "splits.floors_exceed"
    | "splits.grant_has_not_been_awarded"
    | "splits.grant_listed_twice"
    | "splits.grants_bring_amount"
    | "splits.invalid_amount_whole_cents_not"
    | "splits.invalid_percentage_0_100"
    | "splits.invalid_weight_0_1_000"
    | "splits.more_than_what_remains_pay"
    | "splits.no_approved_share_organisation_split"
    | "splits.no_validated_contributions_these_organisations"
    | "splits.only_grant_left_split"
    | "splits.organisation_has_no_share_split"
    | "splits.organisation_listed_twice"
    | "splits.organisation_not_found"
    | "splits.payment_already_reversed"
    | "splits.payment_future_cannot_recorded_yet"
    | "splits.payment_not_found"
    | "splits.percentages_not_100"
    | "splits.period_ends_before_starts"
    | "splits.result_has_changed_since_simulation"
    | "splits.reversal_cannot_reversed_record_new"
    | "splits.set_asides_exceed"
    | "splits.share_already_paid_full"
    | "splits.split_already_approved"
    | "splits.split_cannot_computed"
    | "splits.split_not_approved_publish"
    | "splits.split_not_found"
    | "splits.unknown_decision"
    | "splits.unknown_grant"
    | "splits.unknown_organisation"
    | "splits.unknown_rule"
    | "too_many_requests"
    | "unauthenticated"
    | "unsupported_media_type"
    | "working-groups.are_not_group"
    | "working-groups.choose_organisation_credit"
    | "working-groups.consent_needed_group_contact"
    | "working-groups.consent_text_has_changed_reload"
    | "working-groups.end_before_start"
    | "working-groups.fill_groups_mailing_list_chat"
    | "working-groups.group_already_has_name"
    | "working-groups.group_already_has_two_referents"
    | "working-groups.group_closed"
    | "working-groups.group_not_taking_volunteers_moment"
    | "working-groups.person_already_groups_pipeline"
    | "working-groups.person_already_holds_role_period"
    | "working-groups.person_belongs_no_organisation_their"
    | "working-groups.person_does_not_belong_organisation"
    | "working-groups.person_has_no_email_address"
    | "working-groups.person_not_volunteer_group"
    | "working-groups.term_ends_before_starts"
    | "working-groups.term_not_found"
    | "working-groups.unknown_archived_person"
    | "working-groups.volunteer_not_found_group"
    | "working-groups.volunteer_profile_not_found"
    | "working-groups.working_group_not_found";
  /** Field path (e.g. `memberships.0.role`) → messages, shown next to each field. */
  fields?: Record<string, string[]>;
  /** The HTTP family of the error: `validation`, `unauthenticated`, `forbidden`, `not_found`, `conflict`… */
  kind: string;
  /** In the caller's language (Accept-Language, then their account's). */
  message: string;
}

export interface ErrorResponse {
  error: ErrorDetail;
}

export const EventKind = {
  Training: "training",
  Gathering: "gathering",
} as const;
export type EventKind = (typeof EventKind)[keyof typeof EventKind];

export const EventMode = {
  Remote: "remote",
  InPerson: "in_person",
} as const;
export type EventMode = (typeof EventMode)[keyof typeof EventMode];

export interface EventPage {
  items: EventResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface EventResponse {
  attended: number;
  audience: Audience;
  capacity: number;
  confirmed: number;
  description: string | null;
  /** @format date-time */
  endsAt: string;
  groupId: string;
  groupName: string;
  id: string;
  kind: EventKind;
  mode: EventMode;
  place: string | null;
  registrationOpen: boolean;
  /** @format date-time */
  startsAt: string;
  title: string;
  trainer: string | null;
  videoLink: string | null;
  waiting: number;
}

export interface EventsAttendanceParams {
  /** @format uuid */
  personId?: string;
  /** @format uuid */
  sourceId?: string;
}

export interface EventsGetParams {
  id: string;
}

export interface EventsListParams {
  kind?: EventKind;
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
}

export interface EventsRegistrationsParams {
  id: string;
}

export interface EventsUpdateParams {
  id: string;
}

export interface EventsUpdateRegistrationParams {
  id: string;
  registrationId: string;
}

export const EvidenceContentType = {
  ApplicationPdf: "application/pdf",
  ImagePng: "image/png",
  ImageJpeg: "image/jpeg",
  ImageWebp: "image/webp",
} as const;
export type EvidenceContentType =
  (typeof EvidenceContentType)[keyof typeof EvidenceContentType];

export interface EvidenceDto {
  contentType: EvidenceContentType;
  /**
   * The file's bytes in base64: the API speaks JSON only.
   * @format base64
   */
  data: string;
  fileName: string;
}

export interface ExcludedTypeResponse {
  type: ContributionType;
  valueCents: number;
}

export interface ExpenseDto {
  /**
   * @min 0
   * @max 1000000000
   */
  amountCents: number;
  /** @format uuid */
  budgetLineId: string;
  description: string;
  reference?: string | null;
  /** @format date */
  spentOn: string;
}

export interface FeedCheckResponse {
  added: number | null;
  /** @format date-time */
  checkedAt: string;
  durationMs: number;
  failure: FeedFailure | null;
  httpStatus: number | null;
  id: string;
  incomplete: number | null;
  /** @format date-time */
  newestChangeAt: string | null;
  notModified: boolean;
  ok: boolean;
  records: number | null;
  removed: number | null;
}

export const FeedFailure = {
  InvalidUrl: "invalid_url",
  PrivateAddress: "private_address",
  Timeout: "timeout",
  TooLarge: "too_large",
  TooManyRedirects: "too_many_redirects",
  HttpError: "http_error",
  Network: "network",
  Unreadable: "unreadable",
} as const;
export type FeedFailure = (typeof FeedFailure)[keyof typeof FeedFailure];

export const FeedHealth = {
  Unknown: "unknown",
  Ok: "ok",
  Failing: "failing",
  Stale: "stale",
} as const;
export type FeedHealth = (typeof FeedHealth)[keyof typeof FeedHealth];

export const FeedKind = {
  Gogocarto: "gogocarto",
  Csv: "csv",
  Json: "json",
  SemanticBus: "semantic_bus",
} as const;
export type FeedKind = (typeof FeedKind)[keyof typeof FeedKind];

export interface FinancialReportGrantResponse {
  amountGrantedCents: number | null;
  amountRequestedCents: number;
  endsOn: string | null;
  funderName: string;
  id: string;
  reference: string | null;
  signatoryName: string | null;
  signatoryRole: string | null;
  startsOn: string | null;
  status: GrantStatus;
  title: string;
}

export interface FinancialReportResponse {
  /** Accounts 60 to 68. */
  charges: ReportSectionResponse;
  cofinancing: CofinancingResponse;
  generatedOn: string;
  grant: FinancialReportGrantResponse;
  /** Below the line: 86 "emplois" and 87 "contributions volontaires en nature", the same valued amount each side. */
  inKindCharges: ReportSectionResponse;
  inKindProducts: ReportSectionResponse;
  /** Accounts 70 to 78: this grant and every other funder line by line, then own funds, which balance the report. */
  products: ReportSectionResponse;
}

export interface FunderContactInput {
  /**
   * @format email
   * @maxLength 254
   */
  email?: string | null;
  name: string;
  phone?: string | null;
  role?: string | null;
}

export interface FunderContactResponse {
  email: string | null;
  id: string;
  name: string;
  phone: string | null;
  position: number;
  role: string | null;
}

export interface FunderGrantResponse {
  amountGrantedCents: number | null;
  amountRequestedCents: number;
  endsOn: string | null;
  id: string;
  /** Calendar days, YYYY-MM-DD. */
  startsOn: string | null;
  status: GrantStatus;
  title: string;
}

export const FunderKind = {
  Foundation: "foundation",
  PublicBody: "public_body",
  Company: "company",
  Individual: "individual",
  Campaign: "campaign",
} as const;
export type FunderKind = (typeof FunderKind)[keyof typeof FunderKind];

export interface FunderListItemPage {
  items: FunderListItemResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface FunderListItemResponse {
  /** @format date-time */
  archivedAt: string | null;
  /** Granted over all its grants (granted or closed). */
  grantedCents: number;
  grantsCount: number;
  id: string;
  kind: FunderKind;
  name: string;
  website: string | null;
}

export interface FunderResponse {
  /** @format date-time */
  archivedAt: string | null;
  contacts: FunderContactResponse[];
  /** @format date-time */
  createdAt: string;
  grants: FunderGrantResponse[];
  id: string;
  kind: FunderKind;
  name: string;
  notes: string | null;
  /** @format date-time */
  updatedAt: string;
  website: string | null;
}

export interface FundersArchiveParams {
  id: string;
}

export interface FundersExportContactsParams {
  format?: "csv" | "xlsx";
  includeArchived?: boolean;
  kind?: FunderKind;
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * Search in name and notes
   * @maxLength 100
   */
  q?: string;
  /** @default "name" */
  sort?: "name" | "createdAt" | "kind" | "grantedCents";
}

export interface FundersExportParams {
  format?: "csv" | "xlsx";
  includeArchived?: boolean;
  kind?: FunderKind;
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * Search in name and notes
   * @maxLength 100
   */
  q?: string;
  /** @default "name" */
  sort?: "name" | "createdAt" | "kind" | "grantedCents";
}

export interface FundersGetParams {
  id: string;
}

export interface FundersListParams {
  includeArchived?: boolean;
  kind?: FunderKind;
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /**
   * Search in name and notes
   * @maxLength 100
   */
  q?: string;
  /** @default "name" */
  sort?: "name" | "createdAt" | "kind" | "grantedCents";
}

export interface FundersRestoreParams {
  id: string;
}

export interface FundersUpdateParams {
  id: string;
}

export const FundingAlertKind = {
  AgreementMissing: "agreement_missing",
  PublicThreshold: "public_threshold",
  ReportStillDue: "report_still_due",
} as const;
export type FundingAlertKind =
  (typeof FundingAlertKind)[keyof typeof FundingAlertKind];

export interface FundingAlertResponse {
  amountGrantedCents?: number;
  funderName?: string;
  funderYearCents?: number;
  grantId?: string;
  grantIds?: string[];
  grantTitle?: string;
  kind: FundingAlertKind;
  previousGrantId?: string;
  previousGrantTitle?: string;
  publicReceivedCents?: number;
  reportDueOn?: string;
  reportTitles?: string[];
  thresholdCents?: number;
  year?: number;
}

export interface FundingDashboardResponse {
  alerts: FundingAlertResponse[];
  budget: DashboardBudgetResponse;
  contributions: DashboardContributionsResponse;
  deadlines: DeadlineResponse[];
  money: DashboardMoneyResponse;
  months: DashboardMonthResponse[];
  otherResources: DashboardResourceResponse[];
  pipeline: PipelineStepResponse[];
  today: string;
  year: number;
}

export interface FundingOverviewDashboardParams {
  /**
   * @min 2000
   * @max 2100
   */
  year?: number;
}

export interface FundingOverviewDeadlinesParams {
  /**
   * How far ahead to look, in days; overdue items are always included.
   * @min 1
   * @max 366
   * @default 42
   */
  days?: number;
}

export interface GatheringCadenceResponse {
  /** The day (Paris) of the last gathering held or planned, null if none yet. */
  lastOn: string | null;
  nextDueOn: string | null;
  /** A gathering is already planned on or after the due day's season (no reminder then). */
  planned: boolean;
  /** When the coordinator is reminded to open registrations. */
  reminderOn: string | null;
  /** @format date-time */
  reminderSentAt: string | null;
}

export const GiftFrequency = {
  OneOff: "one_off",
  Monthly: "monthly",
} as const;
export type GiftFrequency = (typeof GiftFrequency)[keyof typeof GiftFrequency];

export interface GiftPage {
  items: GiftResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface GiftResponse {
  amountCents: number;
  campaignId: string | null;
  campaignName: string | null;
  /** @format date-time */
  createdAt: string;
  donorId: string;
  donorName: string;
  frequency: GiftFrequency;
  helloassoPaymentId: string | null;
  id: string;
  paymentMethod: PaymentMethod;
  receiptId: string | null;
  receiptNumber: string | null;
  receivedOn: string;
  reference: string | null;
  source: GiftSource;
  status: GiftStatus;
  strategyActionId: string | null;
}

export const GiftSource = {
  Manual: "manual",
  Import: "import",
  Helloasso: "helloasso",
} as const;
export type GiftSource = (typeof GiftSource)[keyof typeof GiftSource];

export const GiftStatus = {
  Pending: "pending",
  Paid: "paid",
  Refunded: "refunded",
  Cancelled: "cancelled",
} as const;
export type GiftStatus = (typeof GiftStatus)[keyof typeof GiftStatus];

export interface GrantBudgetLineResponse {
  /** Charges 60–68 or products 70–78 (a product line's "spent" is what it brought in). */
  account: BudgetAccount;
  category: BudgetCategory;
  gapNote: string | null;
  id: string;
  label: string;
  plannedCents: number;
  /** Expenses recorded plus the valued time of the missions it pays. */
  spentCents: number;
}

export interface GrantDeliverableResponse {
  dueOn: string;
  id: string;
  /** Due before today and neither delivered nor cancelled. */
  overdue: boolean;
  status: DeliverableStatus;
  title: string;
}

export interface GrantDetailResponse {
  agreementSignedOn: string | null;
  alerts: FundingAlertResponse[];
  amountGrantedCents: number | null;
  amountRequestedCents: number;
  applicationDeadline: string | null;
  budgetLines: GrantBudgetLineResponse[];
  /** @format date-time */
  createdAt: string;
  currency: Currency;
  deliverables: GrantDeliverableResponse[];
  documents: GrantDocumentResponse[];
  endsOn: string | null;
  expectedResults: string | null;
  figures: GrantFiguresResponse;
  funder: GrantFunderResponse;
  funderId: string;
  grantedOn: string | null;
  history: GrantStatusChangeResponse[];
  id: string;
  indicators: GrantIndicatorResponse[];
  instalments: GrantInstalmentResponse[];
  notes: string | null;
  objectives: string | null;
  ownFundsCents: number;
  /** Shown on the public transparency page (when the network turns it on). */
  published: boolean;
  reference: string | null;
  reports: GrantReportResponse[];
  signatoryName: string | null;
  signatoryRole: string | null;
  startsOn: string | null;
  status: GrantStatus;
  statusChangedOn: string;
  strategyActionIds: string[];
  title: string;
  /** @format date-time */
  updatedAt: string;
  workingGroupIds: string[];
}

export interface GrantDocumentResponse {
  /** @format date-time */
  createdAt: string;
  id: string;
  kind: DocumentKind;
  label: string;
  url: string;
}

export interface GrantExpensePage {
  items: GrantExpenseResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface GrantExpenseResponse {
  amountCents: number;
  budgetLineId: string;
  budgetLineLabel: string;
  /** @format date-time */
  createdAt: string;
  description: string;
  id: string;
  reference: string | null;
  spentOn: string;
}

export interface GrantFiguresResponse {
  /** (own funds + valued in-kind) / grant (the amount granted, else requested); null when that is 0. */
  cofinancingRatio: number | null;
  inKindCents: number;
  overdueInstalments: number;
  ownFundsCents: number;
  plannedCents: number;
  receivedCents: number;
  spentCents: number;
  /** spent / planned, 0…n (null without a budget). */
  spentShare: number | null;
  /** Instalments scheduled and not received yet. */
  toComeCents: number;
  /** Granted but not yet scheduled in any instalment. */
  unscheduledCents: number;
}

export interface GrantFunderResponse {
  id: string;
  kind: FunderKind;
  name: string;
}

export interface GrantIndicatorResponse {
  id: string;
  label: string;
  /** Null until measured. */
  measured: number | null;
  target: number;
  unit: string;
}

/** Where the grant starts its life here: usually a prospect, or an application already sent, or a past decision. */
export const GrantInitialStatus = {
  Prospect: "prospect",
  Drafting: "drafting",
  Applied: "applied",
  Granted: "granted",
  Refused: "refused",
} as const;
export type GrantInitialStatus =
  (typeof GrantInitialStatus)[keyof typeof GrantInitialStatus];

export interface GrantInstalmentResponse {
  expectedCents: number;
  expectedOn: string;
  id: string;
  label: string;
  notes: string | null;
  overdue: boolean;
  receivedCents: number | null;
  receivedOn: string | null;
}

export interface GrantItemsAddBudgetLineParams {
  id: string;
}

export interface GrantItemsAddDeliverableParams {
  id: string;
}

export interface GrantItemsAddDocumentParams {
  id: string;
}

export interface GrantItemsAddExpenseParams {
  id: string;
}

export interface GrantItemsAddIndicatorParams {
  id: string;
}

export interface GrantItemsAddInstalmentParams {
  id: string;
}

export interface GrantItemsAddReportParams {
  id: string;
}

export interface GrantItemsListExpensesParams {
  /** @format uuid */
  budgetLineId?: string;
  id: string;
  /**
   * Latest spending first unless asked otherwise.
   * @default "desc"
   */
  order?: "asc" | "desc";
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
}

export interface GrantItemsRemoveBudgetLineParams {
  id: string;
  itemId: string;
}

export interface GrantItemsRemoveDeliverableParams {
  id: string;
  itemId: string;
}

export interface GrantItemsRemoveDocumentParams {
  id: string;
  itemId: string;
}

export interface GrantItemsRemoveExpenseParams {
  id: string;
  itemId: string;
}

export interface GrantItemsRemoveIndicatorParams {
  id: string;
  itemId: string;
}

export interface GrantItemsRemoveInstalmentParams {
  id: string;
  itemId: string;
}

export interface GrantItemsRemoveReportParams {
  id: string;
  itemId: string;
}

export interface GrantItemsUpdateBudgetLineParams {
  id: string;
  itemId: string;
}

export interface GrantItemsUpdateDeliverableParams {
  id: string;
  itemId: string;
}

export interface GrantItemsUpdateIndicatorParams {
  id: string;
  itemId: string;
}

export interface GrantItemsUpdateInstalmentParams {
  id: string;
  itemId: string;
}

export interface GrantItemsUpdateReportParams {
  id: string;
  itemId: string;
}

export interface GrantListItemResponse {
  agreementSignedOn: string | null;
  amountGrantedCents: number | null;
  amountRequestedCents: number;
  applicationDeadline: string | null;
  /** @format date-time */
  createdAt: string;
  currency: Currency;
  endsOn: string | null;
  expectedResults: string | null;
  funderId: string;
  funderKind: FunderKind;
  funderName: string;
  grantedOn: string | null;
  id: string;
  notes: string | null;
  objectives: string | null;
  overdueInstalments: number;
  ownFundsCents: number;
  plannedCents: number;
  /** Shown on the public transparency page (when the network turns it on). */
  published: boolean;
  receivedCents: number;
  reference: string | null;
  signatoryName: string | null;
  signatoryRole: string | null;
  spentCents: number;
  startsOn: string | null;
  status: GrantStatus;
  statusChangedOn: string;
  strategyActionIds: string[];
  title: string;
  toComeCents: number;
  /** @format date-time */
  updatedAt: string;
  workingGroupIds: string[];
}

export interface GrantListTotalsResponse {
  grantedCents: number;
  receivedCents: number;
  requestedCents: number;
  toComeCents: number;
}

export interface GrantPageResponse {
  items: GrantListItemResponse[];
  page: number;
  pageSize: number;
  total: number;
  totals: GrantListTotalsResponse;
}

export interface GrantReportResponse {
  documentUrl: string | null;
  dueOn: string;
  id: string;
  kind: ReportKind;
  notes: string | null;
  overdue: boolean;
  sentOn: string | null;
  status: ReportStatus;
  title: string;
}

export const GrantStatus = {
  Prospect: "prospect",
  Drafting: "drafting",
  Applied: "applied",
  Granted: "granted",
  Refused: "refused",
  Closed: "closed",
} as const;
export type GrantStatus = (typeof GrantStatus)[keyof typeof GrantStatus];

export interface GrantStatusChangeResponse {
  changedOn: string;
  fromStatus: GrantStatus | null;
  id: string;
  note: string | null;
  status: GrantStatus;
}

export interface GrantsChangeStatusParams {
  id: string;
}

export interface GrantsExportParams {
  format?: "csv" | "xlsx";
  /** @format uuid */
  funderId?: string;
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * Search in title, reference and funder name
   * @maxLength 100
   */
  q?: string;
  /** @default "statusChangedOn" */
  sort?:
    | "title"
    | "funderName"
    | "status"
    | "amountRequestedCents"
    | "amountGrantedCents"
    | "applicationDeadline"
    | "startsOn"
    | "statusChangedOn"
    | "createdAt";
  status?: GrantStatus;
}

export interface GrantsFinancialReportCsvParams {
  id: string;
}

export interface GrantsFinancialReportParams {
  id: string;
}

export interface GrantsFinancialReportPdfParams {
  id: string;
}

export interface GrantsFinancialReportXlsxParams {
  id: string;
}

export interface GrantsGetParams {
  id: string;
}

export interface GrantsListParams {
  /** @format uuid */
  funderId?: string;
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /**
   * Search in title, reference and funder name
   * @maxLength 100
   */
  q?: string;
  /** @default "statusChangedOn" */
  sort?:
    | "title"
    | "funderName"
    | "status"
    | "amountRequestedCents"
    | "amountGrantedCents"
    | "applicationDeadline"
    | "startsOn"
    | "statusChangedOn"
    | "createdAt";
  status?: GrantStatus;
}

export interface GrantsSetPublishedParams {
  id: string;
}

export interface GrantsUpdateParams {
  id: string;
}

export const GroupStatus = {
  Active: "active",
  Paused: "paused",
  Closed: "closed",
} as const;
export type GroupStatus = (typeof GroupStatus)[keyof typeof GroupStatus];

export interface HealthResponse {
  /** Absent from the liveness answer, which does not ask the database. */
  database?: "up" | "down";
  status: "error" | "ok";
}

export const HeardFrom = {
  WordOfMouth: "word_of_mouth",
  MemberOrganisation: "member_organisation",
  Event: "event",
  Newsletter: "newsletter",
  SocialMedia: "social_media",
  WebSearch: "web_search",
  Other: "other",
} as const;
export type HeardFrom = (typeof HeardFrom)[keyof typeof HeardFrom];

export interface HelloAssoImportResponse {
  created: number;
  orders: number;
  unchanged: number;
  updated: number;
}

export interface HomeCountResponse {
  count: number;
  valueCents: number;
}

export interface HomeResponse {
  actionsOverdue: number;
  /** Their own actions not done yet, and those of them past due. */
  actionsPending: number;
  coordinator: CoordinatorHomeResponse | null;
  /** The groups they lead or welcome volunteers for, with their pipeline and gaps. */
  ledGroups: WorkingGroupResponse[];
  /** The groups they belong to (a volunteer's, a member's). */
  memberGroups: WorkingGroupResponse[];
  /** A contractor's missions running this month. */
  missions: MissionMonthHomeResponse[];
  /** Their next three meetings (those they may read), soonest first. */
  nextMeetings: MeetingListItemResponse[];
  /** The organisations where they sit on the COPIL. */
  organisations: OrganisationHomeResponse[];
  /** Today in Paris, YYYY-MM-DD. */
  today: string;
  unreadNotifications: number;
}

export interface HomeStatusCountResponse {
  count: number;
  status: ContributionStatus;
  valueCents: number;
}

export interface ImportFieldResponse {
  labelEn: string;
  labelFr: string;
  name: string;
  required: boolean;
}

export interface ImportJobResponse {
  delimiter: string | null;
  /** `UTF-8` or `Windows-1252` for a CSV; null for an .xlsx. */
  encoding: string | null;
  fields: ImportFieldResponse[];
  fileName: string;
  format: string;
  headers: string[];
  id: string;
  kind: ImportKind;
  mapping: MappingEntryResponse[];
  processed: number;
  status: ImportStatus;
  total: number | null;
}

export const ImportKind = {
  Organisations: "organisations",
  People: "people",
  Funders: "funders",
  GroupMembers: "group-members",
  Grants: "grants",
  Contributions: "contributions",
  Subscribers: "subscribers",
  Gifts: "gifts",
} as const;
export type ImportKind = (typeof ImportKind)[keyof typeof ImportKind];

export interface ImportMappingDto {
  /** @maxItems 60 */
  mapping: MappingEntryDto[];
}

export interface ImportProgressResponse {
  id: string;
  processed: number;
  status: ImportStatus;
  total: number | null;
}

export interface ImportRowErrorResponse {
  field: string;
  message: string;
}

export interface ImportRowResponse {
  /** The fields an update changes. */
  changes: string[];
  errors: ImportRowErrorResponse[];
  label: string | null;
  line: number;
  status: ImportRowStatus;
}

export const ImportRowStatus = {
  Created: "created",
  Updated: "updated",
  Unchanged: "unchanged",
  Refused: "refused",
} as const;
export type ImportRowStatus =
  (typeof ImportRowStatus)[keyof typeof ImportRowStatus];

export interface ImportRunResponse {
  committed: boolean;
  created: number;
  jobId: string;
  refused: number;
  rows: ImportRowResponse[];
  total: number;
  unchanged: number;
  updated: number;
}

export const ImportStatus = {
  Uploaded: "uploaded",
  Committing: "committing",
  Committed: "committed",
  Failed: "failed",
} as const;
export type ImportStatus = (typeof ImportStatus)[keyof typeof ImportStatus];

export interface ImportsCommitParams {
  id: string;
}

export interface ImportsDryRunParams {
  id: string;
}

export interface ImportsGetParams {
  id: string;
}

export interface ImportsProgressParams {
  id: string;
}

export interface ImportsUploadParams {
  kind:
    | "contributions"
    | "subscribers"
    | "gifts"
    | "people"
    | "funders"
    | "grants"
    | "organisations"
    | "group-members";
}

export interface InKindAccountResponse {
  chargeAccount: string | null;
  chargeLabel: string | null;
  productAccount: string | null;
  productLabel: string | null;
  type: ContributionType;
}

export interface InKindStatementCsvParams {
  /**
   * Absent: the whole network's statement.
   * @format uuid
   */
  organisationId?: string;
  /**
   * @min 2000
   * @max 2100
   */
  year: number;
}

export interface InKindStatementParams {
  /**
   * Absent: the whole network's statement.
   * @format uuid
   */
  organisationId?: string;
  /**
   * @min 2000
   * @max 2100
   */
  year: number;
}

export interface InKindStatementResponse {
  /** Debits of class 86 (uses) and credits of class 87 (contributions), summed per account: they balance. */
  charges: AccountTotalResponse[];
  excluded: ExcludedTypeResponse[];
  /** One line per type that has accounts. */
  lines: StatementLineResponse[];
  /** Null: the whole network's statement. */
  organisationId: string | null;
  organisationName: string | null;
  products: AccountTotalResponse[];
  totalCents: number;
  year: number;
}

export interface InKindUpdateAccountParams {
  type: ContributionType;
}

export interface IndicatorDto {
  label: string;
  /** Null until measured. */
  measured?: number | null;
  target: number;
  unit: string;
}

export interface InstalmentDto {
  /**
   * @min 0
   * @max 1000000000
   */
  expectedCents: number;
  /** @format date */
  expectedOn: string;
  label: string;
  notes?: string | null;
  /**
   * @min 0
   * @max 1000000000
   */
  receivedCents?: number | null;
  /** @format date */
  receivedOn?: string | null;
}

export interface InvitationResponse {
  email: string;
  /** @format date-time */
  expiresAt: string;
  firstName: string;
  lastName: string;
}

export interface InvitationSentResponse {
  email: string;
  /** @format date-time */
  expiresAt: string;
  id: string;
}

export interface InviteDto {
  /**
   * @format email
   * @maxLength 254
   */
  email: string;
  firstName: string;
  lastName: string;
  locale?: "fr" | "en";
  /**
   * Organisations the person belongs to (as a COPIL member when invited with the copil role).
   * @uniqueItems true
   */
  organisationIds?: string[];
  /**
   * @minItems 1
   * @uniqueItems true
   */
  roles: (
    | "admin"
    | "coordinator"
    | "copil"
    | "comms"
    | "wg_lead"
    | "contractor"
    | "volunteer"
    | "treasurer"
  )[];
}

export interface IssueContentDto {
  blocks: (
    | EditorialBlockDto
    | ArticleBlockDto
    | AgendaBlockDto
    | NewMembersBlockDto
    | DonationBlockDto
  )[];
  locale?: Locale;
  preheader?: string | null;
  title: string;
}

export interface IssuePage {
  items: IssueResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface IssueReceiptsDto {
  /** @maxItems 1000 */
  donorIds?: string[];
  /**
   * For `gift`: the gifts to receipt.
   * @maxItems 1000
   * @minItems 1
   */
  giftIds?: string[];
  /** `gift`: one receipt per gift named; `yearly`: one summary per donor of the year's gifts. */
  kind: ReceiptKind;
  /**
   * For `yearly`: the year, and the donors (all with unreceipted gifts that year when absent).
   * @min 2000
   * @max 2099
   */
  year?: number;
}

export interface IssueResponse {
  /** Each block as stored, with its id; new members as organisation ids. */
  blocks: (
    | EditorialBlockDto
    | ArticleBlockDto
    | AgendaBlockDto
    | NewMembersBlockDto
    | DonationBlockDto
  )[];
  countOpens: boolean;
  /** @format date-time */
  createdAt: string;
  createdById: string | null;
  id: string;
  listIds: string[];
  locale: Locale;
  number: number;
  openCount: number;
  /** The line inboxes show after the subject. */
  preheader: string | null;
  /** @format date-time */
  sendAt: string | null;
  /** @format date-time */
  sendingStartedAt: string | null;
  /** @format date-time */
  sentAt: string | null;
  status: IssueStatus;
  title: string;
  /** @format date-time */
  updatedAt: string;
}

export const IssueStatus = {
  Draft: "draft",
  InReview: "in_review",
  Scheduled: "scheduled",
  Sending: "sending",
  Paused: "paused",
  Sent: "sent",
} as const;
export type IssueStatus = (typeof IssueStatus)[keyof typeof IssueStatus];

export interface IssuedReceiptsResponse {
  receipts: ReceiptResponse[];
}

export interface IssuesCheckParams {
  id: string;
}

export interface IssuesDeliveriesParams {
  id: string;
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /** Part of the email address, first or last name. */
  q?: string;
  status?: DeliveryStatus;
}

export interface IssuesGetParams {
  id: string;
}

export interface IssuesIssueStatsParams {
  id: string;
}

export interface IssuesListParams {
  /** @default "desc" */
  order?: "asc" | "desc";
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /** @default "number" */
  sort?: "number" | "updatedAt" | "sendAt";
  status?: IssueStatus;
}

export interface IssuesPauseParams {
  id: string;
}

export interface IssuesPreviewSavedParams {
  id: string;
}

export interface IssuesReopenParams {
  id: string;
}

export interface IssuesResendParams {
  id: string;
}

export interface IssuesResumeParams {
  id: string;
}

export interface IssuesScheduleParams {
  id: string;
}

export interface IssuesSubmitParams {
  id: string;
}

export interface IssuesTestSendParams {
  id: string;
}

export interface IssuesUpdateParams {
  id: string;
}

export interface KitPage {
  items: KitResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface KitResponse {
  audience: Audience;
  description: string | null;
  groupId: string;
  groupName: string;
  id: string;
  links: string[];
  publishedOn: string;
  title: string;
  /** @format date-time */
  updatedAt: string;
  version: string;
}

export interface KitsListParams {
  audience?: Audience;
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
}

export interface KitsUpdateParams {
  id: string;
}

export const LedgerKind = {
  Allocated: "allocated",
  Paid: "paid",
  Reversed: "reversed",
  Settled: "settled",
  Reopened: "reopened",
} as const;
export type LedgerKind = (typeof LedgerKind)[keyof typeof LedgerKind];

export interface ListsArchiveParams {
  id: string;
}

export interface ListsListParams {
  includeArchived?: boolean;
}

export interface ListsRestoreParams {
  id: string;
}

export interface ListsUpdateParams {
  id: string;
}

export const Locale = {
  Fr: "fr",
  En: "en",
} as const;
export type Locale = (typeof Locale)[keyof typeof Locale];

export interface LogVolunteerTimeDto {
  description?: string | null;
  /** @format uuid */
  groupId: string;
  /**
   * Needed only when the volunteer belongs to several organisations.
   * @format uuid
   */
  organisationId?: string;
  /** @format date */
  periodEnd: string;
  /** @format date */
  periodStart: string;
  /**
   * @min 0.25
   * @max 10000
   */
  quantity: number;
  unit: VolunteerTimeUnit;
}

export interface LoggedTimeResponse {
  contributionId: string;
  description: string | null;
  groupId: string;
  organisationId: string;
  periodEnd: string;
  periodStart: string;
  personId: string;
  quantity: number;
  unit: VolunteerTimeUnit;
}

export interface LoginDto {
  /**
   * The second factor's code (or a recovery code), sent again with the password once the API asked for it.
   * @maxLength 20
   */
  code?: string;
  /**
   * @format email
   * @maxLength 254
   */
  email: string;
  /** @maxLength 200 */
  password: string;
}

export interface MappingEntryDto {
  /** @maxLength 60 */
  field: string;
  /**
   * The file's column header that fills the field; null leaves it empty.
   * @maxLength 300
   */
  header: string | null;
}

export interface MappingEntryResponse {
  field: string;
  header: string | null;
}

export interface MeResponse {
  /** The CASL rules of the user, packed with `packRules` from `@casl/ability/extra`: the UI hides what they may not do. */
  rules: object[];
  user: MeUser;
}

export interface MeUser {
  displayName: string;
  email: string;
  firstName: string;
  /** Working groups the person leads. */
  groupIds: string[];
  id: string;
  lastName: string;
  locale: Locale;
  /** Working groups the person belongs to. */
  memberGroupIds: string[];
  /** Organisations where the person sits on the COPIL (scope of the `copil` role). */
  organisationIds: string[];
  personId: string;
  roles: Role[];
  secondFactor: SecondFactorState;
  /** Working groups whose volunteers the person welcomes. */
  welcomeGroupIds: string[];
}

export interface MeetingAgendaItemResponse {
  details: string | null;
  durationMinutes: number | null;
  id: string;
  /** Order on the agenda, from 0. */
  position: number;
  title: string;
}

export interface MeetingAttendeeResponse {
  firstName: string;
  id: string;
  lastName: string;
  organisationId: string | null;
  organisationName: string | null;
  personId: string;
  status: AttendanceStatus;
}

export interface MeetingDocumentResponse {
  id: string;
  label: string;
  position: number;
  url: string;
}

export interface MeetingInvitationsResponse {
  sent: number;
  /** The names of attendees without an email address, invited by other means. */
  withoutEmail: string[];
}

export const MeetingKind = {
  Copil: "copil",
  CopilInPerson: "copil_in_person",
  TerritorialGathering: "territorial_gathering",
  WorkingGroup: "working_group",
} as const;
export type MeetingKind = (typeof MeetingKind)[keyof typeof MeetingKind];

export interface MeetingListItemPage {
  items: MeetingListItemResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface MeetingListItemResponse {
  attendeeCount: number;
  decisionCount: number;
  /** @format date-time */
  endsAt: string;
  id: string;
  kind: MeetingKind;
  place: string | null;
  presentCount: number;
  /** @format date-time */
  startsAt: string;
  title: string;
  videoLink: string | null;
  workingGroupId: string | null;
}

export interface MeetingResponse {
  agenda: MeetingAgendaItemResponse[];
  attendees: MeetingAttendeeResponse[];
  /** @format date-time */
  createdAt: string;
  /** The decisions taken there that the reader may read. */
  decisions: DecisionSummaryResponse[];
  documents: MeetingDocumentResponse[];
  /** @format date-time */
  endsAt: string;
  id: string;
  /** @format date-time */
  invitationSentAt: string | null;
  kind: MeetingKind;
  /** Rich text (sanitised HTML). */
  minutes: string | null;
  place: string | null;
  /** @format date-time */
  startsAt: string;
  title: string;
  /** @format date-time */
  updatedAt: string;
  videoLink: string | null;
  workingGroupId: string | null;
}

export interface MeetingsCalendarParams {
  id: string;
}

export interface MeetingsExportParams {
  format?: "csv";
  /** @format date */
  from?: string;
  kind?: MeetingKind;
  /** @default "asc" */
  order?: "asc" | "desc";
  /** @maxLength 100 */
  q?: string;
  /** @default "startsAt" */
  sort?: "title" | "kind" | "startsAt";
  /** @format date */
  to?: string;
  /** Upcoming (not ended yet) or past meetings. */
  when?: "upcoming" | "past";
}

export interface MeetingsGetParams {
  id: string;
}

export interface MeetingsInviteParams {
  id: string;
}

export interface MeetingsListParams {
  /** @format date */
  from?: string;
  kind?: MeetingKind;
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /** @maxLength 100 */
  q?: string;
  /** @default "startsAt" */
  sort?: "title" | "kind" | "startsAt";
  /** @format date */
  to?: string;
  /** Upcoming (not ended yet) or past meetings. */
  when?: "upcoming" | "past";
}

export interface MeetingsUpdateParams {
  id: string;
}

export const MemberRole = {
  Referent: "referent",
  Facilitator: "facilitator",
  Welcomer: "welcomer",
  Member: "member",
} as const;
export type MemberRole = (typeof MemberRole)[keyof typeof MemberRole];

export interface MembershipInput {
  /** @format uuid */
  organisationId: string;
  role: "volunteer" | "copil_member" | "staff" | "representative";
}

export const MembershipRole = {
  Representative: "representative",
  CopilMember: "copil_member",
  Staff: "staff",
  Volunteer: "volunteer",
} as const;
export type MembershipRole =
  (typeof MembershipRole)[keyof typeof MembershipRole];

export const MembershipStatus = {
  Candidate: "candidate",
  Member: "member",
  Former: "former",
} as const;
export type MembershipStatus =
  (typeof MembershipStatus)[keyof typeof MembershipStatus];

export interface MissionDetailResponse {
  budgetLineId: string | null;
  budgetedCents?: number;
  budgetedDays: number;
  /** The contractor's company, when they invoice through one. */
  company: string | null;
  contractorName: string;
  contractorPersonId: string;
  /** @format date-time */
  createdAt: string;
  dailyRateCents?: number;
  daysPerMonth: number;
  endsOn: string;
  grantId: string | null;
  hoursPerDay: number;
  id: string;
  /** Rich text (sanitised HTML). */
  jobDescription: string;
  months: MissionMonthResponse[];
  monthsCents?: MissionMonthCentsResponse[];
  overBudgetMonths: number;
  /** Calendar days, YYYY-MM-DD. */
  startsOn: string;
  title: string;
  /** @format date-time */
  updatedAt: string;
  usedCents?: number;
  usedDays: number;
}

export interface MissionMonthCentsResponse {
  budgetedCents: number;
  month: string;
  usedCents: number;
}

export interface MissionMonthHomeResponse {
  budgetedDays: number;
  missionId: string;
  /** YYYY-MM, Paris. */
  month: string;
  title: string;
  /** Over the whole mission. */
  totalBudgetedDays: number;
  totalUsedDays: number;
  usedDays: number;
}

export interface MissionMonthResponse {
  budgetedDays: number;
  month: string;
  overBudget: boolean;
  usedDays: number;
}

export interface MissionPage {
  items: MissionResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface MissionResponse {
  budgetLineId: string | null;
  budgetedCents?: number;
  budgetedDays: number;
  /** The contractor's company, when they invoice through one. */
  company: string | null;
  contractorName: string;
  contractorPersonId: string;
  /** @format date-time */
  createdAt: string;
  dailyRateCents?: number;
  daysPerMonth: number;
  endsOn: string;
  grantId: string | null;
  hoursPerDay: number;
  id: string;
  overBudgetMonths: number;
  /** Calendar days, YYYY-MM-DD. */
  startsOn: string;
  title: string;
  /** @format date-time */
  updatedAt: string;
  usedCents?: number;
  usedDays: number;
}

export interface MoveStepDto {
  /** @format date */
  nextStepDueOn?: string | null;
  /**
   * Who takes the next step, and by when (both optional; left unset, they are cleared).
   * @format uuid
   */
  nextStepOwnerId?: string | null;
  note?: string | null;
  /**
   * The day it was reached (default: today, in Paris).
   * @format date
   */
  reachedOn?: string;
  step:
    | "first_contact"
    | "agreement_signed"
    | "technical_connection"
    | "first_import"
    | "quality_review"
    | "training_done"
    | "autonomous";
}

export interface MoveVolunteerDto {
  note?: string | null;
  /** Only when moving to "welcomed": sends the volunteer the group's links. */
  sendWelcomeEmail?: boolean;
  stage: PipelineStage;
}

export interface MovedCardResponse {
  availableDays: WeekDay[];
  /** @format date-time */
  createdAt: string;
  email: string | null;
  firstName: string;
  groupId: string;
  heardFrom: HeardFrom | null;
  heardFromDetail: string | null;
  hoursPerMonth: number | null;
  id: string;
  lastName: string;
  /** What the volunteer wrote when offering to join. */
  message: string | null;
  /** Waiting for a welcome longer than the group allows. */
  overdue: boolean;
  personId: string;
  skills: string[];
  source: VolunteerSource;
  stage: PipelineStage;
  /** @format date-time */
  stageChangedAt: string;
  territory: string | null;
  /** Whether a welcome email was queued with the move (the outbox retries it while the relay is down). */
  welcomeEmailSent: boolean;
}

export interface NewMembersBlockDto {
  /** @format uuid */
  id?: string;
  intro?: string | null;
  /**
   * @maxItems 30
   * @minItems 1
   */
  organisationIds: string[];
  title?: string | null;
  type: "new_members";
}

export interface NewsletterListCountsResponse {
  /** @format date-time */
  archivedAt: string | null;
  confirmed: number;
  /** @format date-time */
  createdAt: string;
  description: string | null;
  id: string;
  /** Offered on the public subscribe form. */
  isPublic: boolean;
  /** Stable short name, used in List-Id. */
  key: string;
  name: string;
  pending: number;
  /** @format date-time */
  updatedAt: string;
}

export interface NewsletterListResponse {
  /** @format date-time */
  archivedAt: string | null;
  /** @format date-time */
  createdAt: string;
  description: string | null;
  id: string;
  /** Offered on the public subscribe form. */
  isPublic: boolean;
  /** Stable short name, used in List-Id. */
  key: string;
  name: string;
  /** @format date-time */
  updatedAt: string;
}

export const NotificationEmailMode = {
  Immediate: "immediate",
  Digest: "digest",
  Off: "off",
} as const;
export type NotificationEmailMode =
  (typeof NotificationEmailMode)[keyof typeof NotificationEmailMode];

export const NotificationKind = {
  ContributionSubmitted: "contribution_submitted",
  ContributionValidated: "contribution_validated",
  ContributionRejected: "contribution_rejected",
  SplitApproved: "split_approved",
  PaymentRecorded: "payment_recorded",
  ProposalAccepted: "proposal_accepted",
  ProposalDeclined: "proposal_declined",
  ActionAssigned: "action_assigned",
  ActionDue: "action_due",
  VolunteerSignup: "volunteer_signup",
} as const;
export type NotificationKind =
  (typeof NotificationKind)[keyof typeof NotificationKind];

export interface NotificationPageResponse {
  items: NotificationResponse[];
  page: number;
  pageSize: number;
  total: number;
  /** The reader's unread notifications, whatever the page: the bell's count. */
  unread: number;
}

export interface NotificationPreferenceDto {
  byEmail: "off" | "digest" | "immediate";
}

export interface NotificationPreferenceResponse {
  byEmail: NotificationEmailMode;
}

export interface NotificationResponse {
  /** @format date-time */
  createdAt: string;
  id: string;
  kind: NotificationKind;
  /** The app's page about it, from the root (`/contributions/…`). */
  link: string;
  /** @format date-time */
  readAt: string | null;
  /** The notification in a sentence, in the reader's language. */
  text: string;
}

export interface NotificationsListParams {
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
}

export interface NotificationsMarkReadParams {
  id: string;
}

export const OnboardingStep = {
  FirstContact: "first_contact",
  AgreementSigned: "agreement_signed",
  TechnicalConnection: "technical_connection",
  FirstImport: "first_import",
  QualityReview: "quality_review",
  TrainingDone: "training_done",
  Autonomous: "autonomous",
} as const;
export type OnboardingStep =
  (typeof OnboardingStep)[keyof typeof OnboardingStep];

export interface OrganisationContributionResponse {
  type: ContributionType;
  valueCents: number;
}

export interface OrganisationContributionsResponse {
  organisationId: string | null;
  organisationName: string | null;
  valueCents: number;
}

export interface OrganisationDetailResponse {
  /** @format date-time */
  archivedAt: string | null;
  /** Calendar days, YYYY-MM-DD. */
  candidateSince: string | null;
  charterSignedOn: string | null;
  /** The organisation's own public contact, not a person's. */
  contactEmail: string | null;
  contactPhone: string | null;
  /** @format date-time */
  createdAt: string;
  description: string | null;
  formerSince: string | null;
  hasCopilSeat: boolean;
  id: string;
  kind: OrganisationKind;
  memberSince: string | null;
  membershipStatus: MembershipStatus;
  name: string;
  people: OrganisationPersonResponse[];
  postcode: string | null;
  rna: string | null;
  siren: string | null;
  territory: string | null;
  /** @format date-time */
  updatedAt: string;
  website: string | null;
}

export interface OrganisationHomeResponse {
  /** Over `splits`: the organisation's shares, what was paid to it, and what remains due. */
  allocatedCents: number;
  /** Every status, in the workflow's order; all four add up to `contributions`. */
  byStatus: HomeStatusCountResponse[];
  contributions: HomeCountResponse;
  dueCents: number;
  organisationId: string;
  organisationName: string;
  paidCents: number;
  /** The approved and settled splits giving the organisation a share, and only its own line's figures. */
  splits: SplitListItemResponse[];
  /** The calendar year counted (Paris). */
  year: number;
}

export const OrganisationKind = {
  Association: "association",
  Cooperative: "cooperative",
  Collective: "collective",
  PublicBody: "public_body",
} as const;
export type OrganisationKind =
  (typeof OrganisationKind)[keyof typeof OrganisationKind];

export interface OrganisationPage {
  items: OrganisationResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface OrganisationPersonResponse {
  email?: string | null;
  firstName: string;
  lastName: string;
  membershipId: string;
  personId: string;
  role: MembershipRole;
}

export interface OrganisationResponse {
  /** @format date-time */
  archivedAt: string | null;
  /** Calendar days, YYYY-MM-DD. */
  candidateSince: string | null;
  charterSignedOn: string | null;
  /** The organisation's own public contact, not a person's. */
  contactEmail: string | null;
  contactPhone: string | null;
  /** @format date-time */
  createdAt: string;
  description: string | null;
  formerSince: string | null;
  hasCopilSeat: boolean;
  id: string;
  kind: OrganisationKind;
  memberSince: string | null;
  membershipStatus: MembershipStatus;
  name: string;
  postcode: string | null;
  rna: string | null;
  siren: string | null;
  territory: string | null;
  /** @format date-time */
  updatedAt: string;
  website: string | null;
}

export interface OrganisationShareResponse {
  amountCents: number;
  /** @format date-time */
  approvedAt: string;
  explanation: string;
  paidCents: number;
  remainingCents: number;
  rule: SplitRule;
  splitId: string;
  status: SplitStatus;
  title: string;
}

export interface OrganisationStatementResponse {
  /** Validated contributions per type, all periods. */
  contributions: OrganisationContributionResponse[];
  organisation: SplitOrganisationResponse;
  payments: StatementPaymentResponse[];
  shares: OrganisationShareResponse[];
  totals: StatementTotalsResponse;
}

export interface OrganisationsArchiveParams {
  id: string;
}

export interface OrganisationsExportParams {
  format?: "csv";
  includeArchived?: boolean;
  kind?: "public_body" | "association" | "cooperative" | "collective";
  membershipStatus?: "candidate" | "member" | "former";
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * Search in name, territory and description
   * @maxLength 100
   */
  q?: string;
  /** @default "name" */
  sort?: "name" | "createdAt" | "kind" | "membershipStatus" | "territory";
  /** @maxLength 120 */
  territory?: string;
}

export interface OrganisationsGetParams {
  id: string;
}

export interface OrganisationsListParams {
  includeArchived?: boolean;
  kind?: "public_body" | "association" | "cooperative" | "collective";
  membershipStatus?: "candidate" | "member" | "former";
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /**
   * Search in name, territory and description
   * @maxLength 100
   */
  q?: string;
  /** @default "name" */
  sort?: "name" | "createdAt" | "kind" | "membershipStatus" | "territory";
  /** @maxLength 120 */
  territory?: string;
}

export interface OrganisationsRestoreParams {
  id: string;
}

export interface OrganisationsUpdateParams {
  id: string;
}

export interface OutboxJobResponse {
  attempts: number;
  /** @format date-time */
  createdAt: string;
  /**
   * When it was given up after the last attempt; null while it is still retried.
   * @format date-time
   */
  failedAt: string | null;
  id: string;
  kind: string;
  lastError: string | null;
  /**
   * When it is tried next (retrying).
   * @format date-time
   */
  runAfter: string;
  subject: string | null;
  /** For a mail: its recipient and subject (the body stays out of this list). */
  to: string | null;
}

export interface OutboxRetryParams {
  id: number;
}

export interface PasswordResetRequestDto {
  /**
   * @format email
   * @maxLength 254
   */
  email: string;
}

export interface PasswordResetRequested {
  ok: boolean;
}

export const PaymentMethod = {
  Card: "card",
  Cheque: "cheque",
  Transfer: "transfer",
  DirectDebit: "direct_debit",
  Cash: "cash",
  Other: "other",
} as const;
export type PaymentMethod = (typeof PaymentMethod)[keyof typeof PaymentMethod];

export interface PeopleArchiveParams {
  id: string;
}

export interface PeopleExportParams {
  format?: "csv";
  hasAccount?: boolean;
  includeArchived?: boolean;
  /** @default "asc" */
  order?: "asc" | "desc";
  /** @format uuid */
  organisationId?: string;
  /** @maxLength 100 */
  q?: string;
  /** @default "lastName" */
  sort: "createdAt" | "firstName" | "lastName" | "email";
}

export interface PeopleGetParams {
  id: string;
}

export interface PeopleListParams {
  hasAccount?: boolean;
  includeArchived?: boolean;
  /** @default "asc" */
  order?: "asc" | "desc";
  /** @format uuid */
  organisationId?: string;
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /** @maxLength 100 */
  q?: string;
  /** @default "lastName" */
  sort: "createdAt" | "firstName" | "lastName" | "email";
}

export interface PeopleRestoreParams {
  id: string;
}

export interface PeopleUpdateParams {
  id: string;
}

export interface PersonMembershipResponse {
  id: string;
  organisationId: string;
  organisationName: string;
  role: MembershipRole;
}

export interface PersonPage {
  items: PersonResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface PersonResponse {
  /** @format date-time */
  archivedAt: string | null;
  /** @format date-time */
  createdAt: string;
  email: string | null;
  firstName: string;
  hasAccount: boolean;
  id: string;
  lastName: string;
  memberships: PersonMembershipResponse[];
  notes: string | null;
  phone: string | null;
}

export interface PipelineCountsResponse {
  active: number;
  left: number;
  new: number;
  paused: number;
  welcomed: number;
}

export const PipelineStage = {
  New: "new",
  Welcomed: "welcomed",
  Active: "active",
  Paused: "paused",
  Left: "left",
} as const;
export type PipelineStage = (typeof PipelineStage)[keyof typeof PipelineStage];

export interface PipelineStepResponse {
  count: number;
  grantedCents: number;
  requestedCents: number;
  status: GrantStatus;
}

export interface PreviewResponse {
  /** Size of the HTML part (Gmail clips beyond 102 KB). */
  bytes: number;
  html: string;
  subject: string;
  text: string;
}

export interface PrivacyEraseParams {
  id: string;
}

export interface PrivacyExportParams {
  id: string;
}

export interface PrivacyListParams {
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /** @format uuid */
  personId?: string;
  status?: PrivacyRequestStatus;
}

export const PrivacyRequestKind = {
  Access: "access",
  Erasure: "erasure",
  Portability: "portability",
} as const;
export type PrivacyRequestKind =
  (typeof PrivacyRequestKind)[keyof typeof PrivacyRequestKind];

export interface PrivacyRequestPage {
  items: PrivacyRequestResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface PrivacyRequestResponse {
  /** `YYYY-MM-DD`, one month after receipt (Paris). */
  deadline: string;
  /** @format date-time */
  handledAt: string | null;
  handledById: string | null;
  handledByName: string | null;
  id: string;
  kind: PrivacyRequestKind;
  /** Still pending after its deadline. */
  overdue: boolean;
  personId: string;
  /** The person's name as it is now: the pseudonym once erased. */
  personName: string;
  /** @format date-time */
  receivedAt: string;
  status: PrivacyRequestStatus;
}

export const PrivacyRequestStatus = {
  Pending: "pending",
  Done: "done",
} as const;
export type PrivacyRequestStatus =
  (typeof PrivacyRequestStatus)[keyof typeof PrivacyRequestStatus];

export const ProblemCode = {
  NoText: "no_text",
  ImageAlt: "image_alt",
  NotHttps: "not_https",
  OwnUrlNotHttps: "own_url_not_https",
  BrokenLink: "broken_link",
  TooLarge: "too_large",
  NoUnsubscribe: "no_unsubscribe",
  NoDkim: "no_dkim",
  NoLists: "no_lists",
  NoBlocks: "no_blocks",
} as const;
export type ProblemCode = (typeof ProblemCode)[keyof typeof ProblemCode];

export interface ProblemResponse {
  code: ProblemCode;
  /** The link, image or size concerned. */
  detail?: string;
  /** In the caller's language. */
  message: string;
  /** Errors stop scheduling; warnings are worth a look. */
  severity: ProblemSeverity;
}

/** Errors stop scheduling; warnings are worth a look. */
export const ProblemSeverity = {
  Error: "error",
  Warning: "warning",
  Info: "info",
} as const;
export type ProblemSeverity =
  (typeof ProblemSeverity)[keyof typeof ProblemSeverity];

export const ProposalBlockType = {
  Article: "article",
  FreeText: "free_text",
} as const;
export type ProposalBlockType =
  (typeof ProposalBlockType)[keyof typeof ProposalBlockType];

export interface ProposalPage {
  items: ProposalResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface ProposalResponse {
  /** @format date-time */
  createdAt: string;
  /** @format date-time */
  decidedAt: string | null;
  decidedById: string | null;
  decisionNote: string | null;
  /** Who it comes from, in words ("GT Technique"). */
  groupName: string | null;
  id: string;
  /** The issue it was accepted into. */
  issueId: string | null;
  issueNumber: number | null;
  linkUrl: string | null;
  proposedById: string;
  proposedByName: string | null;
  status: ProposalStatus;
  text: string;
  title: string;
  /** @format date-time */
  updatedAt: string;
}

export const ProposalStatus = {
  Pending: "pending",
  Accepted: "accepted",
  Declined: "declined",
} as const;
export type ProposalStatus =
  (typeof ProposalStatus)[keyof typeof ProposalStatus];

export interface ProposalsAcceptParams {
  id: string;
}

export interface ProposalsDeclineParams {
  id: string;
}

export interface ProposalsListParams {
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  status?: ProposalStatus;
}

export interface PublicCampaignResponse {
  description: string | null;
  donorsCount: number;
  endsOn: string | null;
  goalCents: number | null;
  name: string;
  raisedCents: number;
  startsOn: string | null;
}

export interface PublicEventResponse {
  audience: Audience;
  description: string | null;
  /** @format date-time */
  endsAt: string;
  id: string;
  kind: EventKind;
  mode: EventMode;
  place: string | null;
  /** Places left (0: who registers goes on the waiting list). */
  placesLeft: number;
  /** @format date-time */
  startsAt: string;
  title: string;
  trainer: string | null;
}

export interface PublicEventsEventParams {
  id: string;
}

export interface PublicEventsRegisterParams {
  id: string;
}

export interface PublicFormResponse {
  consentText: ConsentTextResponse;
  consentTextVersion: string;
  lists: PublicListResponse[];
}

export interface PublicGrantResponse {
  amountGrantedCents: number;
  funderName: string | null;
  receivedCents: number;
  title: string;
  year: number;
}

export interface PublicInKindResponse {
  count: number;
  /** Null: what people gave in their own name (they are not named). */
  organisationName: string | null;
  type: ContributionType;
  valueCents: number;
  year: number;
}

export interface PublicListResponse {
  description: string | null;
  id: string;
  name: string;
}

export interface PublicNewslettersDescribeParams {
  token: string;
}

export interface PublicNewslettersOpenedParams {
  number: string;
}

export interface PublicNewslettersPreviewParams {
  token: string;
}

export interface PublicNewslettersUnsubscribePageParams {
  token: string;
}

export interface PublicNewslettersUnsubscribeParams {
  token: string;
}

export interface PublicNewslettersWebVersionParams {
  number: number;
}

export interface PublicRegistrationDto {
  /**
   * @format email
   * @maxLength 254
   */
  email: string;
  firstName: string;
  lastName: string;
  /**
   * Honeypot, as on the volunteer sign-up: hidden from people, filled in by bots; a filled one is dropped silently.
   * @maxLength 500
   */
  website?: string;
}

export interface PublicSplitLineResponse {
  amountCents: number;
  organisationName: string;
}

export interface PublicSplitResponse {
  /** The grants it shares out, those published only. */
  grantTitles: string[];
  lines: PublicSplitLineResponse[];
  title: string;
  totalCents: number;
  /** The year it was approved. */
  year: number;
}

export interface PublicTransparencyResponse {
  grants: PublicGrantResponse[];
  inKind: PublicInKindResponse[];
  splits: PublicSplitResponse[];
}

export interface PublishDto {
  published: boolean;
}

export interface ReauthenticateDto {
  /** Required when the account has a second factor. */
  code?: string;
  /** @maxLength 200 */
  password: string;
}

export interface ReceiptDeclarationResponse {
  /** Cancelled in the year: their numbers stay used. */
  cancelledCount: number;
  count: number;
  firstNumber: string | null;
  lastNumber: string | null;
  totalCents: number;
  year: number;
}

export const ReceiptKind = {
  Gift: "gift",
  Yearly: "yearly",
} as const;
export type ReceiptKind = (typeof ReceiptKind)[keyof typeof ReceiptKind];

export interface ReceiptPage {
  items: ReceiptResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface ReceiptResponse {
  amountCents: number;
  cancelReason: string | null;
  /** @format date-time */
  cancelledAt: string | null;
  donorId: string;
  donorName: string;
  giftsCount: number;
  id: string;
  issuedOn: string;
  kind: ReceiptKind;
  /** @format date-time */
  mailedAt: string | null;
  number: string;
  /** The receipt issued in its place, if any. */
  replacedById: string | null;
  replacesId: string | null;
  year: number;
}

export interface RecordPaymentDto {
  /**
   * @min 1
   * @max 1000000000
   */
  amountCents: number;
  note?: string | null;
  /** @format uuid */
  organisationId: string;
  /** @format date */
  paidOn: string;
  reference: string;
}

export interface RecoveryCodesResponse {
  recoveryCodes: string[];
}

export interface RegistrationResponse {
  attended: boolean | null;
  email: string | null;
  firstName: string;
  id: string;
  lastName: string;
  personId: string;
  /** @format date-time */
  registeredAt: string;
  sourceId: string | null;
  sourceName: string | null;
  status: RegistrationStatus;
  /** Place on the waiting list (1 = next), null unless waiting. */
  waitingRank: number | null;
}

export const RegistrationStatus = {
  Confirmed: "confirmed",
  Waiting: "waiting",
  Cancelled: "cancelled",
} as const;
export type RegistrationStatus =
  (typeof RegistrationStatus)[keyof typeof RegistrationStatus];

export interface ReportDto {
  documentUrl?: string | null;
  /** @format date */
  dueOn: string;
  kind: ReportKind;
  notes?: string | null;
  /**
   * Required once sent.
   * @format date
   */
  sentOn?: string | null;
  status?: ReportStatus;
  title: string;
}

export interface ReportGroupResponse {
  account: string;
  label: string;
  lines: ReportLineResponse[];
  total: ReportLineResponse;
}

export const ReportKind = {
  Interim: "interim",
  FinalFinancial: "final_financial",
  FinalActivity: "final_activity",
  Other: "other",
} as const;
export type ReportKind = (typeof ReportKind)[keyof typeof ReportKind];

export interface ReportLineResponse {
  /** The account of the associations' chart of accounts. */
  account: string | null;
  actualCents: number;
  category: BudgetCategory | null;
  gapCents: number | null;
  /** Why realised differs from planned: written on the budget line, or stated for a funder's line. */
  gapNote: string | null;
  label: string;
  plannedCents: number | null;
  /** actual / planned (null when nothing was planned). */
  realisedShare: number | null;
}

export interface ReportSectionResponse {
  groups: ReportGroupResponse[];
  total: ReportLineResponse;
}

export const ReportStatus = {
  Due: "due",
  Sent: "sent",
  Accepted: "accepted",
} as const;
export type ReportStatus = (typeof ReportStatus)[keyof typeof ReportStatus];

export interface ResendDto {
  /**
   * @maxItems 1000
   * @minItems 1
   */
  deliveryIds?: string[];
  status?: ResendableStatus;
}

export interface ResendResponse {
  /** Rows queued again: at most once each per request. */
  queued: number;
}

export const ResendableStatus = {
  Failed: "failed",
  Uncertain: "uncertain",
} as const;
export type ResendableStatus =
  (typeof ResendableStatus)[keyof typeof ResendableStatus];

export interface ReversePaymentDto {
  reason: string;
  /** @format date */
  reversedOn?: string;
}

export interface ReviewContributionsDto {
  decision: ReviewDecision;
  /**
   * @maxItems 200
   * @minItems 1
   * @uniqueItems true
   */
  ids: string[];
  /** Required to reject: the author sees it. */
  reason?: string | null;
}

export const ReviewDecision = {
  Validate: "validate",
  Reject: "reject",
} as const;
export type ReviewDecision =
  (typeof ReviewDecision)[keyof typeof ReviewDecision];

export const Role = {
  Admin: "admin",
  Coordinator: "coordinator",
  Copil: "copil",
  Comms: "comms",
  WgLead: "wg_lead",
  Contractor: "contractor",
  Volunteer: "volunteer",
  Treasurer: "treasurer",
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export interface RoleCountsResponse {
  facilitator: number;
  member: number;
  referent: number;
  welcomer: number;
}

export const RoleGap = {
  NoReferent: "no_referent",
  OneReferent: "one_referent",
  NoFacilitator: "no_facilitator",
  NoWelcomer: "no_welcomer",
} as const;
export type RoleGap = (typeof RoleGap)[keyof typeof RoleGap];

export interface SaveActivityReportDto {
  /** @format date */
  from?: string;
  /**
   * @maxItems 30
   * @minItems 1
   */
  sections: ActivitySectionInput[];
  /** @format date */
  to?: string;
}

export interface SaveSplitDto {
  /**
   * @min 0
   * @max 1000000000
   */
  baseCents?: number | null;
  notes?: string | null;
  participants: SplitParticipantDto[];
  /** @format date */
  periodFrom?: string | null;
  /** @format date */
  periodTo?: string | null;
  rule: SplitRule;
  /** @maxItems 20 */
  setAsides?: SetAsideDto[];
  /**
   * The grants the money comes from, and how much of each; their sum is the total.
   * @maxItems 20
   */
  sources?: SplitSourceDto[];
  title: string;
  /**
   * @min 1
   * @max 1000000000
   */
  totalCents: number;
  /**
   * Proportional rules: the contribution types counted, each with its weight; absent or null = every type at its value.
   * @maxItems 20
   */
  typeWeights?: TypeWeightDto[] | null;
}

export interface ScheduleDto {
  sendAt: string;
}

export interface SecondFactorDto {
  code: string;
  /** @maxLength 200 */
  currentPassword: string;
}

export interface SecondFactorSetupResponse {
  otpauthUri: string;
  secret: string;
}

export interface SecondFactorState {
  enabled: boolean;
  required: boolean;
}

export interface SecuritySettingsDto {
  /** @uniqueItems true */
  totpRequiredFor: Role[];
}

export interface SecuritySettingsResponse {
  /** Roles whose holders must turn a second factor on before anything else. */
  totpRequiredFor: Role[];
}

export interface SendStatsResponse {
  bounced: number;
  claimed: number;
  /** Reported as spam after it was sent (returns/README.md). */
  complained: number;
  failed: number;
  /** Aggregate opens, only when the issue counts them (never per person). */
  opens: number | null;
  queued: number;
  recipients: number;
  sending: number;
  /** @format date-time */
  sendingStartedAt: string | null;
  sent: number;
  /** @format date-time */
  sentAt: string | null;
  skipped: number;
  status: IssueStatus;
  uncertain: number;
  /** People who left the issue's list after it started going out. */
  unsubscribedSince: number;
}

export interface SessionResponse {
  /** @format date-time */
  createdAt: string;
  /** The session this request came with. */
  current: boolean;
  /** The first 16 hex digits of the stored token hash: enough to end it, not to use it. */
  id: string;
  ip: string | null;
  /** @format date-time */
  lastSeenAt: string;
  userAgent: string | null;
}

export interface SetAsideDto {
  /**
   * @min 0
   * @max 1000000000
   */
  amountCents: number;
  label: string;
}

export interface SetAsideResponse {
  amountCents: number;
  label: string;
}

export interface SetRolesDto {
  /** @uniqueItems true */
  roles: (
    | "admin"
    | "coordinator"
    | "copil"
    | "comms"
    | "wg_lead"
    | "contractor"
    | "volunteer"
    | "treasurer"
  )[];
}

export interface SignupConsentResponse {
  /** In the visitor's language. */
  text: string;
  version: string;
}

export interface SignupFormResponse {
  consent: SignupConsentResponse;
  groups: SignupGroupResponse[];
}

export interface SignupGroupResponse {
  id: string;
  mission: string | null;
  name: string;
}

export const SourceDataKind = {
  Places: "places",
  Events: "events",
  Actors: "actors",
} as const;
export type SourceDataKind =
  (typeof SourceDataKind)[keyof typeof SourceDataKind];

export interface SourceDetailResponse {
  checks: FeedCheckResponse[];
  contacts: string | null;
  /** @format date-time */
  createdAt: string;
  dataKind: SourceDataKind;
  /** @format date-time */
  failingSince: string | null;
  feedKind: FeedKind;
  feedUrl: string | null;
  groupId: string | null;
  groupName: string | null;
  health: FeedHealth;
  id: string;
  incomplete: number | null;
  /** Share of records missing a required field, in percent (one decimal). */
  incompletePercent: number | null;
  /** @format date-time */
  lastChangeAt: string | null;
  /** @format date-time */
  lastCheckedAt: string | null;
  licence: string | null;
  name: string;
  nextStepDueOn: string | null;
  nextStepOwnerId: string | null;
  nextStepOwnerName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  partnerName: string | null;
  /** Figures of the last successful reading (null: never read). */
  records: number | null;
  referentName: string | null;
  referentPersonId: string | null;
  step: OnboardingStep;
  /** The next step's day has passed (in Paris) and the source is not autonomous yet. */
  stepOverdue: boolean;
  /** The day the current step was reached (YYYY-MM-DD). */
  stepReachedOn: string | null;
  steps: SourceStepResponse[];
  /** @format date-time */
  updatedAt: string;
}

export interface SourcePage {
  items: SourceResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface SourceResponse {
  contacts: string | null;
  /** @format date-time */
  createdAt: string;
  dataKind: SourceDataKind;
  /** @format date-time */
  failingSince: string | null;
  feedKind: FeedKind;
  feedUrl: string | null;
  groupId: string | null;
  groupName: string | null;
  health: FeedHealth;
  id: string;
  incomplete: number | null;
  /** Share of records missing a required field, in percent (one decimal). */
  incompletePercent: number | null;
  /** @format date-time */
  lastChangeAt: string | null;
  /** @format date-time */
  lastCheckedAt: string | null;
  licence: string | null;
  name: string;
  nextStepDueOn: string | null;
  nextStepOwnerId: string | null;
  nextStepOwnerName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  partnerName: string | null;
  /** Figures of the last successful reading (null: never read). */
  records: number | null;
  referentName: string | null;
  referentPersonId: string | null;
  step: OnboardingStep;
  /** The next step's day has passed (in Paris) and the source is not autonomous yet. */
  stepOverdue: boolean;
  /** The day the current step was reached (YYYY-MM-DD). */
  stepReachedOn: string | null;
  /** @format date-time */
  updatedAt: string;
}

export interface SourceStepResponse {
  byName: string | null;
  id: string;
  note: string | null;
  reachedOn: string;
  step: OnboardingStep;
}

export interface SourcesCheckParams {
  id: string;
}

export interface SourcesExportParams {
  dataKind?: "events" | "places" | "actors";
  format?: "csv";
  /** @format uuid */
  groupId?: string;
  health?: "unknown" | "ok" | "stale" | "failing";
  /** @format uuid */
  organisationId?: string;
  /**
   * Search in name, partner and organisation
   * @maxLength 100
   */
  q?: string;
  step?:
    | "first_contact"
    | "agreement_signed"
    | "technical_connection"
    | "first_import"
    | "quality_review"
    | "training_done"
    | "autonomous";
}

export interface SourcesGetParams {
  id: string;
}

export interface SourcesListParams {
  dataKind?: "events" | "places" | "actors";
  /** @format uuid */
  groupId?: string;
  health?: "unknown" | "ok" | "stale" | "failing";
  /** @default "asc" */
  order?: "asc" | "desc";
  /** @format uuid */
  organisationId?: string;
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /**
   * Search in name, partner and organisation
   * @maxLength 100
   */
  q?: string;
  step?:
    | "first_contact"
    | "agreement_signed"
    | "technical_connection"
    | "first_import"
    | "quality_review"
    | "training_done"
    | "autonomous";
}

export interface SourcesMoveStepParams {
  id: string;
}

export interface SourcesUpdateParams {
  id: string;
}

export const SplitBound = {
  Floor: "floor",
  Cap: "cap",
} as const;
export type SplitBound = (typeof SplitBound)[keyof typeof SplitBound];

export interface SplitClampedResponse {
  amountCents: number;
  bound: SplitBound;
  organisationId: string;
}

export interface SplitDecisionResponse {
  decidedOn: string;
  id: string;
  number: number;
  title: string;
}

export interface SplitDetailResponse {
  /** @format date-time */
  approvedAt: string | null;
  approvedByName: string | null;
  baseCents: number | null;
  copilDecision: SplitDecisionResponse | null;
  copilDecisionId: string | null;
  /** @format date-time */
  createdAt: string;
  createdByName: string | null;
  id: string;
  notes: string | null;
  organisationCount: number;
  participants: SplitParticipantResponse[];
  payments: SplitPaymentResponse[];
  periodFrom: string | null;
  periodTo: string | null;
  problems: Record<string, string[]> | null;
  /** Shown on the public transparency page (when the network turns it on). */
  published: boolean;
  /** Drafts: the simulation with today's contributions; null when it cannot be computed any more (see `problems`). */
  result: SplitResultResponse | null;
  rule: SplitRule;
  setAsides: SetAsideResponse[];
  /** @format date-time */
  settledAt: string | null;
  sources: SplitSourceResponse[];
  status: SplitStatus;
  title: string;
  totalCents: number;
  typeWeights: TypeWeightResponse[] | null;
  /** @format date-time */
  updatedAt: string;
}

export interface SplitLedgerEntryPage {
  items: SplitLedgerEntryResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface SplitLedgerEntryResponse {
  actorName: string | null;
  amountCents: number | null;
  /** @format date-time */
  at: string;
  id: string;
  kind: LedgerKind;
  organisationId: string | null;
  organisationName: string | null;
  paymentId: string | null;
  splitId: string;
  splitTitle: string;
  summary: string;
}

export interface SplitLineResponse {
  amountCents: number;
  baseCents: number;
  bound: SplitBound | null;
  capCents: number | null;
  /** Its validated contributions, all types, unweighted. */
  contributionCents: number;
  /** Validated contributions per type, in cents. */
  contributions: Record<string, number>;
  exactShareCents: string;
  explanation: string;
  fixedAmountCents: number | null;
  floorCents: number | null;
  organisationId: string;
  organisationName: string;
  /** Approved splits: paid so far and what remains. */
  paidCents?: number | null;
  /** Decimal ratio, e.g. "0.253012". */
  ratio: string;
  remainingCents?: number | null;
  /** Cents added by the largest-remainder rounding (0 or 1). */
  roundingCents: number;
  shareBp: number | null;
  /** Exact decimal cents, e.g. "123456.5000". */
  weightedContributionCents: string;
}

export interface SplitListItemPage {
  items: SplitListItemResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface SplitListItemResponse {
  /**
   * Over the lines the reader may read (every line for the coordinator, their organisation's for a COPIL member); null
   * for a draft.
   */
  allocatedCents: number | null;
  /** @format date-time */
  approvedAt: string | null;
  /** @format date-time */
  createdAt: string;
  id: string;
  organisationCount: number;
  paidCents: number | null;
  rule: SplitRule;
  /** @format date-time */
  settledAt: string | null;
  status: SplitStatus;
  title: string;
  totalCents: number;
}

export interface SplitOrganisationResponse {
  id: string;
  name: string;
}

export interface SplitParametersDto {
  /**
   * @min 0
   * @max 1000000000
   */
  baseCents?: number | null;
  participants: SplitParticipantDto[];
  /** @format date */
  periodFrom?: string | null;
  /** @format date */
  periodTo?: string | null;
  rule: SplitRule;
  /** @maxItems 20 */
  setAsides?: SetAsideDto[];
  /**
   * The grants the money comes from, and how much of each; their sum is the total.
   * @maxItems 20
   */
  sources?: SplitSourceDto[];
  /**
   * @min 1
   * @max 1000000000
   */
  totalCents: number;
  /**
   * Proportional rules: the contribution types counted, each with its weight; absent or null = every type at its value.
   * @maxItems 20
   */
  typeWeights?: TypeWeightDto[] | null;
}

export interface SplitParticipantDto {
  /**
   * @min 0
   * @max 1000000000
   */
  amountCents?: number | null;
  /**
   * @min 0
   * @max 1000000000
   */
  capCents?: number | null;
  /**
   * @min 0
   * @max 1000000000
   */
  floorCents?: number | null;
  /** @format uuid */
  organisationId: string;
  /** @min 0 */
  shareBp?: number | null;
}

export interface SplitParticipantResponse {
  amountCents: number | null;
  capCents: number | null;
  floorCents: number | null;
  organisationId: string;
  organisationName: string;
  shareBp: number | null;
}

export interface SplitPaymentResponse {
  amountCents: number;
  /** @format date-time */
  createdAt: string;
  id: string;
  note: string | null;
  organisationId: string;
  organisationName: string;
  /** YYYY-MM-DD. */
  paidOn: string;
  recordedByName: string | null;
  reference: string;
  reversedById: string | null;
  reversesId: string | null;
}

export interface SplitResultResponse {
  distributedCents: number;
  fingerprint: string | null;
  lines: SplitLineResponse[];
  /** Null when the reader sees only some of the lines. */
  rounds: SplitRoundResponse[] | null;
  setAsideCents: number;
}

export interface SplitRoundResponse {
  clamped: SplitClampedResponse[];
  /** What was left to share after this round, and among how many organisations. */
  remainingCents: number;
  sharedAmong: number;
}

export const SplitRule = {
  FixedPercent: "fixed_percent",
  FixedAmount: "fixed_amount",
  Proportional: "proportional",
  BasePlusProportional: "base_plus_proportional",
} as const;
export type SplitRule = (typeof SplitRule)[keyof typeof SplitRule];

export interface SplitSimulationResponse {
  distributedCents: number;
  /** SHA-256 of everything the result was computed from; approval can insist it has not moved. */
  fingerprint: string;
  lines: SplitLineResponse[];
  rounds: SplitRoundResponse[];
  rule: SplitRule;
  setAsideCents: number;
  setAsides: SetAsideResponse[];
  sources: SplitSourceResponse[];
  totalCents: number;
}

export const SplitSort = {
  CreatedAt: "createdAt",
  Title: "title",
  TotalCents: "totalCents",
  ApprovedAt: "approvedAt",
} as const;
export type SplitSort = (typeof SplitSort)[keyof typeof SplitSort];

export interface SplitSourceDto {
  /**
   * @min 1
   * @max 1000000000
   */
  amountCents: number;
  /** @format uuid */
  grantId: string;
}

export interface SplitSourceResponse {
  amountCents: number;
  funderName: string | null;
  grantId: string;
  grantTitle: string | null;
}

export interface SplitStatementResponse {
  line: SplitLineResponse;
  organisation: SplitOrganisationResponse;
  payments: SplitPaymentResponse[];
  split: StatementSplitResponse;
}

export const SplitStatus = {
  Draft: "draft",
  Approved: "approved",
  Settled: "settled",
} as const;
export type SplitStatus = (typeof SplitStatus)[keyof typeof SplitStatus];

export interface SplitsApproveParams {
  id: string;
}

export interface SplitsExportCsvParams {
  id: string;
}

export interface SplitsExportPaymentsParams {
  format?: "csv" | "xlsx";
  /** @format uuid */
  organisationId?: string;
  /** @format uuid */
  splitId?: string;
}

export interface SplitsGetParams {
  id: string;
}

export interface SplitsLedgerParams {
  /**
   * Newest first unless asked otherwise.
   * @default "desc"
   */
  order?: "asc" | "desc";
  /** @format uuid */
  organisationId?: string;
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /** @format uuid */
  splitId?: string;
}

export interface SplitsListParams {
  /** @default "desc" */
  order?: "asc" | "desc";
  /**
   * Only the splits this organisation has a share in
   * @format uuid
   */
  organisationId?: string;
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  sort?: SplitSort;
  status?: SplitStatus;
}

export interface SplitsOrganisationStatementCsvParams {
  organisationId: string;
}

export interface SplitsOrganisationStatementParams {
  organisationId: string;
}

export interface SplitsRecordPaymentParams {
  id: string;
}

export interface SplitsRemoveParams {
  id: string;
}

export interface SplitsReversePaymentParams {
  id: string;
  paymentId: string;
}

export interface SplitsSetPublishedParams {
  id: string;
}

export interface SplitsSplitStatementCsvParams {
  id: string;
  organisationId: string;
}

export interface SplitsSplitStatementParams {
  id: string;
  organisationId: string;
}

export interface SplitsUpdateParams {
  id: string;
}

export interface StatementLineResponse {
  chargeAccount: string;
  chargeLabel: string | null;
  productAccount: string;
  productLabel: string | null;
  quantities: UnitQuantityResponse[];
  type: ContributionType;
  valueCents: number;
}

export interface StatementPaymentResponse {
  amountCents: number;
  /** @format date-time */
  createdAt: string;
  id: string;
  note: string | null;
  organisationId: string;
  organisationName: string;
  /** YYYY-MM-DD. */
  paidOn: string;
  recordedByName: string | null;
  reference: string;
  reversedById: string | null;
  reversesId: string | null;
  splitId: string;
  splitTitle: string;
}

export interface StatementSplitResponse {
  /** @format date-time */
  approvedAt: string | null;
  approvedByName: string | null;
  baseCents: number | null;
  copilDecision: SplitDecisionResponse | null;
  copilDecisionId: string | null;
  /** @format date-time */
  createdAt: string;
  createdByName: string | null;
  distributedCents: number;
  id: string;
  notes: string | null;
  organisationCount: number;
  periodFrom: string | null;
  periodTo: string | null;
  /** Shown on the public transparency page (when the network turns it on). */
  published: boolean;
  rule: SplitRule;
  setAsides: SetAsideResponse[];
  /** @format date-time */
  settledAt: string | null;
  sources: SplitSourceResponse[];
  status: SplitStatus;
  title: string;
  totalCents: number;
  typeWeights: TypeWeightResponse[] | null;
  /** @format date-time */
  updatedAt: string;
}

export interface StatementTotalsResponse {
  allocatedCents: number;
  contributionCents: number;
  paidCents: number;
  remainingCents: number;
}

export interface StrategyActionParams {
  id: string;
}

export interface StrategyActionResponse {
  /** None for a cross-cutting theme. */
  axisId: string | null;
  content: string;
  /** @format date-time */
  createdAt: string;
  /** The decisions that serve it, those the reader may read. */
  decisions: DecisionSummaryResponse[];
  grantIds: string[];
  groupIds: string[];
  id: string;
  involvesCopil: boolean;
  number: number | null;
  personDaysPerMonth: number | null;
  /** The splits linked to it, those the reader may read. */
  splitIds: string[];
  status: StrategyStatus;
  targetPublic: string[];
  title: string;
  /** @format date-time */
  updatedAt: string;
}

export interface StrategyAxisResponse {
  actions: StrategyActionResponse[];
  id: string;
  number: number;
  title: string;
}

export interface StrategyAxisSummaryResponse {
  id: string;
  number: number;
  title: string;
}

export interface StrategyResponse {
  axes: StrategyAxisResponse[];
  /** Cross-cutting themes: actions without an axis. */
  transversal: StrategyActionResponse[];
}

export const StrategyStatus = {
  Planned: "planned",
  InProgress: "in_progress",
  Done: "done",
  Paused: "paused",
  Abandoned: "abandoned",
} as const;
export type StrategyStatus =
  (typeof StrategyStatus)[keyof typeof StrategyStatus];

export interface StrategyUpdateAxisParams {
  id: string;
}

export interface StrategyUpdateParams {
  id: string;
}

export interface SubmitContributionsDto {
  /**
   * @maxItems 200
   * @minItems 1
   * @uniqueItems true
   */
  ids: string[];
}

export interface SubscribeDto {
  /**
   * The version of the consent text the form showed (GET /newsletters/public/lists gives it).
   * @maxLength 40
   */
  consentTextVersion: string;
  /**
   * @format email
   * @maxLength 254
   */
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  /**
   * @maxItems 20
   * @minItems 1
   */
  listIds: string[];
  locale: Locale;
  /**
   * The page the form was on.
   * @maxLength 500
   */
  sourcePage: string;
  /**
   * A field people never see: bots fill it.
   * @maxLength 200
   */
  website?: string;
}

export interface SubscriberDeliveryResponse {
  /**
   * When it was sent, else handed to the relay, else when the issue started going out.
   * @format date-time
   */
  at: string | null;
  attempts: number;
  id: string;
  issueId: string;
  issueNumber: number;
  issueTitle: string;
  /** The SMTP server's last answer. */
  smtpResponse: string | null;
  status: DeliveryStatus;
}

export interface SubscriberDetailResponse {
  /** @format date-time */
  bouncedAt: string | null;
  /** @format date-time */
  confirmedAt: string | null;
  consent?: ConsentEventResponse[];
  /** @format date-time */
  createdAt: string;
  /** The last 100 issues sent to them, newest first. */
  deliveries?: SubscriberDeliveryResponse[];
  email: string;
  firstName: string | null;
  id: string;
  lastName: string | null;
  lists: SubscriberListResponse[];
  locale: Locale;
  status: SubscriberStatus;
  /** Why the status changed when it was not the person's own doing. */
  statusReason: string | null;
  /** @format date-time */
  unsubscribedAt: string | null;
  /** @format date-time */
  updatedAt: string;
}

export interface SubscriberListResponse {
  listId: string;
  name: string;
  status: SubscriptionStatus;
}

export interface SubscriberPage {
  items: SubscriberResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface SubscriberResponse {
  /** @format date-time */
  bouncedAt: string | null;
  /** @format date-time */
  confirmedAt: string | null;
  /** @format date-time */
  createdAt: string;
  email: string;
  firstName: string | null;
  id: string;
  lastName: string | null;
  lists: SubscriberListResponse[];
  locale: Locale;
  status: SubscriberStatus;
  /** Why the status changed when it was not the person's own doing. */
  statusReason: string | null;
  /** @format date-time */
  unsubscribedAt: string | null;
  /** @format date-time */
  updatedAt: string;
}

/** Staff may only record what a mail server told them: a bounce or a spam complaint. */
export const SubscriberStaffStatus = {
  Bounced: "bounced",
  Complained: "complained",
} as const;
export type SubscriberStaffStatus =
  (typeof SubscriberStaffStatus)[keyof typeof SubscriberStaffStatus];

export const SubscriberStatus = {
  Pending: "pending",
  Confirmed: "confirmed",
  Unsubscribed: "unsubscribed",
  Bounced: "bounced",
  Complained: "complained",
} as const;
export type SubscriberStatus =
  (typeof SubscriberStatus)[keyof typeof SubscriberStatus];

export interface SubscribersExportParams {
  format?: "csv";
  /** @format uuid */
  listId?: string;
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * Search in email and names
   * @maxLength 100
   */
  q?: string;
  /** @default "email" */
  sort?: "status" | "createdAt" | "lastName" | "email";
  status?: SubscriberStatus;
}

export interface SubscribersGetParams {
  id: string;
}

export interface SubscribersListParams {
  /** @format uuid */
  listId?: string;
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /**
   * Search in email and names
   * @maxLength 100
   */
  q?: string;
  /** @default "email" */
  sort?: "status" | "createdAt" | "lastName" | "email";
  status?: SubscriberStatus;
}

export interface SubscribersUpdateParams {
  id: string;
}

export const SubscriptionStatus = {
  Pending: "pending",
  Confirmed: "confirmed",
  Unsubscribed: "unsubscribed",
} as const;
export type SubscriptionStatus =
  (typeof SubscriptionStatus)[keyof typeof SubscriptionStatus];

export interface TermResponse {
  current: boolean;
  email?: string | null;
  endedOn: string | null;
  firstName: string;
  groupId: string;
  id: string;
  lastName: string;
  personId: string;
  role: MemberRole;
  /** Calendar days, YYYY-MM-DD; the end day is the term's last day. */
  startedOn: string;
}

export interface TestSendDto {
  /**
   * @maxItems 5
   * @minItems 1
   */
  emails: string[];
}

export interface TestSendResponse {
  sent: number;
}

export interface TimeEntryPage {
  items: TimeEntryResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface TimeEntryResponse {
  /** @format date-time */
  createdAt: string;
  description: string;
  id: string;
  missionId: string;
  personId: string;
  quantity: number;
  unit: TimeUnit;
  /** @format date-time */
  updatedAt: string;
  /** A calendar day, YYYY-MM-DD. */
  workedOn: string;
}

export const TimeUnit = {
  Day: "day",
  Hour: "hour",
} as const;
export type TimeUnit = (typeof TimeUnit)[keyof typeof TimeUnit];

export interface TokenPasswordDto {
  password: string;
  /** @maxLength 100 */
  token: string;
}

export const TotalDimension = {
  Organisation: "organisation",
  Type: "type",
  Unit: "unit",
  WorkingGroup: "workingGroup",
  Grant: "grant",
  Status: "status",
  Period: "period",
} as const;
export type TotalDimension =
  (typeof TotalDimension)[keyof typeof TotalDimension];

export const TotalPeriod = {
  Month: "month",
  Quarter: "quarter",
  Year: "year",
} as const;
export type TotalPeriod = (typeof TotalPeriod)[keyof typeof TotalPeriod];

export interface TrailActionResponse {
  axisId: string | null;
  decisions: TrailDecisionResponse[];
  id: string;
  number: number | null;
  status: string;
  title: string;
}

export interface TrailDecisionResponse {
  decidedOn: string;
  id: string;
  number: number;
  outcome: string;
  title: string;
}

export interface TrailGrantResponse {
  amountGrantedCents: number | null;
  funderName: string;
  id: string;
  /** Validated contributions in kind linked to the grant, valued: co-financing. */
  inKindCents: number;
  instalments: TrailInstalmentResponse[];
  receivedCents: number;
  status: string;
  title: string;
}

export interface TrailInstalmentResponse {
  expectedCents: number;
  expectedOn: string;
  id: string;
  label: string;
  receivedCents: number | null;
  receivedOn: string | null;
}

export interface TrailOfActionParams {
  id: string;
}

export interface TrailOfGrantParams {
  id: string;
}

export interface TrailPaymentResponse {
  amountCents: number;
  id: string;
  organisationId: string;
  organisationName: string;
  paidOn: string;
}

export interface TrailResponse {
  actions: TrailActionResponse[];
  grants: TrailGrantResponse[];
  splits: TrailSplitResponse[];
  totals: TrailTotalsResponse;
}

export interface TrailSplitResponse {
  /** @format date-time */
  approvedAt: string | null;
  /** The grants its money comes from. */
  grantIds: string[];
  id: string;
  /** The payments the reader sees, reversals deducted. */
  paidCents: number;
  payments: TrailPaymentResponse[];
  status: string;
  title: string;
  totalCents: number;
}

export interface TrailTotalsResponse {
  grantedCents: number;
  inKindCents: number;
  paidCents: number;
  receivedCents: number;
}

export interface TransparencySettingsDto {
  /** Whether the public transparency page (and its API) answers at all. */
  enabled: boolean;
}

export interface TransparencySettingsResponse {
  enabled: boolean;
}

export interface TypeWeightDto {
  type: ContributionType;
  /**
   * 10 000 = counted at its value; 5 000 = at half.
   * @min 0
   */
  weightBp: number;
}

export interface TypeWeightResponse {
  type: ContributionType;
  /** 10 000 = counted at its value; 5 000 = at half. */
  weightBp: number;
}

export interface UnitQuantityResponse {
  quantity: number;
  unit: ContributionUnit;
}

export interface UnsubscribeAllDto {
  allLists?: boolean;
}

export interface UnsubscribeInfoResponse {
  list: string;
  locale: Locale;
  /** Enough to recognise one's address (`c•••@example.org`), not to harvest it: whoever holds a link sees it. */
  maskedEmail: string;
  subscribed: boolean;
}

export interface UnsubscribedResponse {
  /** The list the link came through. */
  list: string;
  /** How many lists the person left. */
  lists: number;
}

export interface UpdateActionItemDto {
  /** @format uuid */
  decisionId?: string | null;
  details?: string | null;
  /** @format date */
  dueOn?: string;
  /** @format uuid */
  meetingId?: string | null;
  /** @format uuid */
  ownerGroupId?: string | null;
  /**
   * The owner: a person or a working group, one of the two.
   * @format uuid
   */
  ownerPersonId?: string | null;
  status?: ActionStatus;
  title?: string;
}

export interface UpdateBudgetLineDto {
  /** Charges 60–68 or products 70–78; the category's usual account when not given. */
  account?: BudgetAccount;
  category?: BudgetCategory;
  gapNote?: string | null;
  label?: string;
  /**
   * @min 0
   * @max 1000000000
   */
  plannedCents?: number;
}

export interface UpdateCampaignDto {
  description?: string | null;
  /** @format date */
  endsOn?: string | null;
  /**
   * @min 100
   * @max 1000000000
   */
  goalCents?: number | null;
  /**
   * @maxLength 200
   * @pattern ^[a-z0-9-]+$
   */
  helloassoFormSlug?: string | null;
  /**
   * HelloAsso's form type (`Donation`, `CrowdFunding`…) and slug, from the form's address.
   * @maxLength 30
   * @pattern ^[A-Za-z]+$
   */
  helloassoFormType?: string | null;
  name?: string;
  publicPage?: boolean;
  /**
   * The public page's address: lower-case letters, digits and dashes.
   * @maxLength 80
   * @pattern ^[a-z0-9]+(-[a-z0-9]+)*$
   */
  slug?: string;
  /** @format date */
  startsOn?: string | null;
}

export interface UpdateContributionDto {
  /**
   * A justified value in cents, instead of quantity × rate.
   * @min 0
   * @max 1000000000
   */
  amountCents?: number | null;
  description?: string;
  /**
   * Last day of the period; the first day when absent.
   * @format date
   */
  endsOn?: string | null;
  /**
   * @format uri
   * @maxLength 500
   */
  evidenceUrl?: string | null;
  /** @format uuid */
  grantId?: string | null;
  /**
   * Absent or null: given by a person in their own name.
   * @format uuid
   */
  organisationId?: string | null;
  /**
   * Who gave it; the account that types it in is recorded apart.
   * @format uuid
   */
  personId?: string | null;
  /**
   * @min 0.01
   * @max 1000000
   */
  quantity?: number;
  /** @format date */
  startsOn?: string;
  type?: ContributionType;
  unit?: ContributionUnit;
  /** @format uuid */
  workingGroupId?: string | null;
}

export interface UpdateDeliverableDto {
  /** @format date */
  dueOn?: string;
  status?: DeliverableStatus;
  title?: string;
}

export interface UpdateDonorDto {
  address?: string | null;
  city?: string | null;
  /**
   * @format email
   * @maxLength 254
   */
  email?: string | null;
  firstName?: string | null;
  kind?: DonorKind;
  lastName?: string | null;
  organisationName?: string | null;
  /** @pattern ^[0-9A-Za-z -]{2,10}$ */
  postcode?: string | null;
  /** The donor agrees to be named on the campaign's public page. */
  publicName?: boolean;
  /** @pattern ^\d{9}$ */
  siren?: string | null;
}

export interface UpdateEventDto {
  audience?: Audience;
  /**
   * @min 1
   * @max 10000
   */
  capacity?: number;
  description?: string | null;
  endsAt?: string;
  /** @format uuid */
  groupId?: string;
  kind?: EventKind;
  mode?: EventMode;
  place?: string | null;
  registrationOpen?: boolean;
  /** With its offset (`2027-01-14T18:30:00+01:00`): shown in Paris time. */
  startsAt?: string;
  title?: string;
  trainer?: string | null;
  /**
   * @format uri
   * @maxLength 500
   */
  videoLink?: string | null;
}

export interface UpdateFunderDto {
  /**
   * The people to talk to, in order; on update, replaces the whole list.
   * @maxItems 20
   */
  contacts?: FunderContactInput[];
  kind?: FunderKind;
  name?: string;
  notes?: string | null;
  website?: string | null;
}

export interface UpdateGrantDto {
  /** @format date */
  agreementSignedOn?: string | null;
  /**
   * More than requested is allowed (a funder may top up); a negative amount is not.
   * @min 0
   * @max 1000000000
   */
  amountGrantedCents?: number | null;
  /**
   * @min 0
   * @max 1000000000
   */
  amountRequestedCents?: number;
  /** @format date */
  applicationDeadline?: string | null;
  currency?: Currency;
  /** @format date */
  endsOn?: string | null;
  expectedResults?: string | null;
  /** @format uuid */
  funderId?: string;
  notes?: string | null;
  /** As the application words them: the activity report's draft starts from them. */
  objectives?: string | null;
  /**
   * @min 0
   * @max 1000000000
   */
  ownFundsCents?: number;
  reference?: string | null;
  /** Who signs the financial report's attestation, and as what (président·e, trésorier·e…). */
  signatoryName?: string | null;
  signatoryRole?: string | null;
  /** @format date */
  startsOn?: string | null;
  /**
   * @maxItems 30
   * @uniqueItems true
   */
  strategyActionIds?: string[];
  title?: string;
  /**
   * @maxItems 30
   * @uniqueItems true
   */
  workingGroupIds?: string[];
}

export interface UpdateInKindAccountDto {
  /**
   * A use account of class 86 (e.g. 864, 8611).
   * @pattern ^86\d{0,4}$
   */
  chargeAccount: string | null;
  chargeLabel: string | null;
  /**
   * A resource account of class 87 (e.g. 875, 871).
   * @pattern ^87\d{0,4}$
   */
  productAccount: string | null;
  productLabel: string | null;
}

export interface UpdateIndicatorDto {
  label?: string;
  /** Null until measured. */
  measured?: number | null;
  target?: number;
  unit?: string;
}

export interface UpdateInstalmentDto {
  /**
   * @min 0
   * @max 1000000000
   */
  expectedCents?: number;
  /** @format date */
  expectedOn?: string;
  label?: string;
  notes?: string | null;
  /**
   * @min 0
   * @max 1000000000
   */
  receivedCents?: number | null;
  /** @format date */
  receivedOn?: string | null;
}

export interface UpdateIssueDto {
  blocks?: (
    | EditorialBlockDto
    | ArticleBlockDto
    | AgendaBlockDto
    | NewMembersBlockDto
    | DonationBlockDto
  )[];
  countOpens?: boolean;
  /** @maxItems 20 */
  listIds?: string[];
  locale?: Locale;
  preheader?: string | null;
  sendAt?: string | null;
  title?: string;
}

export interface UpdateKitDto {
  audience?: Audience;
  description?: string | null;
  /** @format uuid */
  groupId?: string;
  /** @maxItems 20 */
  links?: string[];
  /** @format date */
  publishedOn?: string;
  title?: string;
  version?: string;
}

export interface UpdateListDto {
  description?: string | null;
  isPublic?: boolean;
  /**
   * Lower-case letters, digits and dashes: it ends up in the List-Id header.
   * @maxLength 60
   * @pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$
   */
  key?: string;
  name?: string;
}

export interface UpdateMeetingDto {
  /**
   * In order; on update, replaces the whole agenda.
   * @maxItems 60
   */
  agenda?: AgendaItemInput[];
  /**
   * On update, replaces the whole list (statuses included).
   * @maxItems 400
   */
  attendees?: AttendeeInput[];
  /** @maxItems 60 */
  documents?: DocumentInput[];
  endsAt?: string;
  kind?: MeetingKind;
  minutes?: string | null;
  place?: string | null;
  startsAt?: string;
  title?: string;
  /** @maxLength 500 */
  videoLink?: string | null;
  /** @format uuid */
  workingGroupId?: string | null;
}

export interface UpdateMissionDto {
  /** @format uuid */
  budgetLineId?: string | null;
  company?: string | null;
  /** @format uuid */
  contractorPersonId?: string;
  /**
   * @min 1
   * @max 1000000000
   */
  dailyRateCents?: number;
  /**
   * @min 0
   * @max 31
   */
  daysPerMonth?: number;
  /** @format date */
  endsOn?: string;
  /** @format uuid */
  grantId?: string | null;
  /**
   * @min 1
   * @max 12
   */
  hoursPerDay?: number;
  jobDescription?: string;
  /** @format date */
  startsOn?: string;
  title?: string;
}

export interface UpdateOrganisationDto {
  /** @format date */
  candidateSince?: string | null;
  /** @format date */
  charterSignedOn?: string | null;
  /**
   * @format email
   * @maxLength 254
   */
  contactEmail?: string | null;
  contactPhone?: string | null;
  description?: string | null;
  /** @format date */
  formerSince?: string | null;
  hasCopilSeat?: boolean;
  kind?: "public_body" | "association" | "cooperative" | "collective";
  /** @format date */
  memberSince?: string | null;
  membershipStatus?: "candidate" | "member" | "former";
  name?: string;
  /** @pattern ^\d{5}$ */
  postcode?: string | null;
  /**
   * The associations' register: W and nine digits, unique in the network.
   * @pattern ^W\d{9}$
   */
  rna?: string | null;
  /**
   * Nine digits (INSEE's company register), unique in the network: imports match organisations on it.
   * @pattern ^\d{9}$
   */
  siren?: string | null;
  territory?: string | null;
  /**
   * @format uri
   * @maxLength 300
   */
  website?: string | null;
}

export interface UpdatePersonDto {
  /**
   * @format email
   * @maxLength 254
   */
  email?: string | null;
  firstName?: string;
  lastName?: string;
  /**
   * The organisations the person belongs to; on update, replaces the whole set.
   * @maxItems 50
   */
  memberships?: MembershipInput[];
  notes?: string | null;
  phone?: string | null;
}

export interface UpdateRateDto {
  label?: string;
  /**
   * @min 1
   * @max 1000000000
   */
  rateCents?: number;
  /** @format date */
  validFrom?: string;
}

export interface UpdateRegistrationDto {
  attended?: boolean | null;
  /** @format uuid */
  sourceId?: string | null;
}

export interface UpdateReportDto {
  documentUrl?: string | null;
  /** @format date */
  dueOn?: string;
  kind?: ReportKind;
  notes?: string | null;
  /**
   * Required once sent.
   * @format date
   */
  sentOn?: string | null;
  status?: ReportStatus;
  title?: string;
}

export interface UpdateSourceDto {
  contacts?: string | null;
  dataKind?: "events" | "places" | "actors";
  feedKind?: "json" | "csv" | "gogocarto" | "semantic_bus";
  /**
   * The public feed: a Gogocarto instance's `/api/elements.json`, a CSV or JSON file, a semantic-bus endpoint.
   * @format uri
   * @maxLength 500
   */
  feedUrl?: string | null;
  /** @format uuid */
  groupId?: string | null;
  licence?: string | null;
  name?: string;
  /** @format date */
  nextStepDueOn?: string | null;
  /** @format uuid */
  nextStepOwnerId?: string | null;
  /**
   * The member organisation that keeps the data; or `partnerName` for a partner still being approached.
   * @format uuid
   */
  organisationId?: string | null;
  partnerName?: string | null;
  /** @format uuid */
  referentPersonId?: string | null;
}

export interface UpdateStrategyActionDto {
  /**
   * None for a cross-cutting theme.
   * @format uuid
   */
  axisId?: string | null;
  content?: string;
  /**
   * The decisions that serve the action; replaces the set.
   * @maxItems 100
   */
  decisionIds?: string[];
  /** @maxItems 50 */
  grantIds?: string[];
  /** @maxItems 20 */
  groupIds?: string[];
  involvesCopil?: boolean;
  /**
   * @min 1
   * @max 99
   */
  number?: number | null;
  /**
   * @min 0
   * @max 999
   */
  personDaysPerMonth?: number | null;
  /**
   * The fund splits that carry money to the action; replaces the set.
   * @maxItems 50
   */
  splitIds?: string[];
  status?: StrategyStatus;
  /** @maxItems 20 */
  targetPublic?: string[];
  title?: string;
}

export interface UpdateStrategyAxisDto {
  /**
   * Its place in the strategy ("Axe 2"); one axis per number.
   * @min 1
   * @max 99
   */
  number?: number;
  title?: string;
}

export interface UpdateSubscriberDto {
  firstName?: string | null;
  lastName?: string | null;
  /**
   * @maxItems 50
   * @minItems 1
   */
  listIds?: string[];
  locale?: Locale;
  /** Staff may only record what a mail server told them: a bounce or a spam complaint. */
  status?: SubscriberStaffStatus;
}

export interface UpdateTermDto {
  /** @format date */
  endedOn?: string | null;
  /** @format date */
  startedOn?: string;
}

export interface UpdateTimeEntryDto {
  description?: string;
  /**
   * In quarters (0.25): at most one day, or 12 hours, per entry.
   * @min 0.25
   * @max 12
   */
  quantity?: number;
  unit?: TimeUnit;
  /** @format date */
  workedOn?: string;
}

export interface UpdateVolunteerProfileDto {
  availableDays?: WeekDay[];
  heardFrom?: HeardFrom | null;
  heardFromDetail?: string | null;
  /**
   * @min 1
   * @max 200
   */
  hoursPerMonth?: number | null;
  /** @maxItems 20 */
  skills?: string[];
  territory?: string | null;
}

export interface UpdateWorkingGroupDto {
  /**
   * @format uri
   * @maxLength 300
   */
  chatChannel?: string | null;
  /**
   * @format email
   * @maxLength 254
   */
  mailingList?: string | null;
  meetingRhythm?: string | null;
  mission?: string | null;
  name?: string;
  status?: GroupStatus;
  /**
   * Ids of strategy actions (#7); not checked against them until that module is merged.
   * @maxItems 50
   * @uniqueItems true
   */
  strategyActionIds?: string[];
  /**
   * @min 1
   * @max 90
   */
  welcomeWithinDays?: number;
}

export interface UploadImportFileDto {
  /**
   * A CSV (UTF-8 or Windows-1252, `;`, `,` or tab separated) or an .xlsx workbook, at most 20 MB.
   * @format binary
   */
  file: File;
}

export interface VolunteerConsentResponse {
  /** @format date-time */
  givenAt: string;
  groupId: string | null;
  locale: Locale;
  text: string;
  version: string;
}

export interface VolunteerEntryResponse {
  /** @format date-time */
  createdAt: string;
  groupId: string;
  groupName: string;
  id: string;
  message: string | null;
  overdue: boolean;
  personId: string;
  source: VolunteerSource;
  stage: PipelineStage;
  /** @format date-time */
  stageChangedAt: string;
  steps: VolunteerStepResponse[];
  welcomeWithinDays: number;
}

export interface VolunteerOrganisationResponse {
  id: string;
  name: string;
}

export interface VolunteerProfileResponse {
  availableDays: WeekDay[];
  /** @format date-time */
  createdAt: string;
  heardFrom: HeardFrom | null;
  heardFromDetail: string | null;
  hoursPerMonth: number | null;
  id: string;
  /** The language of the emails they receive. */
  locale: Locale;
  personId: string;
  skills: string[];
  territory: string | null;
  /** @format date-time */
  updatedAt: string;
}

export interface VolunteerResponse {
  consents: VolunteerConsentResponse[];
  email: string | null;
  entries: VolunteerEntryResponse[];
  firstName: string;
  lastName: string;
  organisations: VolunteerOrganisationResponse[];
  personId: string;
  phone: string | null;
  profile: VolunteerProfileResponse;
}

export interface VolunteerSignupDto {
  availableDays?: WeekDay[];
  consent: boolean;
  /**
   * The version of the consent text the visitor was shown (GET /public/volunteer-signup).
   * @maxLength 20
   */
  consentVersion: string;
  /**
   * @format email
   * @maxLength 254
   */
  email: string;
  firstName: string;
  /** @format uuid */
  groupId: string;
  heardFrom?: HeardFrom | null;
  heardFromDetail?: string | null;
  /**
   * @min 1
   * @max 200
   */
  hoursPerMonth?: number | null;
  lastName: string;
  message?: string | null;
  phone?: string | null;
  /** @maxItems 20 */
  skills?: string[];
  territory?: string | null;
  /**
   * Honeypot: hidden from people, filled in by bots; a filled one is dropped without a word.
   * @maxLength 500
   */
  website?: string;
}

export const VolunteerSource = {
  SignupForm: "signup_form",
  Added: "added",
} as const;
export type VolunteerSource =
  (typeof VolunteerSource)[keyof typeof VolunteerSource];

export interface VolunteerStepResponse {
  /** @format date-time */
  at: string;
  /** Who moved the card; null: the volunteer, through the public form. */
  byName: string | null;
  fromStage: PipelineStage | null;
  note: string | null;
  stage: PipelineStage;
}

export const VolunteerTimeUnit = {
  Hours: "hours",
  Days: "days",
} as const;
export type VolunteerTimeUnit =
  (typeof VolunteerTimeUnit)[keyof typeof VolunteerTimeUnit];

export interface VolunteersGetParams {
  personId: string;
}

export interface VolunteersLogTimeParams {
  personId: string;
}

export interface VolunteersUpdateParams {
  personId: string;
}

export const WeekDay = {
  Mon: "mon",
  Tue: "tue",
  Wed: "wed",
  Thu: "thu",
  Fri: "fri",
  Sat: "sat",
  Sun: "sun",
} as const;
export type WeekDay = (typeof WeekDay)[keyof typeof WeekDay];

export interface WorkingGroupDetailResponse {
  chatChannel: string | null;
  /** @format date-time */
  createdAt: string;
  gaps: RoleGap[];
  id: string;
  mailingList: string | null;
  meetingRhythm: string | null;
  mission: string | null;
  name: string;
  /** Volunteers waiting for a welcome longer than the group allows. */
  overdue?: number;
  pipeline?: PipelineCountsResponse;
  roles: RoleCountsResponse;
  status: GroupStatus;
  strategyActionIds: string[];
  terms: TermResponse[];
  /** @format date-time */
  updatedAt: string;
  welcomeWithinDays: number;
}

export interface WorkingGroupPage {
  items: WorkingGroupResponse[];
  page: number;
  pageSize: number;
  total: number;
}

export interface WorkingGroupResponse {
  chatChannel: string | null;
  /** @format date-time */
  createdAt: string;
  gaps: RoleGap[];
  id: string;
  mailingList: string | null;
  meetingRhythm: string | null;
  mission: string | null;
  name: string;
  /** Volunteers waiting for a welcome longer than the group allows. */
  overdue?: number;
  pipeline?: PipelineCountsResponse;
  roles: RoleCountsResponse;
  status: GroupStatus;
  strategyActionIds: string[];
  /** @format date-time */
  updatedAt: string;
  welcomeWithinDays: number;
}

export interface WorkingGroupsAddMemberParams {
  id: string;
}

export interface WorkingGroupsAddVolunteerParams {
  id: string;
}

export interface WorkingGroupsBoardParams {
  id: string;
}

export interface WorkingGroupsExportMembersParams {
  id: string;
}

export interface WorkingGroupsExportParams {
  format?: "csv";
  /** Only the groups with a newcomer waiting longer than the group's welcome delay. */
  lateWelcome?: boolean;
  /** @default "asc" */
  order?: "asc" | "desc";
  /** @maxLength 100 */
  q?: string;
  /** @default "name" */
  sort?: "name" | "status" | "createdAt";
  status?: GroupStatus;
  /** Only the groups missing a referent, a facilitator or a welcome person. */
  withGaps?: boolean;
}

export interface WorkingGroupsExportVolunteersParams {
  id: string;
}

export interface WorkingGroupsGetParams {
  id: string;
}

export interface WorkingGroupsLeaveParams {
  id: string;
}

export interface WorkingGroupsListParams {
  /** Only the groups with a newcomer waiting longer than the group's welcome delay. */
  lateWelcome?: boolean;
  /** @default "asc" */
  order?: "asc" | "desc";
  /**
   * @min 1
   * @default 1
   */
  page?: number;
  /**
   * @min 1
   * @max 200
   * @default 20
   */
  pageSize?: number;
  /** @maxLength 100 */
  q?: string;
  /** @default "name" */
  sort?: "name" | "status" | "createdAt";
  status?: GroupStatus;
  /** Only the groups missing a referent, a facilitator or a welcome person. */
  withGaps?: boolean;
}

export interface WorkingGroupsMoveParams {
  entryId: string;
  id: string;
}

export interface WorkingGroupsUpdateParams {
  id: string;
}

export interface WorkingGroupsUpdateTermParams {
  id: string;
  termId: string;
}

export const YearResourceSource = {
  Donation: "donation",
} as const;
export type YearResourceSource =
  (typeof YearResourceSource)[keyof typeof YearResourceSource];

export type QueryParamsType = Record<string | number, any>;
export type ResponseFormat = keyof Omit<Body, "body" | "bodyUsed">;

export interface FullRequestParams extends Omit<RequestInit, "body"> {
  /** set parameter to `true` for call `securityWorker` for this request */
  secure?: boolean;
  /** request path */
  path: string;
  /** content type of request body */
  type?: ContentType;
  /** query params */
  query?: QueryParamsType;
  /** format of response (i.e. response.json() -> format: "json") */
  format?: ResponseFormat;
  /** request body */
  body?: unknown;
  /** base url */
  baseUrl?: string;
  /** request cancellation token */
  cancelToken?: CancelToken;
}

export type RequestParams = Omit<
  FullRequestParams,
  "body" | "method" | "query" | "path"
>;

export interface ApiConfig<SecurityDataType = unknown> {
  baseUrl?: string;
  baseApiParams?: Omit<RequestParams, "baseUrl" | "cancelToken" | "signal">;
  securityWorker?: (
    securityData: SecurityDataType | null,
  ) => Promise<RequestParams | void> | RequestParams | void;
  customFetch?: typeof fetch;
}

export interface HttpResponse<D extends unknown, E extends unknown = unknown>
  extends Response {
  data: D;
  error: E;
}

type CancelToken = Symbol | string | number;

export const ContentType = {
  Json: "application/json",
  JsonApi: "application/vnd.api+json",
  FormData: "multipart/form-data",
  UrlEncoded: "application/x-www-form-urlencoded",
  Text: "text/plain",
} as const;
export type ContentType = (typeof ContentType)[keyof typeof ContentType];

export class HttpClient<SecurityDataType = unknown> {
  public baseUrl: string = "";
  private securityData: SecurityDataType | null = null;
  private securityWorker?: ApiConfig<SecurityDataType>["securityWorker"];
  private abortControllers = new Map<CancelToken, AbortController>();
  private customFetch = (...fetchParams: Parameters<typeof fetch>) =>
    fetch(...fetchParams);

  private baseApiParams: RequestParams = {
    credentials: "same-origin",
    headers: {},
    redirect: "follow",
    referrerPolicy: "no-referrer",
  };

  constructor(apiConfig: ApiConfig<SecurityDataType> = {}) {
    Object.assign(this, apiConfig);
  }

  public setSecurityData = (data: SecurityDataType | null) => {
    this.securityData = data;
  };

  protected encodeQueryParam(key: string, value: any) {
    const encodedKey = encodeURIComponent(key);
    return `${encodedKey}=${encodeURIComponent(typeof value === "number" ? value : `${value}`)}`;
  }

  protected addQueryParam(query: QueryParamsType, key: string) {
    return this.encodeQueryParam(key, query[key]);
  }

  protected addArrayQueryParam(query: QueryParamsType, key: string) {
    const value = query[key];
    return value.map((v: any) => this.encodeQueryParam(key, v)).join("&");
  }

  protected toQueryString(rawQuery?: QueryParamsType): string {
    const query = rawQuery || {};
    const keys = Object.keys(query).filter(
      (key) => "undefined" !== typeof query[key],
    );
    return keys
      .map((key) =>
        Array.isArray(query[key])
          ? this.addArrayQueryParam(query, key)
          : this.addQueryParam(query, key),
      )
      .join("&");
  }

  protected addQueryParams(rawQuery?: QueryParamsType): string {
    const queryString = this.toQueryString(rawQuery);
    return queryString ? `?${queryString}` : "";
  }

  private contentFormatters: Record<ContentType, (input: any) => any> = {
    [ContentType.Json]: (input: any) =>
      input !== null && (typeof input === "object" || typeof input === "string")
        ? JSON.stringify(input)
        : input,
    [ContentType.JsonApi]: (input: any) =>
      input !== null && (typeof input === "object" || typeof input === "string")
        ? JSON.stringify(input)
        : input,
    [ContentType.Text]: (input: any) =>
      input !== null && typeof input !== "string"
        ? JSON.stringify(input)
        : input,
    [ContentType.FormData]: (input: any) => {
      if (input instanceof FormData) {
        return input;
      }

      return Object.keys(input || {}).reduce((formData, key) => {
        const property = input[key];
        formData.append(
          key,
          property instanceof Blob
            ? property
            : typeof property === "object" && property !== null
              ? JSON.stringify(property)
              : `${property}`,
        );
        return formData;
      }, new FormData());
    },
    [ContentType.UrlEncoded]: (input: any) => this.toQueryString(input),
  };

  protected mergeRequestParams(
    params1: RequestParams,
    params2?: RequestParams,
  ): RequestParams {
    return {
      ...this.baseApiParams,
      ...params1,
      ...(params2 || {}),
      headers: {
        ...(this.baseApiParams.headers || {}),
        ...(params1.headers || {}),
        ...((params2 && params2.headers) || {}),
      },
    };
  }

  protected createAbortSignal = (
    cancelToken: CancelToken,
  ): AbortSignal | undefined => {
    if (this.abortControllers.has(cancelToken)) {
      const abortController = this.abortControllers.get(cancelToken);
      if (abortController) {
        return abortController.signal;
      }
      return void 0;
    }

    const abortController = new AbortController();
    this.abortControllers.set(cancelToken, abortController);
    return abortController.signal;
  };

  public abortRequest = (cancelToken: CancelToken) => {
    const abortController = this.abortControllers.get(cancelToken);

    if (abortController) {
      abortController.abort();
      this.abortControllers.delete(cancelToken);
    }
  };

  public request = async <T = any, E = any>({
    body,
    secure,
    path,
    type,
    query,
    format,
    baseUrl,
    cancelToken,
    ...params
  }: FullRequestParams): Promise<HttpResponse<T, E>> => {
    const secureParams =
      ((typeof secure === "boolean" ? secure : this.baseApiParams.secure) &&
        this.securityWorker &&
        (await this.securityWorker(this.securityData))) ||
      {};
    const requestParams = this.mergeRequestParams(params, secureParams);
    const queryString = query && this.toQueryString(query);
    const payloadFormatter = this.contentFormatters[type || ContentType.Json];
    const responseFormat = format || requestParams.format;

    return this.customFetch(
      `${baseUrl || this.baseUrl || ""}${path}${queryString ? `?${queryString}` : ""}`,
      {
        ...requestParams,
        headers: {
          ...(requestParams.headers || {}),
          ...(type && type !== ContentType.FormData
            ? { "Content-Type": type }
            : {}),
        },
        signal:
          (cancelToken
            ? this.createAbortSignal(cancelToken)
            : requestParams.signal) || null,
        body:
          typeof body === "undefined" || body === null
            ? null
            : payloadFormatter(body),
      },
    ).then(async (response) => {
      const r = response as HttpResponse<T, E>;
      r.data = null as unknown as T;
      r.error = null as unknown as E;

      const responseToParse = responseFormat ? response.clone() : response;
      const data = !responseFormat
        ? r
        : await responseToParse[responseFormat]()
            .then((data) => {
              if (r.ok) {
                r.data = data;
              } else {
                r.error = data;
              }
              return r;
            })
            .catch((e) => {
              r.error = e;
              return r;
            });

      if (cancelToken) {
        this.abortControllers.delete(cancelToken);
      }

      if (!response.ok) throw data;
      return data;
    });
  };
}

/**
 * @title Maillage API
 * @version 0.1.0
 * @contact
 *
 * Backoffice of a cooperative network
 */
export class Api<
  SecurityDataType extends unknown,
> extends HttpClient<SecurityDataType> {
  health = {
    /**
     * No description
     *
     * @tags health
     * @name HealthCheck
     * @request GET:/api/health
     */
    healthCheck: (params: RequestParams = {}) =>
      this.request<HealthResponse, ErrorResponse | HealthResponse>({
        path: `/api/health`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags health
     * @name HealthLive
     * @request GET:/api/health/live
     */
    healthLive: (params: RequestParams = {}) =>
      this.request<HealthResponse, ErrorResponse>({
        path: `/api/health/live`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags health
     * @name HealthReady
     * @request GET:/api/health/ready
     */
    healthReady: (params: RequestParams = {}) =>
      this.request<HealthResponse, ErrorResponse | HealthResponse>({
        path: `/api/health/ready`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags health
     * @name MetricsRender
     * @summary Prometheus text format; who may read it is the guard's business (METRICS_TOKEN or loopback).
     * @request GET:/api/metrics
     */
    metricsRender: (params: RequestParams = {}) =>
      this.request<string, ErrorResponse>({
        path: `/api/metrics`,
        method: "GET",
        ...params,
      }),
  };
  audit = {
    /**
     * No description
     *
     * @tags audit
     * @name AuditList
     * @request GET:/api/audit
     */
    auditList: (query: AuditListParams = {}, params: RequestParams = {}) =>
      this.request<AuditEntryPage, ErrorResponse>({
        path: `/api/audit`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * @description The list's filters apply; UTF-8 CSV with a BOM and `;` separators. Headers in the reader's language; columns, in this order: | Key | Column | Content | |---|---|---| | id | Number | text | | at | At | Paris date and time (DD/MM/YYYY HH:MM) | | actor | Actor | text | | action | Action | text | | entityType | Entity | text | | entityId | Entity id | text | | before | Before (JSON) | text | | after | After (JSON) | text |
     *
     * @tags audit
     * @name AuditExport
     * @summary Export: Audit log
     * @request GET:/api/audit/export
     */
    auditExport: (query: AuditExportParams = {}, params: RequestParams = {}) =>
      this.request<File, ErrorResponse>({
        path: `/api/audit/export`,
        method: "GET",
        query: query,
        ...params,
      }),

    /**
     * No description
     *
     * @tags audit
     * @name AuditVerify
     * @request GET:/api/audit/verify
     */
    auditVerify: (params: RequestParams = {}) =>
      this.request<AuditVerifyResponse, ErrorResponse>({
        path: `/api/audit/verify`,
        method: "GET",
        format: "json",
        ...params,
      }),
  };
  auth = {
    /**
     * No description
     *
     * @tags auth
     * @name AuthLogin
     * @request POST:/api/auth/login
     */
    authLogin: (data: LoginDto, params: RequestParams = {}) =>
      this.request<MeResponse, ErrorResponse>({
        path: `/api/auth/login`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags auth
     * @name AuthLogout
     * @request POST:/api/auth/logout
     */
    authLogout: (params: RequestParams = {}) =>
      this.request<void, ErrorResponse>({
        path: `/api/auth/logout`,
        method: "POST",
        ...params,
      }),

    /**
     * No description
     *
     * @tags auth
     * @name AuthMe
     * @request GET:/api/auth/me
     */
    authMe: (params: RequestParams = {}) =>
      this.request<MeResponse, ErrorResponse>({
        path: `/api/auth/me`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags auth
     * @name AuthChangePassword
     * @request PATCH:/api/auth/me/password
     */
    authChangePassword: (data: ChangePasswordDto, params: RequestParams = {}) =>
      this.request<void, ErrorResponse>({
        path: `/api/auth/me/password`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        ...params,
      }),

    /**
     * No description
     *
     * @tags auth
     * @name AuthChangeEmail
     * @request PATCH:/api/auth/me/email
     */
    authChangeEmail: (data: ChangeEmailDto, params: RequestParams = {}) =>
      this.request<MeResponse, ErrorResponse>({
        path: `/api/auth/me/email`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags auth
     * @name AuthChangeLocale
     * @request PATCH:/api/auth/me/locale
     */
    authChangeLocale: (data: ChangeLocaleDto, params: RequestParams = {}) =>
      this.request<MeResponse, ErrorResponse>({
        path: `/api/auth/me/locale`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags auth
     * @name AuthReauthenticate
     * @request POST:/api/auth/reauthenticate
     */
    authReauthenticate: (data: ReauthenticateDto, params: RequestParams = {}) =>
      this.request<void, ErrorResponse>({
        path: `/api/auth/reauthenticate`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        ...params,
      }),

    /**
     * No description
     *
     * @tags auth
     * @name AuthSessions
     * @request GET:/api/auth/sessions
     */
    authSessions: (params: RequestParams = {}) =>
      this.request<SessionResponse[], ErrorResponse>({
        path: `/api/auth/sessions`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags auth
     * @name AuthEndOtherSessions
     * @request POST:/api/auth/sessions/end-others
     */
    authEndOtherSessions: (params: RequestParams = {}) =>
      this.request<void, ErrorResponse>({
        path: `/api/auth/sessions/end-others`,
        method: "POST",
        ...params,
      }),

    /**
     * No description
     *
     * @tags auth
     * @name AuthEndSession
     * @request DELETE:/api/auth/sessions/{id}
     */
    authEndSession: (
      { id }: AuthEndSessionParams,
      params: RequestParams = {},
    ) =>
      this.request<void, ErrorResponse>({
        path: `/api/auth/sessions/${id}`,
        method: "DELETE",
        ...params,
      }),

    /**
     * No description
     *
     * @tags auth
     * @name AuthRequestReset
     * @request POST:/api/auth/password-reset
     */
    authRequestReset: (
      data: PasswordResetRequestDto,
      params: RequestParams = {},
    ) =>
      this.request<PasswordResetRequested, ErrorResponse>({
        path: `/api/auth/password-reset`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags auth
     * @name AuthConfirmReset
     * @request POST:/api/auth/password-reset/confirm
     */
    authConfirmReset: (data: TokenPasswordDto, params: RequestParams = {}) =>
      this.request<void, ErrorResponse>({
        path: `/api/auth/password-reset/confirm`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        ...params,
      }),

    /**
     * No description
     *
     * @tags auth
     * @name AuthDescribeInvitation
     * @request GET:/api/auth/invitations/{token}
     */
    authDescribeInvitation: (
      { token }: AuthDescribeInvitationParams,
      params: RequestParams = {},
    ) =>
      this.request<InvitationResponse, ErrorResponse>({
        path: `/api/auth/invitations/${token}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags auth
     * @name AuthAcceptInvitation
     * @request POST:/api/auth/invitations/accept
     */
    authAcceptInvitation: (
      data: TokenPasswordDto,
      params: RequestParams = {},
    ) =>
      this.request<MeResponse, ErrorResponse>({
        path: `/api/auth/invitations/accept`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags auth
     * @name SecuritySetup
     * @request POST:/api/auth/second-factor/setup
     */
    securitySetup: (params: RequestParams = {}) =>
      this.request<SecondFactorSetupResponse, ErrorResponse>({
        path: `/api/auth/second-factor/setup`,
        method: "POST",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags auth
     * @name SecurityEnable
     * @request POST:/api/auth/second-factor/enable
     */
    securityEnable: (data: SecondFactorDto, params: RequestParams = {}) =>
      this.request<RecoveryCodesResponse, ErrorResponse>({
        path: `/api/auth/second-factor/enable`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags auth
     * @name SecurityRenewRecoveryCodes
     * @request POST:/api/auth/second-factor/recovery-codes
     */
    securityRenewRecoveryCodes: (
      data: SecondFactorDto,
      params: RequestParams = {},
    ) =>
      this.request<RecoveryCodesResponse, ErrorResponse>({
        path: `/api/auth/second-factor/recovery-codes`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags auth
     * @name SecurityDisable
     * @request POST:/api/auth/second-factor/disable
     */
    securityDisable: (data: SecondFactorDto, params: RequestParams = {}) =>
      this.request<void, ErrorResponse>({
        path: `/api/auth/second-factor/disable`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        ...params,
      }),

    /**
     * No description
     *
     * @tags auth
     * @name SecuritySettings
     * @request GET:/api/security/settings
     */
    securitySettings: (params: RequestParams = {}) =>
      this.request<SecuritySettingsResponse, ErrorResponse>({
        path: `/api/security/settings`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags auth
     * @name SecurityUpdateSettings
     * @request PUT:/api/security/settings
     */
    securityUpdateSettings: (
      data: SecuritySettingsDto,
      params: RequestParams = {},
    ) =>
      this.request<SecuritySettingsResponse, ErrorResponse>({
        path: `/api/security/settings`,
        method: "PUT",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),
  };
  accounts = {
    /**
     * No description
     *
     * @tags accounts
     * @name AccountsList
     * @request GET:/api/accounts
     */
    accountsList: (
      query: AccountsListParams = {},
      params: RequestParams = {},
    ) =>
      this.request<AccountPage, ErrorResponse>({
        path: `/api/accounts`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags accounts
     * @name AccountsInvite
     * @request POST:/api/invitations
     */
    accountsInvite: (data: InviteDto, params: RequestParams = {}) =>
      this.request<InvitationSentResponse, ErrorResponse>({
        path: `/api/invitations`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags accounts
     * @name AccountsSetRoles
     * @request PATCH:/api/accounts/{id}/roles
     */
    accountsSetRoles: (
      { id }: AccountsSetRolesParams,
      data: SetRolesDto,
      params: RequestParams = {},
    ) =>
      this.request<AccountResponse, ErrorResponse>({
        path: `/api/accounts/${id}/roles`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags accounts
     * @name AccountsDisable
     * @request POST:/api/accounts/{id}/disable
     */
    accountsDisable: (
      { id }: AccountsDisableParams,
      params: RequestParams = {},
    ) =>
      this.request<AccountResponse, ErrorResponse>({
        path: `/api/accounts/${id}/disable`,
        method: "POST",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags accounts
     * @name AccountsEnable
     * @request POST:/api/accounts/{id}/enable
     */
    accountsEnable: (
      { id }: AccountsEnableParams,
      params: RequestParams = {},
    ) =>
      this.request<AccountResponse, ErrorResponse>({
        path: `/api/accounts/${id}/enable`,
        method: "POST",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags accounts
     * @name AccountsResend
     * @request POST:/api/invitations/{id}/resend
     */
    accountsResend: (
      { id }: AccountsResendParams,
      params: RequestParams = {},
    ) =>
      this.request<InvitationSentResponse, ErrorResponse>({
        path: `/api/invitations/${id}/resend`,
        method: "POST",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags accounts
     * @name AccountsRevoke
     * @request POST:/api/invitations/{id}/revoke
     */
    accountsRevoke: (
      { id }: AccountsRevokeParams,
      params: RequestParams = {},
    ) =>
      this.request<AccountResponse, ErrorResponse>({
        path: `/api/invitations/${id}/revoke`,
        method: "POST",
        format: "json",
        ...params,
      }),
  };
  organisations = {
    /**
     * No description
     *
     * @tags organisations
     * @name OrganisationsList
     * @request GET:/api/organisations
     */
    organisationsList: (
      query: OrganisationsListParams = {},
      params: RequestParams = {},
    ) =>
      this.request<OrganisationPage, ErrorResponse>({
        path: `/api/organisations`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags organisations
     * @name OrganisationsCreate
     * @request POST:/api/organisations
     */
    organisationsCreate: (
      data: CreateOrganisationDto,
      params: RequestParams = {},
    ) =>
      this.request<OrganisationResponse, ErrorResponse>({
        path: `/api/organisations`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * @description The list's filters apply; UTF-8 CSV with a BOM and `;` separators. Headers in the reader's language; columns, in this order: | Key | Column | Content | |---|---|---| | id | Id | text | | name | Name | text | | kind | Kind | text | | membershipStatus | Membership status | text | | candidateSince | Candidate since | date (DD/MM/YYYY) | | memberSince | Member since | date (DD/MM/YYYY) | | formerSince | Former member since | date (DD/MM/YYYY) | | charterSignedOn | Charter signed on | date (DD/MM/YYYY) | | hasCopilSeat | COPIL seat | yes / no (oui / non in French) | | territory | Territory | text | | siren | SIREN | text | | rna | RNA | text | | postcode | Postcode | text | | website | Website | text | | contactEmail | Contact email | text | | contactPhone | Contact phone | text | | description | Description | text | | archivedAt | Archived at | Paris date and time (DD/MM/YYYY HH:MM) | | createdAt | Created at | Paris date and time (DD/MM/YYYY HH:MM) |
     *
     * @tags organisations
     * @name OrganisationsExport
     * @summary Export: Organisations
     * @request GET:/api/organisations/export
     */
    organisationsExport: (
      query: OrganisationsExportParams = {},
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/organisations/export`,
        method: "GET",
        query: query,
        ...params,
      }),

    /**
     * No description
     *
     * @tags organisations
     * @name OrganisationsTerritories
     * @request GET:/api/organisations/territories
     */
    organisationsTerritories: (params: RequestParams = {}) =>
      this.request<string[], ErrorResponse>({
        path: `/api/organisations/territories`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags organisations
     * @name OrganisationsGet
     * @request GET:/api/organisations/{id}
     */
    organisationsGet: (
      { id }: OrganisationsGetParams,
      params: RequestParams = {},
    ) =>
      this.request<OrganisationDetailResponse, ErrorResponse>({
        path: `/api/organisations/${id}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags organisations
     * @name OrganisationsUpdate
     * @request PATCH:/api/organisations/{id}
     */
    organisationsUpdate: (
      { id }: OrganisationsUpdateParams,
      data: UpdateOrganisationDto,
      params: RequestParams = {},
    ) =>
      this.request<OrganisationResponse, ErrorResponse>({
        path: `/api/organisations/${id}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags organisations
     * @name OrganisationsArchive
     * @request POST:/api/organisations/{id}/archive
     */
    organisationsArchive: (
      { id }: OrganisationsArchiveParams,
      params: RequestParams = {},
    ) =>
      this.request<OrganisationResponse, ErrorResponse>({
        path: `/api/organisations/${id}/archive`,
        method: "POST",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags organisations
     * @name OrganisationsRestore
     * @request POST:/api/organisations/{id}/restore
     */
    organisationsRestore: (
      { id }: OrganisationsRestoreParams,
      params: RequestParams = {},
    ) =>
      this.request<OrganisationResponse, ErrorResponse>({
        path: `/api/organisations/${id}/restore`,
        method: "POST",
        format: "json",
        ...params,
      }),
  };
  people = {
    /**
     * No description
     *
     * @tags people
     * @name PeopleList
     * @request GET:/api/people
     */
    peopleList: (query: PeopleListParams, params: RequestParams = {}) =>
      this.request<PersonPage, ErrorResponse>({
        path: `/api/people`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags people
     * @name PeopleCreate
     * @request POST:/api/people
     */
    peopleCreate: (data: CreatePersonDto, params: RequestParams = {}) =>
      this.request<PersonResponse, ErrorResponse>({
        path: `/api/people`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * @description The list's filters apply; UTF-8 CSV with a BOM and `;` separators. Headers in the reader's language; columns, in this order: | Key | Column | Content | |---|---|---| | id | Id | text | | firstName | First name | text | | lastName | Last name | text | | email | Email | text | | phone | Phone | text | | memberships | Organisations (role) | text | | copilSeat | COPIL seat | yes / no (oui / non in French) | | hasAccount | Account | yes / no (oui / non in French) | | notes | Notes | text | | archivedAt | Archived at | Paris date and time (DD/MM/YYYY HH:MM) | | createdAt | Created at | Paris date and time (DD/MM/YYYY HH:MM) |
     *
     * @tags people
     * @name PeopleExport
     * @summary Export: People
     * @request GET:/api/people/export
     */
    peopleExport: (query: PeopleExportParams, params: RequestParams = {}) =>
      this.request<File, ErrorResponse>({
        path: `/api/people/export`,
        method: "GET",
        query: query,
        ...params,
      }),

    /**
     * No description
     *
     * @tags people
     * @name PeopleGet
     * @request GET:/api/people/{id}
     */
    peopleGet: ({ id }: PeopleGetParams, params: RequestParams = {}) =>
      this.request<PersonResponse, ErrorResponse>({
        path: `/api/people/${id}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags people
     * @name PeopleUpdate
     * @request PATCH:/api/people/{id}
     */
    peopleUpdate: (
      { id }: PeopleUpdateParams,
      data: UpdatePersonDto,
      params: RequestParams = {},
    ) =>
      this.request<PersonResponse, ErrorResponse>({
        path: `/api/people/${id}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags people
     * @name PeopleArchive
     * @request POST:/api/people/{id}/archive
     */
    peopleArchive: ({ id }: PeopleArchiveParams, params: RequestParams = {}) =>
      this.request<PersonResponse, ErrorResponse>({
        path: `/api/people/${id}/archive`,
        method: "POST",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags people
     * @name PeopleRestore
     * @request POST:/api/people/{id}/restore
     */
    peopleRestore: ({ id }: PeopleRestoreParams, params: RequestParams = {}) =>
      this.request<PersonResponse, ErrorResponse>({
        path: `/api/people/${id}/restore`,
        method: "POST",
        format: "json",
        ...params,
      }),
  };
  contributions = {
    /**
     * No description
     *
     * @tags contributions
     * @name ContributionsList
     * @request GET:/api/contributions
     */
    contributionsList: (
      query: ContributionsListParams = {},
      params: RequestParams = {},
    ) =>
      this.request<ContributionPageResponse, ErrorResponse>({
        path: `/api/contributions`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contributions
     * @name ContributionsCreate
     * @request POST:/api/contributions
     */
    contributionsCreate: (
      data: CreateContributionDto,
      params: RequestParams = {},
    ) =>
      this.request<ContributionDetailResponse, ErrorResponse>({
        path: `/api/contributions`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contributions
     * @name ContributionsTotalsOf
     * @request GET:/api/contributions/totals
     */
    contributionsTotalsOf: (
      query: ContributionsTotalsOfParams = {},
      params: RequestParams = {},
    ) =>
      this.request<ContributionTotalResponse[], ErrorResponse>({
        path: `/api/contributions/totals`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * @description The list's filters apply; UTF-8 CSV with a BOM and `;` separators, or xlsx. Headers in the reader's language; columns, in this order: | Key | Column | Content | |---|---|---| | id | Id | text | | status | Status | text | | organisation | Organisation | text | | person | Person | text | | type | Type | text | | unit | Unit | text | | startsOn | Start date | date (DD/MM/YYYY) | | endsOn | End date | date (DD/MM/YYYY) | | quantity | Quantity | number (decimal point; a comma in French) | | rateCents | Rate (€) | amount in euros (1234.50; 1234,50 in French) | | valueCents | Value (€) | amount in euros (1234.50; 1234,50 in French) | | description | Description | text | | evidenceUrl | Evidence link | text | | workingGroup | Working group | text | | grant | Grant | text | | createdAt | Entered at | Paris date and time (DD/MM/YYYY HH:MM) | | submittedAt | Submitted at | Paris date and time (DD/MM/YYYY HH:MM) | | reviewedAt | Reviewed at | Paris date and time (DD/MM/YYYY HH:MM) | | rejectionReason | Rejection reason | text | | personEmail | Person’s email | text |
     *
     * @tags contributions
     * @name ContributionsExport
     * @summary Export: Contributions
     * @request GET:/api/contributions/export
     */
    contributionsExport: (
      query: ContributionsExportParams = {},
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/contributions/export`,
        method: "GET",
        query: query,
        ...params,
      }),

    /**
     * No description
     *
     * @tags contributions
     * @name ContributionsSubmit
     * @request POST:/api/contributions/submit
     */
    contributionsSubmit: (
      data: SubmitContributionsDto,
      params: RequestParams = {},
    ) =>
      this.request<ContributionDetailResponse[], ErrorResponse>({
        path: `/api/contributions/submit`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contributions
     * @name ContributionsReview
     * @request POST:/api/contributions/review
     */
    contributionsReview: (
      data: ReviewContributionsDto,
      params: RequestParams = {},
    ) =>
      this.request<ContributionDetailResponse[], ErrorResponse>({
        path: `/api/contributions/review`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contributions
     * @name ContributionsGet
     * @request GET:/api/contributions/{id}
     */
    contributionsGet: (
      { id }: ContributionsGetParams,
      params: RequestParams = {},
    ) =>
      this.request<ContributionDetailResponse, ErrorResponse>({
        path: `/api/contributions/${id}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contributions
     * @name ContributionsUpdate
     * @request PATCH:/api/contributions/{id}
     */
    contributionsUpdate: (
      { id }: ContributionsUpdateParams,
      data: UpdateContributionDto,
      params: RequestParams = {},
    ) =>
      this.request<ContributionDetailResponse, ErrorResponse>({
        path: `/api/contributions/${id}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contributions
     * @name ContributionsRemove
     * @request DELETE:/api/contributions/{id}
     */
    contributionsRemove: (
      { id }: ContributionsRemoveParams,
      params: RequestParams = {},
    ) =>
      this.request<void, ErrorResponse>({
        path: `/api/contributions/${id}`,
        method: "DELETE",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contributions
     * @name ContributionsCorrect
     * @request POST:/api/contributions/{id}/correct
     */
    contributionsCorrect: (
      { id }: ContributionsCorrectParams,
      data: CorrectContributionDto,
      params: RequestParams = {},
    ) =>
      this.request<ContributionDetailResponse, ErrorResponse>({
        path: `/api/contributions/${id}/correct`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contributions
     * @name ContributionsEvidenceFile
     * @summary The evidence file as it was uploaded (a PDF or an image, its own content type).
     * @request GET:/api/contributions/{id}/evidence
     */
    contributionsEvidenceFile: (
      { id }: ContributionsEvidenceFileParams,
      params: RequestParams = {},
    ) =>
      this.request<Blob, ErrorResponse>({
        path: `/api/contributions/${id}/evidence`,
        method: "GET",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contributions
     * @name ContributionsAttach
     * @request PUT:/api/contributions/{id}/evidence
     */
    contributionsAttach: (
      { id }: ContributionsAttachParams,
      data: EvidenceDto,
      params: RequestParams = {},
    ) =>
      this.request<ContributionDetailResponse, ErrorResponse>({
        path: `/api/contributions/${id}/evidence`,
        method: "PUT",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contributions
     * @name ContributionsDetach
     * @request DELETE:/api/contributions/{id}/evidence
     */
    contributionsDetach: (
      { id }: ContributionsDetachParams,
      params: RequestParams = {},
    ) =>
      this.request<ContributionDetailResponse, ErrorResponse>({
        path: `/api/contributions/${id}/evidence`,
        method: "DELETE",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contributions
     * @name ContributionRatesList
     * @request GET:/api/contribution-rates
     */
    contributionRatesList: (params: RequestParams = {}) =>
      this.request<ContributionRateResponse[], ErrorResponse>({
        path: `/api/contribution-rates`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contributions
     * @name ContributionRatesCreate
     * @request POST:/api/contribution-rates
     */
    contributionRatesCreate: (
      data: CreateRateDto,
      params: RequestParams = {},
    ) =>
      this.request<ContributionRateResponse, ErrorResponse>({
        path: `/api/contribution-rates`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contributions
     * @name ContributionRatesUnits
     * @request GET:/api/contribution-rates/units
     */
    contributionRatesUnits: (params: RequestParams = {}) =>
      this.request<ContributionKindResponse[], ErrorResponse>({
        path: `/api/contribution-rates/units`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contributions
     * @name ContributionRatesUpdate
     * @request PATCH:/api/contribution-rates/{id}
     */
    contributionRatesUpdate: (
      { id }: ContributionRatesUpdateParams,
      data: UpdateRateDto,
      params: RequestParams = {},
    ) =>
      this.request<ContributionRateResponse, ErrorResponse>({
        path: `/api/contribution-rates/${id}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contributions
     * @name InKindAccounts
     * @request GET:/api/in-kind/accounts
     */
    inKindAccounts: (params: RequestParams = {}) =>
      this.request<InKindAccountResponse[], ErrorResponse>({
        path: `/api/in-kind/accounts`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contributions
     * @name InKindUpdateAccount
     * @request PUT:/api/in-kind/accounts/{type}
     */
    inKindUpdateAccount: (
      { type }: InKindUpdateAccountParams,
      data: UpdateInKindAccountDto,
      params: RequestParams = {},
    ) =>
      this.request<InKindAccountResponse, ErrorResponse>({
        path: `/api/in-kind/accounts/${type}`,
        method: "PUT",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contributions
     * @name InKindStatement
     * @summary Validated contributions the caller may read: a COPIL member's network statement covers every organisation.
     * @request GET:/api/in-kind/statement
     */
    inKindStatement: (
      query: InKindStatementParams,
      params: RequestParams = {},
    ) =>
      this.request<InKindStatementResponse, ErrorResponse>({
        path: `/api/in-kind/statement`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contributions
     * @name InKindStatementCsv
     * @request GET:/api/in-kind/statement/export
     */
    inKindStatementCsv: (
      query: InKindStatementCsvParams,
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/in-kind/statement/export`,
        method: "GET",
        query: query,
        ...params,
      }),
  };
  funding = {
    /**
     * No description
     *
     * @tags funding
     * @name FundersList
     * @request GET:/api/funders
     */
    fundersList: (query: FundersListParams = {}, params: RequestParams = {}) =>
      this.request<FunderListItemPage, ErrorResponse>({
        path: `/api/funders`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name FundersCreate
     * @request POST:/api/funders
     */
    fundersCreate: (data: CreateFunderDto, params: RequestParams = {}) =>
      this.request<FunderResponse, ErrorResponse>({
        path: `/api/funders`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * @description The list's filters apply; UTF-8 CSV with a BOM and `;` separators, or xlsx. Headers in the reader's language; columns, in this order: | Key | Column | Content | |---|---|---| | id | Id | text | | name | Name | text | | kind | Kind | text | | website | Website | text | | notes | Notes | text | | grantsCount | Grants | number (decimal point; a comma in French) | | grantedCents | Amount granted (€) | amount in euros (1234.50; 1234,50 in French) | | archivedAt | Archived at | Paris date and time (DD/MM/YYYY HH:MM) | | createdAt | Created at | Paris date and time (DD/MM/YYYY HH:MM) |
     *
     * @tags funding
     * @name FundersExport
     * @summary Export: Funders
     * @request GET:/api/funders/export
     */
    fundersExport: (
      query: FundersExportParams = {},
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/funders/export`,
        method: "GET",
        query: query,
        ...params,
      }),

    /**
     * @description The list's filters apply; UTF-8 CSV with a BOM and `;` separators, or xlsx. Headers in the reader's language; columns, in this order: | Key | Column | Content | |---|---|---| | funder | Funder | text | | name | Name | text | | role | Role | text | | email | Email | text | | phone | Phone | text | | position | Order | number (decimal point; a comma in French) |
     *
     * @tags funding
     * @name FundersExportContacts
     * @summary Export: Funder contacts
     * @request GET:/api/funders/contacts/export
     */
    fundersExportContacts: (
      query: FundersExportContactsParams = {},
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/funders/contacts/export`,
        method: "GET",
        query: query,
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name FundersGet
     * @request GET:/api/funders/{id}
     */
    fundersGet: ({ id }: FundersGetParams, params: RequestParams = {}) =>
      this.request<FunderResponse, ErrorResponse>({
        path: `/api/funders/${id}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name FundersUpdate
     * @request PATCH:/api/funders/{id}
     */
    fundersUpdate: (
      { id }: FundersUpdateParams,
      data: UpdateFunderDto,
      params: RequestParams = {},
    ) =>
      this.request<FunderResponse, ErrorResponse>({
        path: `/api/funders/${id}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name FundersArchive
     * @request POST:/api/funders/{id}/archive
     */
    fundersArchive: (
      { id }: FundersArchiveParams,
      params: RequestParams = {},
    ) =>
      this.request<FunderResponse, ErrorResponse>({
        path: `/api/funders/${id}/archive`,
        method: "POST",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name FundersRestore
     * @request POST:/api/funders/{id}/restore
     */
    fundersRestore: (
      { id }: FundersRestoreParams,
      params: RequestParams = {},
    ) =>
      this.request<FunderResponse, ErrorResponse>({
        path: `/api/funders/${id}/restore`,
        method: "POST",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantsList
     * @request GET:/api/grants
     */
    grantsList: (query: GrantsListParams = {}, params: RequestParams = {}) =>
      this.request<GrantPageResponse, ErrorResponse>({
        path: `/api/grants`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantsCreate
     * @request POST:/api/grants
     */
    grantsCreate: (data: CreateGrantDto, params: RequestParams = {}) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * @description The list's filters apply; UTF-8 CSV with a BOM and `;` separators, or xlsx. Headers in the reader's language; columns, in this order: | Key | Column | Content | |---|---|---| | id | Id | text | | title | Title | text | | reference | Reference | text | | funder | Funder | text | | status | Status | text | | statusChangedOn | Status since | date (DD/MM/YYYY) | | amountRequestedCents | Amount requested (€) | amount in euros (1234.50; 1234,50 in French) | | amountGrantedCents | Amount granted (€) | amount in euros (1234.50; 1234,50 in French) | | ownFundsCents | Own funds (€) | amount in euros (1234.50; 1234,50 in French) | | receivedCents | Received (€) | amount in euros (1234.50; 1234,50 in French) | | toComeCents | To come (€) | amount in euros (1234.50; 1234,50 in French) | | overdueInstalments | Overdue instalments | number (decimal point; a comma in French) | | plannedCents | Planned (€) | amount in euros (1234.50; 1234,50 in French) | | spentCents | Spent (€) | amount in euros (1234.50; 1234,50 in French) | | startsOn | Starts on | date (DD/MM/YYYY) | | endsOn | Ends on | date (DD/MM/YYYY) | | applicationDeadline | Application deadline | date (DD/MM/YYYY) | | grantedOn | Granted on | date (DD/MM/YYYY) | | agreementSignedOn | Agreement signed on | date (DD/MM/YYYY) | | notes | Notes | text |
     *
     * @tags funding
     * @name GrantsExport
     * @summary Export: Grants
     * @request GET:/api/grants/export
     */
    grantsExport: (
      query: GrantsExportParams = {},
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/grants/export`,
        method: "GET",
        query: query,
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantsGet
     * @request GET:/api/grants/{id}
     */
    grantsGet: ({ id }: GrantsGetParams, params: RequestParams = {}) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantsUpdate
     * @request PATCH:/api/grants/{id}
     */
    grantsUpdate: (
      { id }: GrantsUpdateParams,
      data: UpdateGrantDto,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantsSetPublished
     * @summary Shows or hides a granted grant on the public transparency page.
     * @request PUT:/api/grants/{id}/published
     */
    grantsSetPublished: (
      { id }: GrantsSetPublishedParams,
      data: PublishDto,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}/published`,
        method: "PUT",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantsChangeStatus
     * @request POST:/api/grants/{id}/status
     */
    grantsChangeStatus: (
      { id }: GrantsChangeStatusParams,
      data: ChangeGrantStatusDto,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}/status`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantsFinancialReport
     * @summary The funder's financial report (CERFA 15059) as data, for the printable page.
     * @request GET:/api/grants/{id}/financial-report
     */
    grantsFinancialReport: (
      { id }: GrantsFinancialReportParams,
      params: RequestParams = {},
    ) =>
      this.request<FinancialReportResponse, ErrorResponse>({
        path: `/api/grants/${id}/financial-report`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantsFinancialReportCsv
     * @request GET:/api/grants/{id}/financial-report.csv
     */
    grantsFinancialReportCsv: (
      { id }: GrantsFinancialReportCsvParams,
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/grants/${id}/financial-report.csv`,
        method: "GET",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantsFinancialReportXlsx
     * @request GET:/api/grants/{id}/financial-report.xlsx
     */
    grantsFinancialReportXlsx: (
      { id }: GrantsFinancialReportXlsxParams,
      params: RequestParams = {},
    ) =>
      this.request<Blob, ErrorResponse>({
        path: `/api/grants/${id}/financial-report.xlsx`,
        method: "GET",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantsFinancialReportPdf
     * @summary The CERFA 15059 laid out as the official form, in French.
     * @request GET:/api/grants/{id}/financial-report.pdf
     */
    grantsFinancialReportPdf: (
      { id }: GrantsFinancialReportPdfParams,
      params: RequestParams = {},
    ) =>
      this.request<Blob, ErrorResponse>({
        path: `/api/grants/${id}/financial-report.pdf`,
        method: "GET",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantItemsAddInstalment
     * @request POST:/api/grants/{id}/instalments
     */
    grantItemsAddInstalment: (
      { id }: GrantItemsAddInstalmentParams,
      data: InstalmentDto,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}/instalments`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantItemsUpdateInstalment
     * @request PATCH:/api/grants/{id}/instalments/{itemId}
     */
    grantItemsUpdateInstalment: (
      { id, itemId }: GrantItemsUpdateInstalmentParams,
      data: UpdateInstalmentDto,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}/instalments/${itemId}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantItemsRemoveInstalment
     * @request DELETE:/api/grants/{id}/instalments/{itemId}
     */
    grantItemsRemoveInstalment: (
      { id, itemId }: GrantItemsRemoveInstalmentParams,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}/instalments/${itemId}`,
        method: "DELETE",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantItemsAddBudgetLine
     * @request POST:/api/grants/{id}/budget-lines
     */
    grantItemsAddBudgetLine: (
      { id }: GrantItemsAddBudgetLineParams,
      data: BudgetLineDto,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}/budget-lines`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantItemsUpdateBudgetLine
     * @request PATCH:/api/grants/{id}/budget-lines/{itemId}
     */
    grantItemsUpdateBudgetLine: (
      { id, itemId }: GrantItemsUpdateBudgetLineParams,
      data: UpdateBudgetLineDto,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}/budget-lines/${itemId}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantItemsRemoveBudgetLine
     * @request DELETE:/api/grants/{id}/budget-lines/{itemId}
     */
    grantItemsRemoveBudgetLine: (
      { id, itemId }: GrantItemsRemoveBudgetLineParams,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}/budget-lines/${itemId}`,
        method: "DELETE",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantItemsListExpenses
     * @request GET:/api/grants/{id}/expenses
     */
    grantItemsListExpenses: (
      { id, ...query }: GrantItemsListExpensesParams,
      params: RequestParams = {},
    ) =>
      this.request<GrantExpensePage, ErrorResponse>({
        path: `/api/grants/${id}/expenses`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantItemsAddExpense
     * @request POST:/api/grants/{id}/expenses
     */
    grantItemsAddExpense: (
      { id }: GrantItemsAddExpenseParams,
      data: ExpenseDto,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}/expenses`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantItemsRemoveExpense
     * @request DELETE:/api/grants/{id}/expenses/{itemId}
     */
    grantItemsRemoveExpense: (
      { id, itemId }: GrantItemsRemoveExpenseParams,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}/expenses/${itemId}`,
        method: "DELETE",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantItemsAddReport
     * @request POST:/api/grants/{id}/reports
     */
    grantItemsAddReport: (
      { id }: GrantItemsAddReportParams,
      data: ReportDto,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}/reports`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantItemsUpdateReport
     * @request PATCH:/api/grants/{id}/reports/{itemId}
     */
    grantItemsUpdateReport: (
      { id, itemId }: GrantItemsUpdateReportParams,
      data: UpdateReportDto,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}/reports/${itemId}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantItemsRemoveReport
     * @request DELETE:/api/grants/{id}/reports/{itemId}
     */
    grantItemsRemoveReport: (
      { id, itemId }: GrantItemsRemoveReportParams,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}/reports/${itemId}`,
        method: "DELETE",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantItemsAddDocument
     * @request POST:/api/grants/{id}/documents
     */
    grantItemsAddDocument: (
      { id }: GrantItemsAddDocumentParams,
      data: DocumentDto,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}/documents`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantItemsRemoveDocument
     * @request DELETE:/api/grants/{id}/documents/{itemId}
     */
    grantItemsRemoveDocument: (
      { id, itemId }: GrantItemsRemoveDocumentParams,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}/documents/${itemId}`,
        method: "DELETE",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantItemsAddDeliverable
     * @request POST:/api/grants/{id}/deliverables
     */
    grantItemsAddDeliverable: (
      { id }: GrantItemsAddDeliverableParams,
      data: DeliverableDto,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}/deliverables`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantItemsUpdateDeliverable
     * @request PATCH:/api/grants/{id}/deliverables/{itemId}
     */
    grantItemsUpdateDeliverable: (
      { id, itemId }: GrantItemsUpdateDeliverableParams,
      data: UpdateDeliverableDto,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}/deliverables/${itemId}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantItemsRemoveDeliverable
     * @request DELETE:/api/grants/{id}/deliverables/{itemId}
     */
    grantItemsRemoveDeliverable: (
      { id, itemId }: GrantItemsRemoveDeliverableParams,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}/deliverables/${itemId}`,
        method: "DELETE",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantItemsAddIndicator
     * @request POST:/api/grants/{id}/indicators
     */
    grantItemsAddIndicator: (
      { id }: GrantItemsAddIndicatorParams,
      data: IndicatorDto,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}/indicators`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantItemsUpdateIndicator
     * @request PATCH:/api/grants/{id}/indicators/{itemId}
     */
    grantItemsUpdateIndicator: (
      { id, itemId }: GrantItemsUpdateIndicatorParams,
      data: UpdateIndicatorDto,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}/indicators/${itemId}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name GrantItemsRemoveIndicator
     * @request DELETE:/api/grants/{id}/indicators/{itemId}
     */
    grantItemsRemoveIndicator: (
      { id, itemId }: GrantItemsRemoveIndicatorParams,
      params: RequestParams = {},
    ) =>
      this.request<GrantDetailResponse, ErrorResponse>({
        path: `/api/grants/${id}/indicators/${itemId}`,
        method: "DELETE",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name ActivityReportGet
     * @summary As saved for the period, else the draft.
     * @request GET:/api/grants/{id}/activity-report
     */
    activityReportGet: (
      { id, ...query }: ActivityReportGetParams,
      params: RequestParams = {},
    ) =>
      this.request<ActivityReportResponse, ErrorResponse>({
        path: `/api/grants/${id}/activity-report`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name ActivityReportSave
     * @request PUT:/api/grants/{id}/activity-report
     */
    activityReportSave: (
      { id }: ActivityReportSaveParams,
      data: SaveActivityReportDto,
      params: RequestParams = {},
    ) =>
      this.request<ActivityReportResponse, ErrorResponse>({
        path: `/api/grants/${id}/activity-report`,
        method: "PUT",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name ActivityReportRegenerate
     * @summary Back to the draft, worked out afresh: what was saved for the period is dropped.
     * @request DELETE:/api/grants/{id}/activity-report
     */
    activityReportRegenerate: (
      { id, ...query }: ActivityReportRegenerateParams,
      params: RequestParams = {},
    ) =>
      this.request<ActivityReportResponse, ErrorResponse>({
        path: `/api/grants/${id}/activity-report`,
        method: "DELETE",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name ActivityReportPdf
     * @request GET:/api/grants/{id}/activity-report.pdf
     */
    activityReportPdf: (
      { id, ...query }: ActivityReportPdfParams,
      params: RequestParams = {},
    ) =>
      this.request<Blob, ErrorResponse>({
        path: `/api/grants/${id}/activity-report.pdf`,
        method: "GET",
        query: query,
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name ActivityReportDocx
     * @request GET:/api/grants/{id}/activity-report.docx
     */
    activityReportDocx: (
      { id, ...query }: ActivityReportDocxParams,
      params: RequestParams = {},
    ) =>
      this.request<Blob, ErrorResponse>({
        path: `/api/grants/${id}/activity-report.docx`,
        method: "GET",
        query: query,
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name FundingOverviewDeadlines
     * @request GET:/api/funding/deadlines
     */
    fundingOverviewDeadlines: (
      query: FundingOverviewDeadlinesParams = {},
      params: RequestParams = {},
    ) =>
      this.request<DeadlineResponse[], ErrorResponse>({
        path: `/api/funding/deadlines`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name FundingOverviewAlerts
     * @request GET:/api/funding/alerts
     */
    fundingOverviewAlerts: (params: RequestParams = {}) =>
      this.request<FundingAlertResponse[], ErrorResponse>({
        path: `/api/funding/alerts`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags funding
     * @name FundingOverviewDashboard
     * @request GET:/api/funding/dashboard
     */
    fundingOverviewDashboard: (
      query: FundingOverviewDashboardParams = {},
      params: RequestParams = {},
    ) =>
      this.request<FundingDashboardResponse, ErrorResponse>({
        path: `/api/funding/dashboard`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),
  };
  governance = {
    /**
     * No description
     *
     * @tags governance
     * @name MeetingsList
     * @request GET:/api/meetings
     */
    meetingsList: (
      query: MeetingsListParams = {},
      params: RequestParams = {},
    ) =>
      this.request<MeetingListItemPage, ErrorResponse>({
        path: `/api/meetings`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags governance
     * @name MeetingsCreate
     * @request POST:/api/meetings
     */
    meetingsCreate: (data: CreateMeetingDto, params: RequestParams = {}) =>
      this.request<MeetingResponse, ErrorResponse>({
        path: `/api/meetings`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * @description The list's filters apply; UTF-8 CSV with a BOM and `;` separators. Headers in the reader's language; columns, in this order: | Key | Column | Content | |---|---|---| | startsAt | Starts at | Paris date and time (DD/MM/YYYY HH:MM) | | endsAt | Ends at | Paris date and time (DD/MM/YYYY HH:MM) | | kind | Kind | text | | title | Title | text | | place | Place | text | | videoLink | Video link | text | | attendeeCount | Invited | number (decimal point; a comma in French) | | presentCount | Present | number (decimal point; a comma in French) | | decisionCount | Decisions | number (decimal point; a comma in French) | | workingGroupId | Working group (id) | text | | id | Id | text |
     *
     * @tags governance
     * @name MeetingsExport
     * @summary Export: Meetings
     * @request GET:/api/meetings/export
     */
    meetingsExport: (
      query: MeetingsExportParams = {},
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/meetings/export`,
        method: "GET",
        query: query,
        ...params,
      }),

    /**
     * No description
     *
     * @tags governance
     * @name MeetingsGet
     * @request GET:/api/meetings/{id}
     */
    meetingsGet: ({ id }: MeetingsGetParams, params: RequestParams = {}) =>
      this.request<MeetingResponse, ErrorResponse>({
        path: `/api/meetings/${id}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags governance
     * @name MeetingsUpdate
     * @request PATCH:/api/meetings/{id}
     */
    meetingsUpdate: (
      { id }: MeetingsUpdateParams,
      data: UpdateMeetingDto,
      params: RequestParams = {},
    ) =>
      this.request<MeetingResponse, ErrorResponse>({
        path: `/api/meetings/${id}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags governance
     * @name MeetingsCalendar
     * @request GET:/api/meetings/{id}/calendar.ics
     */
    meetingsCalendar: (
      { id }: MeetingsCalendarParams,
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/meetings/${id}/calendar.ics`,
        method: "GET",
        ...params,
      }),

    /**
     * No description
     *
     * @tags governance
     * @name MeetingsInvite
     * @request POST:/api/meetings/{id}/invitations
     */
    meetingsInvite: (
      { id }: MeetingsInviteParams,
      params: RequestParams = {},
    ) =>
      this.request<MeetingInvitationsResponse, ErrorResponse>({
        path: `/api/meetings/${id}/invitations`,
        method: "POST",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags governance
     * @name DecisionsList
     * @request GET:/api/decisions
     */
    decisionsList: (
      query: DecisionsListParams = {},
      params: RequestParams = {},
    ) =>
      this.request<DecisionPage, ErrorResponse>({
        path: `/api/decisions`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags governance
     * @name DecisionsCreate
     * @request POST:/api/decisions
     */
    decisionsCreate: (data: CreateDecisionDto, params: RequestParams = {}) =>
      this.request<DecisionDetailResponse, ErrorResponse>({
        path: `/api/decisions`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * @description The list's filters apply; UTF-8 CSV with a BOM and `;` separators. Headers in the reader's language; columns, in this order: | Key | Column | Content | |---|---|---| | number | Number | number (decimal point; a comma in French) | | title | Title | text | | decidedOn | Decided on | date (DD/MM/YYYY) | | outcome | Outcome | text | | method | Method | text | | votesFor | For | number (decimal point; a comma in French) | | votesAgainst | Against | number (decimal point; a comma in French) | | votesAbstain | Abstentions | number (decimal point; a comma in French) | | visibility | Visibility | text | | proposedBy | Proposed by | text | | meeting | Meeting | text | | amends | Amends decision no. | number (decimal point; a comma in French) | | proposal | Proposal | text | | id | Id | text |
     *
     * @tags governance
     * @name DecisionsExport
     * @summary Export: Decisions
     * @request GET:/api/decisions/export
     */
    decisionsExport: (
      query: DecisionsExportParams = {},
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/decisions/export`,
        method: "GET",
        query: query,
        ...params,
      }),

    /**
     * No description
     *
     * @tags governance
     * @name DecisionsGet
     * @request GET:/api/decisions/{id}
     */
    decisionsGet: ({ id }: DecisionsGetParams, params: RequestParams = {}) =>
      this.request<DecisionDetailResponse, ErrorResponse>({
        path: `/api/decisions/${id}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags governance
     * @name DecisionsAmend
     * @request POST:/api/decisions/{id}/amendments
     */
    decisionsAmend: (
      { id }: DecisionsAmendParams,
      data: CreateDecisionDto,
      params: RequestParams = {},
    ) =>
      this.request<DecisionDetailResponse, ErrorResponse>({
        path: `/api/decisions/${id}/amendments`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags governance
     * @name ActionItemsList
     * @request GET:/api/action-items
     */
    actionItemsList: (
      query: ActionItemsListParams = {},
      params: RequestParams = {},
    ) =>
      this.request<ActionItemPage, ErrorResponse>({
        path: `/api/action-items`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags governance
     * @name ActionItemsCreate
     * @request POST:/api/action-items
     */
    actionItemsCreate: (
      data: CreateActionItemDto,
      params: RequestParams = {},
    ) =>
      this.request<ActionItemResponse, ErrorResponse>({
        path: `/api/action-items`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * @description The list's filters apply; UTF-8 CSV with a BOM and `;` separators. Headers in the reader's language; columns, in this order: | Key | Column | Content | |---|---|---| | title | Title | text | | owner | Owner | text | | dueOn | Due on | date (DD/MM/YYYY) | | status | Status | text | | overdue | Overdue | yes / no (oui / non in French) | | completedAt | Completed at | Paris date and time (DD/MM/YYYY HH:MM) | | meeting | Meeting | text | | decision | Decision no. | number (decimal point; a comma in French) | | details | Details | text | | createdAt | Created at | Paris date and time (DD/MM/YYYY HH:MM) | | id | Id | text |
     *
     * @tags governance
     * @name ActionItemsExport
     * @summary Export: Action items
     * @request GET:/api/action-items/export
     */
    actionItemsExport: (
      query: ActionItemsExportParams = {},
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/action-items/export`,
        method: "GET",
        query: query,
        ...params,
      }),

    /**
     * No description
     *
     * @tags governance
     * @name ActionItemsMine
     * @summary The signed-in person's own actions.
     * @request GET:/api/action-items/mine
     */
    actionItemsMine: (
      query: ActionItemsMineParams = {},
      params: RequestParams = {},
    ) =>
      this.request<ActionItemPage, ErrorResponse>({
        path: `/api/action-items/mine`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags governance
     * @name ActionItemsGet
     * @request GET:/api/action-items/{id}
     */
    actionItemsGet: (
      { id }: ActionItemsGetParams,
      params: RequestParams = {},
    ) =>
      this.request<ActionItemResponse, ErrorResponse>({
        path: `/api/action-items/${id}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags governance
     * @name ActionItemsUpdate
     * @request PATCH:/api/action-items/{id}
     */
    actionItemsUpdate: (
      { id }: ActionItemsUpdateParams,
      data: UpdateActionItemDto,
      params: RequestParams = {},
    ) =>
      this.request<ActionItemResponse, ErrorResponse>({
        path: `/api/action-items/${id}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags governance
     * @name StrategyGet
     * @request GET:/api/strategy
     */
    strategyGet: (params: RequestParams = {}) =>
      this.request<StrategyResponse, ErrorResponse>({
        path: `/api/strategy`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags governance
     * @name StrategyAction
     * @request GET:/api/strategy/actions/{id}
     */
    strategyAction: (
      { id }: StrategyActionParams,
      params: RequestParams = {},
    ) =>
      this.request<StrategyActionResponse, ErrorResponse>({
        path: `/api/strategy/actions/${id}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags governance
     * @name StrategyUpdate
     * @request PATCH:/api/strategy/actions/{id}
     */
    strategyUpdate: (
      { id }: StrategyUpdateParams,
      data: UpdateStrategyActionDto,
      params: RequestParams = {},
    ) =>
      this.request<StrategyActionResponse, ErrorResponse>({
        path: `/api/strategy/actions/${id}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags governance
     * @name StrategyCreate
     * @request POST:/api/strategy/actions
     */
    strategyCreate: (
      data: CreateStrategyActionDto,
      params: RequestParams = {},
    ) =>
      this.request<StrategyActionResponse, ErrorResponse>({
        path: `/api/strategy/actions`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags governance
     * @name StrategyCreateAxis
     * @request POST:/api/strategy/axes
     */
    strategyCreateAxis: (
      data: CreateStrategyAxisDto,
      params: RequestParams = {},
    ) =>
      this.request<StrategyAxisSummaryResponse, ErrorResponse>({
        path: `/api/strategy/axes`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags governance
     * @name StrategyUpdateAxis
     * @request PATCH:/api/strategy/axes/{id}
     */
    strategyUpdateAxis: (
      { id }: StrategyUpdateAxisParams,
      data: UpdateStrategyAxisDto,
      params: RequestParams = {},
    ) =>
      this.request<StrategyAxisSummaryResponse, ErrorResponse>({
        path: `/api/strategy/axes/${id}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),
  };
  contractors = {
    /**
     * No description
     *
     * @tags contractors
     * @name ContractorsList
     * @request GET:/api/missions
     */
    contractorsList: (
      query: ContractorsListParams = {},
      params: RequestParams = {},
    ) =>
      this.request<MissionPage, ErrorResponse>({
        path: `/api/missions`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contractors
     * @name ContractorsCreate
     * @request POST:/api/missions
     */
    contractorsCreate: (data: CreateMissionDto, params: RequestParams = {}) =>
      this.request<MissionDetailResponse, ErrorResponse>({
        path: `/api/missions`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * @description The list's filters apply; UTF-8 CSV with a BOM and `;` separators. Headers in the reader's language; columns, in this order: | Key | Column | Content | |---|---|---| | id | Id | text | | title | Title | text | | contractor | Contractor | text | | company | Company | text | | startsOn | Starts on | date (DD/MM/YYYY) | | endsOn | Ends on | date (DD/MM/YYYY) | | daysPerMonth | Days per month | number (decimal point; a comma in French) | | hoursPerDay | Hours per day | number (decimal point; a comma in French) | | dailyRateCents | Daily rate (€) | amount in euros (1234.50; 1234,50 in French) (when readable) | | budgetedDays | Budgeted days | number (decimal point; a comma in French) | | usedDays | Days used | number (decimal point; a comma in French) | | overBudgetMonths | Months over budget | number (decimal point; a comma in French) | | budgetedCents | Budgeted (€) | amount in euros (1234.50; 1234,50 in French) (when readable) | | usedCents | Used (€) | amount in euros (1234.50; 1234,50 in French) (when readable) | | grantId | Grant | text | | budgetLineId | Budget line | text |
     *
     * @tags contractors
     * @name ContractorsExport
     * @summary Export: Missions
     * @request GET:/api/missions/export
     */
    contractorsExport: (
      query: ContractorsExportParams = {},
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/missions/export`,
        method: "GET",
        query: query,
        ...params,
      }),

    /**
     * No description
     *
     * @tags contractors
     * @name ContractorsGet
     * @request GET:/api/missions/{id}
     */
    contractorsGet: (
      { id }: ContractorsGetParams,
      params: RequestParams = {},
    ) =>
      this.request<MissionDetailResponse, ErrorResponse>({
        path: `/api/missions/${id}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contractors
     * @name ContractorsUpdate
     * @request PATCH:/api/missions/{id}
     */
    contractorsUpdate: (
      { id }: ContractorsUpdateParams,
      data: UpdateMissionDto,
      params: RequestParams = {},
    ) =>
      this.request<MissionDetailResponse, ErrorResponse>({
        path: `/api/missions/${id}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * @description The list's filters apply; UTF-8 CSV with a BOM and `;` separators, or xlsx. Headers in the reader's language; columns, in this order: | Key | Column | Content | |---|---|---| | id | Id | text | | workedOn | Day | date (DD/MM/YYYY) | | unit | Unit | text | | quantity | Quantity | number (decimal point; a comma in French) | | description | Description | text | | createdAt | Logged at | Paris date and time (DD/MM/YYYY HH:MM) |
     *
     * @tags contractors
     * @name ContractorsExportEntries
     * @summary Export: Time spent on a mission
     * @request GET:/api/missions/{id}/time-entries/export
     */
    contractorsExportEntries: (
      { id, ...query }: ContractorsExportEntriesParams,
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/missions/${id}/time-entries/export`,
        method: "GET",
        query: query,
        ...params,
      }),

    /**
     * No description
     *
     * @tags contractors
     * @name ContractorsEntries
     * @request GET:/api/missions/{id}/time-entries
     */
    contractorsEntries: (
      { id, ...query }: ContractorsEntriesParams,
      params: RequestParams = {},
    ) =>
      this.request<TimeEntryPage, ErrorResponse>({
        path: `/api/missions/${id}/time-entries`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contractors
     * @name ContractorsAddEntry
     * @request POST:/api/missions/{id}/time-entries
     */
    contractorsAddEntry: (
      { id }: ContractorsAddEntryParams,
      data: CreateTimeEntryDto,
      params: RequestParams = {},
    ) =>
      this.request<TimeEntryResponse, ErrorResponse>({
        path: `/api/missions/${id}/time-entries`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contractors
     * @name ContractorsUpdateEntry
     * @request PATCH:/api/time-entries/{id}
     */
    contractorsUpdateEntry: (
      { id }: ContractorsUpdateEntryParams,
      data: UpdateTimeEntryDto,
      params: RequestParams = {},
    ) =>
      this.request<TimeEntryResponse, ErrorResponse>({
        path: `/api/time-entries/${id}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags contractors
     * @name ContractorsDeleteEntry
     * @request DELETE:/api/time-entries/{id}
     */
    contractorsDeleteEntry: (
      { id }: ContractorsDeleteEntryParams,
      params: RequestParams = {},
    ) =>
      this.request<void, ErrorResponse>({
        path: `/api/time-entries/${id}`,
        method: "DELETE",
        ...params,
      }),
  };
  imports = {
    /**
     * No description
     *
     * @tags imports
     * @name ImportsUpload
     * @summary The file is the multipart body's `file` part, streamed into storage as it arrives (never whole in memory).
     * @request POST:/api/imports
     */
    importsUpload: (
      query: ImportsUploadParams,
      data: UploadImportFileDto,
      params: RequestParams = {},
    ) =>
      this.request<ImportJobResponse, ErrorResponse>({
        path: `/api/imports`,
        method: "POST",
        query: query,
        body: data,
        type: ContentType.FormData,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags imports
     * @name ImportsGet
     * @request GET:/api/imports/{id}
     */
    importsGet: ({ id }: ImportsGetParams, params: RequestParams = {}) =>
      this.request<ImportJobResponse, ErrorResponse>({
        path: `/api/imports/${id}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags imports
     * @name ImportsProgress
     * @request GET:/api/imports/{id}/progress
     */
    importsProgress: (
      { id }: ImportsProgressParams,
      params: RequestParams = {},
    ) =>
      this.request<ImportProgressResponse, ErrorResponse>({
        path: `/api/imports/${id}/progress`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags imports
     * @name ImportsDryRun
     * @request POST:/api/imports/{id}/dry-run
     */
    importsDryRun: (
      { id }: ImportsDryRunParams,
      data: ImportMappingDto,
      params: RequestParams = {},
    ) =>
      this.request<ImportRunResponse, ErrorResponse>({
        path: `/api/imports/${id}/dry-run`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags imports
     * @name ImportsCommit
     * @request POST:/api/imports/{id}/commit
     */
    importsCommit: (
      { id }: ImportsCommitParams,
      data: ImportMappingDto,
      params: RequestParams = {},
    ) =>
      this.request<ImportRunResponse, ErrorResponse>({
        path: `/api/imports/${id}/commit`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),
  };
  workingGroups = {
    /**
     * No description
     *
     * @tags working-groups
     * @name WorkingGroupsList
     * @request GET:/api/working-groups
     */
    workingGroupsList: (
      query: WorkingGroupsListParams = {},
      params: RequestParams = {},
    ) =>
      this.request<WorkingGroupPage, ErrorResponse>({
        path: `/api/working-groups`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags working-groups
     * @name WorkingGroupsCreate
     * @request POST:/api/working-groups
     */
    workingGroupsCreate: (
      data: CreateWorkingGroupDto,
      params: RequestParams = {},
    ) =>
      this.request<WorkingGroupDetailResponse, ErrorResponse>({
        path: `/api/working-groups`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * @description The list's filters apply; UTF-8 CSV with a BOM and `;` separators. Headers in the reader's language; columns, in this order: | Key | Column | Content | |---|---|---| | name | Name | text | | status | Status | text | | mission | Mission | text | | referents | Referents | number (decimal point; a comma in French) | | facilitators | Facilitators | number (decimal point; a comma in French) | | welcomers | Volunteer welcome | number (decimal point; a comma in French) | | members | Members | number (decimal point; a comma in French) | | gaps | Roles to fill | text | | volunteersNew | Volunteers to welcome | number (decimal point; a comma in French) | | volunteersActive | Active volunteers | number (decimal point; a comma in French) | | overdue | Welcomes overdue | number (decimal point; a comma in French) | | mailingList | Mailing list | text | | chatChannel | Chat channel | text | | meetingRhythm | Meeting rhythm | text | | welcomeWithinDays | Welcome within (days) | number (decimal point; a comma in French) | | createdAt | Created at | Paris date and time (DD/MM/YYYY HH:MM) | | id | Id | text |
     *
     * @tags working-groups
     * @name WorkingGroupsExport
     * @summary Export: Working groups
     * @request GET:/api/working-groups/export
     */
    workingGroupsExport: (
      query: WorkingGroupsExportParams = {},
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/working-groups/export`,
        method: "GET",
        query: query,
        ...params,
      }),

    /**
     * No description
     *
     * @tags working-groups
     * @name WorkingGroupsGet
     * @request GET:/api/working-groups/{id}
     */
    workingGroupsGet: (
      { id }: WorkingGroupsGetParams,
      params: RequestParams = {},
    ) =>
      this.request<WorkingGroupDetailResponse, ErrorResponse>({
        path: `/api/working-groups/${id}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags working-groups
     * @name WorkingGroupsUpdate
     * @request PATCH:/api/working-groups/{id}
     */
    workingGroupsUpdate: (
      { id }: WorkingGroupsUpdateParams,
      data: UpdateWorkingGroupDto,
      params: RequestParams = {},
    ) =>
      this.request<WorkingGroupDetailResponse, ErrorResponse>({
        path: `/api/working-groups/${id}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * @description The list's filters apply; UTF-8 CSV with a BOM and `;` separators. Headers in the reader's language; columns, in this order: | Key | Column | Content | |---|---|---| | email | email | text | | firstName | first name | text | | lastName | last name | text | | place | place in the group | text |
     *
     * @tags working-groups
     * @name WorkingGroupsExportMembers
     * @summary Export: Members and volunteers of a working group
     * @request GET:/api/working-groups/{id}/members.csv
     */
    workingGroupsExportMembers: (
      { id }: WorkingGroupsExportMembersParams,
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/working-groups/${id}/members.csv`,
        method: "GET",
        ...params,
      }),

    /**
     * No description
     *
     * @tags working-groups
     * @name WorkingGroupsAddMember
     * @request POST:/api/working-groups/{id}/members
     */
    workingGroupsAddMember: (
      { id }: WorkingGroupsAddMemberParams,
      data: AddMemberDto,
      params: RequestParams = {},
    ) =>
      this.request<WorkingGroupDetailResponse, ErrorResponse>({
        path: `/api/working-groups/${id}/members`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags working-groups
     * @name WorkingGroupsUpdateTerm
     * @request PATCH:/api/working-groups/{id}/members/{termId}
     */
    workingGroupsUpdateTerm: (
      { id, termId }: WorkingGroupsUpdateTermParams,
      data: UpdateTermDto,
      params: RequestParams = {},
    ) =>
      this.request<WorkingGroupDetailResponse, ErrorResponse>({
        path: `/api/working-groups/${id}/members/${termId}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags working-groups
     * @name WorkingGroupsLeave
     * @summary Anyone in a group may leave it.
     * @request POST:/api/working-groups/{id}/leave
     */
    workingGroupsLeave: (
      { id }: WorkingGroupsLeaveParams,
      params: RequestParams = {},
    ) =>
      this.request<void, ErrorResponse>({
        path: `/api/working-groups/${id}/leave`,
        method: "POST",
        ...params,
      }),

    /**
     * No description
     *
     * @tags working-groups
     * @name WorkingGroupsBoard
     * @request GET:/api/working-groups/{id}/volunteers
     */
    workingGroupsBoard: (
      { id }: WorkingGroupsBoardParams,
      params: RequestParams = {},
    ) =>
      this.request<BoardCardResponse[], ErrorResponse>({
        path: `/api/working-groups/${id}/volunteers`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags working-groups
     * @name WorkingGroupsAddVolunteer
     * @request POST:/api/working-groups/{id}/volunteers
     */
    workingGroupsAddVolunteer: (
      { id }: WorkingGroupsAddVolunteerParams,
      data: AddVolunteerDto,
      params: RequestParams = {},
    ) =>
      this.request<BoardCardResponse, ErrorResponse>({
        path: `/api/working-groups/${id}/volunteers`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * @description The list's filters apply; UTF-8 CSV with a BOM and `;` separators. Headers in the reader's language; columns, in this order: | Key | Column | Content | |---|---|---| | lastName | Last name | text | | firstName | First name | text | | email | Email | text | | stage | Stage | text | | stageChangedAt | Stage since | Paris date and time (DD/MM/YYYY HH:MM) | | overdue | Welcome overdue | yes / no (oui / non in French) | | source | Source | text | | skills | Skills | text | | hoursPerMonth | Hours per month | number (decimal point; a comma in French) | | availableDays | Available days | text | | territory | Territory | text | | message | Message | text | | createdAt | Joined at | Paris date and time (DD/MM/YYYY HH:MM) | | id | Id | text |
     *
     * @tags working-groups
     * @name WorkingGroupsExportVolunteers
     * @summary Export: The group's volunteers
     * @request GET:/api/working-groups/{id}/volunteers/export
     */
    workingGroupsExportVolunteers: (
      { id }: WorkingGroupsExportVolunteersParams,
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/working-groups/${id}/volunteers/export`,
        method: "GET",
        ...params,
      }),

    /**
     * No description
     *
     * @tags working-groups
     * @name WorkingGroupsMove
     * @request POST:/api/working-groups/{id}/volunteers/{entryId}/stage
     */
    workingGroupsMove: (
      { id, entryId }: WorkingGroupsMoveParams,
      data: MoveVolunteerDto,
      params: RequestParams = {},
    ) =>
      this.request<MovedCardResponse, ErrorResponse>({
        path: `/api/working-groups/${id}/volunteers/${entryId}/stage`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),
  };
  volunteers = {
    /**
     * No description
     *
     * @tags volunteers
     * @name VolunteersGet
     * @request GET:/api/volunteers/{personId}
     */
    volunteersGet: (
      { personId }: VolunteersGetParams,
      params: RequestParams = {},
    ) =>
      this.request<VolunteerResponse, ErrorResponse>({
        path: `/api/volunteers/${personId}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags volunteers
     * @name VolunteersUpdate
     * @request PATCH:/api/volunteers/{personId}
     */
    volunteersUpdate: (
      { personId }: VolunteersUpdateParams,
      data: UpdateVolunteerProfileDto,
      params: RequestParams = {},
    ) =>
      this.request<VolunteerResponse, ErrorResponse>({
        path: `/api/volunteers/${personId}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags volunteers
     * @name VolunteersLogTime
     * @request POST:/api/volunteers/{personId}/time
     */
    volunteersLogTime: (
      { personId }: VolunteersLogTimeParams,
      data: LogVolunteerTimeDto,
      params: RequestParams = {},
    ) =>
      this.request<LoggedTimeResponse, ErrorResponse>({
        path: `/api/volunteers/${personId}/time`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),
  };
  public = {
    /**
     * No description
     *
     * @tags public
     * @name SignupForm
     * @request GET:/api/public/volunteer-signup
     */
    signupForm: (params: RequestParams = {}) =>
      this.request<SignupFormResponse, ErrorResponse>({
        path: `/api/public/volunteer-signup`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags public
     * @name SignupSignup
     * @summary 202 whatever happened behind (new person, known one, honeypot): the answer tells a visitor nothing about others.
     * @request POST:/api/public/volunteer-signup
     */
    signupSignup: (data: VolunteerSignupDto, params: RequestParams = {}) =>
      this.request<AcceptedResponse, ErrorResponse>({
        path: `/api/public/volunteer-signup`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags public
     * @name PublicEventsEvent
     * @request GET:/api/public/events/{id}
     */
    publicEventsEvent: (
      { id }: PublicEventsEventParams,
      params: RequestParams = {},
    ) =>
      this.request<PublicEventResponse, ErrorResponse>({
        path: `/api/public/events/${id}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags public
     * @name PublicEventsRegister
     * @summary 202 whatever happened behind (new person, known one, already registered, honeypot): the mail says the rest.
     * @request POST:/api/public/events/{id}/registrations
     */
    publicEventsRegister: (
      { id }: PublicEventsRegisterParams,
      data: PublicRegistrationDto,
      params: RequestParams = {},
    ) =>
      this.request<AcceptedResponse, ErrorResponse>({
        path: `/api/public/events/${id}/registrations`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags public
     * @name PublicEventsCancel
     * @request POST:/api/public/events/cancel
     */
    publicEventsCancel: (
      data: CancelRegistrationDto,
      params: RequestParams = {},
    ) =>
      this.request<CancelledResponse, ErrorResponse>({
        path: `/api/public/events/cancel`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),
  };
  exports = {
    /**
     * @description Every list as CSV (organisations, people, funders and their contacts, grants, contributions, subscribers, audit log, missions and their time entries, decisions, meetings, action items, split payments, the working groups’ members and volunteers, the map’s sources), archived records included, with LISEZMOI.md / README.md describing each file’s columns.
     *
     * @tags exports
     * @name NetworkExportDownload
     * @summary The whole network as a zip
     * @request GET:/api/network-export
     */
    networkExportDownload: (params: RequestParams = {}) =>
      this.request<Blob, ErrorResponse>({
        path: `/api/network-export`,
        method: "GET",
        ...params,
      }),
  };
  newsletters = {
    /**
     * No description
     *
     * @tags newsletters
     * @name ListsList
     * @request GET:/api/newsletters/lists
     */
    listsList: (query: ListsListParams = {}, params: RequestParams = {}) =>
      this.request<NewsletterListCountsResponse[], ErrorResponse>({
        path: `/api/newsletters/lists`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name ListsCreate
     * @request POST:/api/newsletters/lists
     */
    listsCreate: (data: CreateListDto, params: RequestParams = {}) =>
      this.request<NewsletterListResponse, ErrorResponse>({
        path: `/api/newsletters/lists`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name ListsUpdate
     * @request PATCH:/api/newsletters/lists/{id}
     */
    listsUpdate: (
      { id }: ListsUpdateParams,
      data: UpdateListDto,
      params: RequestParams = {},
    ) =>
      this.request<NewsletterListResponse, ErrorResponse>({
        path: `/api/newsletters/lists/${id}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name ListsArchive
     * @request POST:/api/newsletters/lists/{id}/archive
     */
    listsArchive: ({ id }: ListsArchiveParams, params: RequestParams = {}) =>
      this.request<NewsletterListResponse, ErrorResponse>({
        path: `/api/newsletters/lists/${id}/archive`,
        method: "POST",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name ListsRestore
     * @request POST:/api/newsletters/lists/{id}/restore
     */
    listsRestore: ({ id }: ListsRestoreParams, params: RequestParams = {}) =>
      this.request<NewsletterListResponse, ErrorResponse>({
        path: `/api/newsletters/lists/${id}/restore`,
        method: "POST",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name SubscribersList
     * @request GET:/api/newsletters/subscribers
     */
    subscribersList: (
      query: SubscribersListParams = {},
      params: RequestParams = {},
    ) =>
      this.request<SubscriberPage, ErrorResponse>({
        path: `/api/newsletters/subscribers`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name SubscribersCreate
     * @request POST:/api/newsletters/subscribers
     */
    subscribersCreate: (
      data: CreateSubscriberDto,
      params: RequestParams = {},
    ) =>
      this.request<SubscriberDetailResponse, ErrorResponse>({
        path: `/api/newsletters/subscribers`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * @description The list's filters apply; UTF-8 CSV with a BOM and `;` separators. Headers in the reader's language; columns, in this order: | Key | Column | Content | |---|---|---| | email | Email | text | | first_name | First name | text | | last_name | Last name | text | | locale | Language | text | | status | Status | text | | lists | Lists | text | | confirmed_at | Confirmed at | Paris date and time (DD/MM/YYYY HH:MM) | | consent_source | Consent source | text | | consent_at | Consent at | Paris date and time (DD/MM/YYYY HH:MM) |
     *
     * @tags newsletters
     * @name SubscribersExport
     * @summary Export: Subscribers
     * @request GET:/api/newsletters/subscribers/export
     */
    subscribersExport: (
      query: SubscribersExportParams = {},
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/newsletters/subscribers/export`,
        method: "GET",
        query: query,
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name SubscribersGet
     * @request GET:/api/newsletters/subscribers/{id}
     */
    subscribersGet: (
      { id }: SubscribersGetParams,
      params: RequestParams = {},
    ) =>
      this.request<SubscriberDetailResponse, ErrorResponse>({
        path: `/api/newsletters/subscribers/${id}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name SubscribersUpdate
     * @request PATCH:/api/newsletters/subscribers/{id}
     */
    subscribersUpdate: (
      { id }: SubscribersUpdateParams,
      data: UpdateSubscriberDto,
      params: RequestParams = {},
    ) =>
      this.request<SubscriberDetailResponse, ErrorResponse>({
        path: `/api/newsletters/subscribers/${id}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name IssuesList
     * @request GET:/api/newsletters/issues
     */
    issuesList: (query: IssuesListParams = {}, params: RequestParams = {}) =>
      this.request<IssuePage, ErrorResponse>({
        path: `/api/newsletters/issues`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name IssuesCreate
     * @request POST:/api/newsletters/issues
     */
    issuesCreate: (data: CreateIssueDto, params: RequestParams = {}) =>
      this.request<IssueResponse, ErrorResponse>({
        path: `/api/newsletters/issues`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name IssuesNextDue
     * @request GET:/api/newsletters/cadence
     */
    issuesNextDue: (params: RequestParams = {}) =>
      this.request<CadenceResponse, ErrorResponse>({
        path: `/api/newsletters/cadence`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name IssuesPreview
     * @summary Renders content that may not be saved yet: the composer's live preview.
     * @request POST:/api/newsletters/preview
     */
    issuesPreview: (data: IssueContentDto, params: RequestParams = {}) =>
      this.request<PreviewResponse, ErrorResponse>({
        path: `/api/newsletters/preview`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name IssuesGet
     * @request GET:/api/newsletters/issues/{id}
     */
    issuesGet: ({ id }: IssuesGetParams, params: RequestParams = {}) =>
      this.request<IssueResponse, ErrorResponse>({
        path: `/api/newsletters/issues/${id}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name IssuesUpdate
     * @request PATCH:/api/newsletters/issues/{id}
     */
    issuesUpdate: (
      { id }: IssuesUpdateParams,
      data: UpdateIssueDto,
      params: RequestParams = {},
    ) =>
      this.request<IssueResponse, ErrorResponse>({
        path: `/api/newsletters/issues/${id}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name IssuesPreviewSaved
     * @request GET:/api/newsletters/issues/{id}/preview
     */
    issuesPreviewSaved: (
      { id }: IssuesPreviewSavedParams,
      params: RequestParams = {},
    ) =>
      this.request<PreviewResponse, ErrorResponse>({
        path: `/api/newsletters/issues/${id}/preview`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name IssuesCheck
     * @request GET:/api/newsletters/issues/{id}/check
     */
    issuesCheck: ({ id }: IssuesCheckParams, params: RequestParams = {}) =>
      this.request<CheckReportResponse, ErrorResponse>({
        path: `/api/newsletters/issues/${id}/check`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name IssuesTestSend
     * @request POST:/api/newsletters/issues/{id}/test-send
     */
    issuesTestSend: (
      { id }: IssuesTestSendParams,
      data: TestSendDto,
      params: RequestParams = {},
    ) =>
      this.request<TestSendResponse, ErrorResponse>({
        path: `/api/newsletters/issues/${id}/test-send`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name IssuesSubmit
     * @request POST:/api/newsletters/issues/{id}/submit
     */
    issuesSubmit: ({ id }: IssuesSubmitParams, params: RequestParams = {}) =>
      this.request<IssueResponse, ErrorResponse>({
        path: `/api/newsletters/issues/${id}/submit`,
        method: "POST",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name IssuesReopen
     * @request POST:/api/newsletters/issues/{id}/reopen
     */
    issuesReopen: ({ id }: IssuesReopenParams, params: RequestParams = {}) =>
      this.request<IssueResponse, ErrorResponse>({
        path: `/api/newsletters/issues/${id}/reopen`,
        method: "POST",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name IssuesSchedule
     * @request POST:/api/newsletters/issues/{id}/schedule
     */
    issuesSchedule: (
      { id }: IssuesScheduleParams,
      data: ScheduleDto,
      params: RequestParams = {},
    ) =>
      this.request<IssueResponse, ErrorResponse>({
        path: `/api/newsletters/issues/${id}/schedule`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name IssuesPause
     * @request POST:/api/newsletters/issues/{id}/pause
     */
    issuesPause: ({ id }: IssuesPauseParams, params: RequestParams = {}) =>
      this.request<IssueResponse, ErrorResponse>({
        path: `/api/newsletters/issues/${id}/pause`,
        method: "POST",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name IssuesResume
     * @request POST:/api/newsletters/issues/{id}/resume
     */
    issuesResume: ({ id }: IssuesResumeParams, params: RequestParams = {}) =>
      this.request<IssueResponse, ErrorResponse>({
        path: `/api/newsletters/issues/${id}/resume`,
        method: "POST",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name IssuesResend
     * @request POST:/api/newsletters/issues/{id}/resend
     */
    issuesResend: (
      { id }: IssuesResendParams,
      data: ResendDto,
      params: RequestParams = {},
    ) =>
      this.request<ResendResponse, ErrorResponse>({
        path: `/api/newsletters/issues/${id}/resend`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name IssuesIssueStats
     * @request GET:/api/newsletters/issues/{id}/stats
     */
    issuesIssueStats: (
      { id }: IssuesIssueStatsParams,
      params: RequestParams = {},
    ) =>
      this.request<SendStatsResponse, ErrorResponse>({
        path: `/api/newsletters/issues/${id}/stats`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name IssuesDeliveries
     * @request GET:/api/newsletters/issues/{id}/deliveries
     */
    issuesDeliveries: (
      { id, ...query }: IssuesDeliveriesParams,
      params: RequestParams = {},
    ) =>
      this.request<DeliveryPage, ErrorResponse>({
        path: `/api/newsletters/issues/${id}/deliveries`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name ProposalsList
     * @request GET:/api/newsletters/proposals
     */
    proposalsList: (
      query: ProposalsListParams = {},
      params: RequestParams = {},
    ) =>
      this.request<ProposalPage, ErrorResponse>({
        path: `/api/newsletters/proposals`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name ProposalsCreate
     * @request POST:/api/newsletters/proposals
     */
    proposalsCreate: (data: CreateProposalDto, params: RequestParams = {}) =>
      this.request<ProposalResponse, ErrorResponse>({
        path: `/api/newsletters/proposals`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name ProposalsAccept
     * @request POST:/api/newsletters/proposals/{id}/accept
     */
    proposalsAccept: (
      { id }: ProposalsAcceptParams,
      data: AcceptProposalDto,
      params: RequestParams = {},
    ) =>
      this.request<ProposalResponse, ErrorResponse>({
        path: `/api/newsletters/proposals/${id}/accept`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters
     * @name ProposalsDecline
     * @request POST:/api/newsletters/proposals/{id}/decline
     */
    proposalsDecline: (
      { id }: ProposalsDeclineParams,
      data: DeclineProposalDto,
      params: RequestParams = {},
    ) =>
      this.request<ProposalResponse, ErrorResponse>({
        path: `/api/newsletters/proposals/${id}/decline`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),
  };
  newslettersPublic = {
    /**
     * No description
     *
     * @tags newsletters (public)
     * @name PublicNewslettersForm
     * @request GET:/api/newsletters/public/form
     */
    publicNewslettersForm: (params: RequestParams = {}) =>
      this.request<PublicFormResponse, ErrorResponse>({
        path: `/api/newsletters/public/form`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters (public)
     * @name PublicNewslettersSubscribe
     * @request POST:/api/newsletters/public/subscribe
     */
    publicNewslettersSubscribe: (
      data: SubscribeDto,
      params: RequestParams = {},
    ) =>
      this.request<AcceptedResponse, ErrorResponse>({
        path: `/api/newsletters/public/subscribe`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters (public)
     * @name PublicNewslettersConfirm
     * @request POST:/api/newsletters/public/confirm
     */
    publicNewslettersConfirm: (data: ConfirmDto, params: RequestParams = {}) =>
      this.request<ConfirmedResponse, ErrorResponse>({
        path: `/api/newsletters/public/confirm`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters (public)
     * @name PublicNewslettersUnsubscribePage
     * @summary The List-Unsubscribe URL opened in a browser: the confirmation page, which asks before doing anything.
     * @request GET:/api/newsletters/public/unsubscribe/{token}
     */
    publicNewslettersUnsubscribePage: (
      { token }: PublicNewslettersUnsubscribePageParams,
      params: RequestParams = {},
    ) =>
      this.request<any, string | ErrorResponse>({
        path: `/api/newsletters/public/unsubscribe/${token}`,
        method: "GET",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters (public)
     * @name PublicNewslettersUnsubscribe
     * @summary RFC 8058: a POST to the List-Unsubscribe URL unsubscribes at once, without login or further question. The page's button posts here too (JSON, optionally `{ "allLists": true }`).
     * @request POST:/api/newsletters/public/unsubscribe/{token}
     */
    publicNewslettersUnsubscribe: (
      { token }: PublicNewslettersUnsubscribeParams,
      data?: UnsubscribeAllDto,
      params: RequestParams = {},
    ) =>
      this.request<UnsubscribedResponse, ErrorResponse>({
        path: `/api/newsletters/public/unsubscribe/${token}`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters (public)
     * @name PublicNewslettersDescribe
     * @request GET:/api/newsletters/public/unsubscribe/{token}/info
     */
    publicNewslettersDescribe: (
      { token }: PublicNewslettersDescribeParams,
      params: RequestParams = {},
    ) =>
      this.request<UnsubscribeInfoResponse, ErrorResponse>({
        path: `/api/newsletters/public/unsubscribe/${token}/info`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters (public)
     * @name PublicNewslettersArchived
     * @request GET:/api/newsletters/public/archive
     */
    publicNewslettersArchived: (params: RequestParams = {}) =>
      this.request<ArchivedIssueResponse[], ErrorResponse>({
        path: `/api/newsletters/public/archive`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters (public)
     * @name PublicNewslettersWebVersion
     * @summary The web version: the HTML that was sent, without anything personal.
     * @request GET:/api/newsletters/public/archive/{number}
     */
    publicNewslettersWebVersion: (
      { number }: PublicNewslettersWebVersionParams,
      params: RequestParams = {},
    ) =>
      this.request<string, ErrorResponse>({
        path: `/api/newsletters/public/archive/${number}`,
        method: "GET",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters (public)
     * @name PublicNewslettersPreview
     * @summary A test mail's web version: the link it carries is signed and expires (the issue is not out yet).
     * @request GET:/api/newsletters/public/preview/{token}
     */
    publicNewslettersPreview: (
      { token }: PublicNewslettersPreviewParams,
      params: RequestParams = {},
    ) =>
      this.request<string, ErrorResponse>({
        path: `/api/newsletters/public/preview/${token}`,
        method: "GET",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters (public)
     * @name PublicNewslettersOpened
     * @request GET:/api/newsletters/public/archive/{number}/open.gif
     */
    publicNewslettersOpened: (
      { number }: PublicNewslettersOpenedParams,
      params: RequestParams = {},
    ) =>
      this.request<Blob, ErrorResponse>({
        path: `/api/newsletters/public/archive/${number}/open.gif`,
        method: "GET",
        format: "blob",
        ...params,
      }),
  };
  newslettersRelayWebhooks = {
    /**
     * No description
     *
     * @tags newsletters (relay webhooks)
     * @name WebhooksBrevo
     * @request POST:/api/newsletters/webhooks/brevo
     */
    webhooksBrevo: (data: Record<string, any>, params: RequestParams = {}) =>
      this.request<AcceptedResponse, ErrorResponse>({
        path: `/api/newsletters/webhooks/brevo`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters (relay webhooks)
     * @name WebhooksMailjet
     * @request POST:/api/newsletters/webhooks/mailjet
     */
    webhooksMailjet: (data: Record<string, any>, params: RequestParams = {}) =>
      this.request<AcceptedResponse, ErrorResponse>({
        path: `/api/newsletters/webhooks/mailjet`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags newsletters (relay webhooks)
     * @name WebhooksSes
     * @summary SNS posts JSON as text/plain.
     * @request POST:/api/newsletters/webhooks/ses
     */
    webhooksSes: (data: Record<string, any>, params: RequestParams = {}) =>
      this.request<AcceptedResponse, ErrorResponse>({
        path: `/api/newsletters/webhooks/ses`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),
  };
  splits = {
    /**
     * No description
     *
     * @tags splits
     * @name SplitsList
     * @request GET:/api/splits
     */
    splitsList: (query: SplitsListParams = {}, params: RequestParams = {}) =>
      this.request<SplitListItemPage, ErrorResponse>({
        path: `/api/splits`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags splits
     * @name SplitsCreate
     * @request POST:/api/splits
     */
    splitsCreate: (data: SaveSplitDto, params: RequestParams = {}) =>
      this.request<SplitDetailResponse, ErrorResponse>({
        path: `/api/splits`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags splits
     * @name SplitsSimulate
     * @summary Computes a split without saving anything: the editor calls it as its inputs change.
     * @request POST:/api/splits/simulate
     */
    splitsSimulate: (data: SplitParametersDto, params: RequestParams = {}) =>
      this.request<SplitSimulationResponse, ErrorResponse>({
        path: `/api/splits/simulate`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags splits
     * @name SplitsGrants
     * @summary The granted grants and what is left of each to split: where the editor's sources are chosen.
     * @request GET:/api/splits/grants
     */
    splitsGrants: (params: RequestParams = {}) =>
      this.request<AvailableGrantResponse[], ErrorResponse>({
        path: `/api/splits/grants`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * @description The list's filters apply; UTF-8 CSV with a BOM and `;` separators, or xlsx. Headers in the reader's language; columns, in this order: | Key | Column | Content | |---|---|---| | paidOn | Paid on | date (DD/MM/YYYY) | | split | Split | text | | organisation | Organisation | text | | amountCents | Amount (€) | amount in euros (1234.50; 1234,50 in French) | | reference | Reference | text | | note | Note | text | | reverses | Reverses payment | text | | recordedBy | Recorded by | text | | createdAt | Recorded at | Paris date and time (DD/MM/YYYY HH:MM) | | id | Id | text |
     *
     * @tags splits
     * @name SplitsExportPayments
     * @summary Export: Split payments
     * @request GET:/api/splits/payments/export
     */
    splitsExportPayments: (
      query: SplitsExportPaymentsParams = {},
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/splits/payments/export`,
        method: "GET",
        query: query,
        ...params,
      }),

    /**
     * No description
     *
     * @tags splits
     * @name SplitsLedger
     * @request GET:/api/splits/ledger
     */
    splitsLedger: (
      query: SplitsLedgerParams = {},
      params: RequestParams = {},
    ) =>
      this.request<SplitLedgerEntryPage, ErrorResponse>({
        path: `/api/splits/ledger`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags splits
     * @name SplitsOrganisationStatement
     * @request GET:/api/splits/organisations/{organisationId}/statement
     */
    splitsOrganisationStatement: (
      { organisationId }: SplitsOrganisationStatementParams,
      params: RequestParams = {},
    ) =>
      this.request<OrganisationStatementResponse, ErrorResponse>({
        path: `/api/splits/organisations/${organisationId}/statement`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags splits
     * @name SplitsOrganisationStatementCsv
     * @request GET:/api/splits/organisations/{organisationId}/statement.csv
     */
    splitsOrganisationStatementCsv: (
      { organisationId }: SplitsOrganisationStatementCsvParams,
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/splits/organisations/${organisationId}/statement.csv`,
        method: "GET",
        ...params,
      }),

    /**
     * No description
     *
     * @tags splits
     * @name SplitsGet
     * @request GET:/api/splits/{id}
     */
    splitsGet: ({ id }: SplitsGetParams, params: RequestParams = {}) =>
      this.request<SplitDetailResponse, ErrorResponse>({
        path: `/api/splits/${id}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags splits
     * @name SplitsUpdate
     * @request PUT:/api/splits/{id}
     */
    splitsUpdate: (
      { id }: SplitsUpdateParams,
      data: SaveSplitDto,
      params: RequestParams = {},
    ) =>
      this.request<SplitDetailResponse, ErrorResponse>({
        path: `/api/splits/${id}`,
        method: "PUT",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags splits
     * @name SplitsRemove
     * @request DELETE:/api/splits/{id}
     */
    splitsRemove: ({ id }: SplitsRemoveParams, params: RequestParams = {}) =>
      this.request<void, ErrorResponse>({
        path: `/api/splits/${id}`,
        method: "DELETE",
        ...params,
      }),

    /**
     * No description
     *
     * @tags splits
     * @name SplitsSetPublished
     * @summary Shows or hides an approved split on the public transparency page.
     * @request PUT:/api/splits/{id}/published
     */
    splitsSetPublished: (
      { id }: SplitsSetPublishedParams,
      data: PublishDto,
      params: RequestParams = {},
    ) =>
      this.request<SplitDetailResponse, ErrorResponse>({
        path: `/api/splits/${id}/published`,
        method: "PUT",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags splits
     * @name SplitsApprove
     * @request POST:/api/splits/{id}/approve
     */
    splitsApprove: (
      { id }: SplitsApproveParams,
      data: ApproveSplitDto,
      params: RequestParams = {},
    ) =>
      this.request<SplitDetailResponse, ErrorResponse>({
        path: `/api/splits/${id}/approve`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags splits
     * @name SplitsRecordPayment
     * @summary Records a payment (a new row): answers the split as it now is.
     * @request POST:/api/splits/{id}/payments
     */
    splitsRecordPayment: (
      { id }: SplitsRecordPaymentParams,
      data: RecordPaymentDto,
      params: RequestParams = {},
    ) =>
      this.request<SplitDetailResponse, ErrorResponse>({
        path: `/api/splits/${id}/payments`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags splits
     * @name SplitsReversePayment
     * @summary Cancels a payment by a reversal, a new negative payment: answers the split as it now is.
     * @request POST:/api/splits/{id}/payments/{paymentId}/reverse
     */
    splitsReversePayment: (
      { id, paymentId }: SplitsReversePaymentParams,
      data: ReversePaymentDto,
      params: RequestParams = {},
    ) =>
      this.request<SplitDetailResponse, ErrorResponse>({
        path: `/api/splits/${id}/payments/${paymentId}/reverse`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * @description The list's filters apply; UTF-8 CSV with a BOM and `;` separators. Headers in the reader's language; columns, in this order: | Key | Column | Content | |---|---|---| | organisation | Organisation | text | | contributionCents | Contributions (€) | amount in euros (1234.50; 1234,50 in French) | | weightedContributionCents | Weighted contributions (€) | number (decimal point; a comma in French) | | baseCents | Base (€) | amount in euros (1234.50; 1234,50 in French) | | ratio | Ratio | number (decimal point; a comma in French) | | exactShareCents | Exact share (€) | number (decimal point; a comma in French) | | roundingCents | Rounding (€) | amount in euros (1234.50; 1234,50 in French) | | bound | Bound | text | | amountCents | Share (€) | amount in euros (1234.50; 1234,50 in French) | | paidCents | Paid (€) | amount in euros (1234.50; 1234,50 in French) | | remainingCents | Remaining (€) | amount in euros (1234.50; 1234,50 in French) | | explanation | Explanation | text |
     *
     * @tags splits
     * @name SplitsExportCsv
     * @summary Export: Split
     * @request GET:/api/splits/{id}/export.csv
     */
    splitsExportCsv: (
      { id }: SplitsExportCsvParams,
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/splits/${id}/export.csv`,
        method: "GET",
        ...params,
      }),

    /**
     * No description
     *
     * @tags splits
     * @name SplitsSplitStatement
     * @request GET:/api/splits/{id}/statements/{organisationId}
     */
    splitsSplitStatement: (
      { id, organisationId }: SplitsSplitStatementParams,
      params: RequestParams = {},
    ) =>
      this.request<SplitStatementResponse, ErrorResponse>({
        path: `/api/splits/${id}/statements/${organisationId}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags splits
     * @name SplitsSplitStatementCsv
     * @request GET:/api/splits/{id}/statements/{organisationId}/statement.csv
     */
    splitsSplitStatementCsv: (
      { id, organisationId }: SplitsSplitStatementCsvParams,
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/splits/${id}/statements/${organisationId}/statement.csv`,
        method: "GET",
        ...params,
      }),
  };
  privacy = {
    /**
     * No description
     *
     * @tags privacy
     * @name PrivacyList
     * @request GET:/api/privacy/requests
     */
    privacyList: (query: PrivacyListParams = {}, params: RequestParams = {}) =>
      this.request<PrivacyRequestPage, ErrorResponse>({
        path: `/api/privacy/requests`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags privacy
     * @name PrivacyCreate
     * @request POST:/api/privacy/requests
     */
    privacyCreate: (
      data: CreatePrivacyRequestDto,
      params: RequestParams = {},
    ) =>
      this.request<PrivacyRequestResponse, ErrorResponse>({
        path: `/api/privacy/requests`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags privacy
     * @name PrivacyExport
     * @summary The access or portability answer: a zip (JSON, CSV) of everything held about the person.
     * @request GET:/api/privacy/requests/{id}/export
     */
    privacyExport: ({ id }: PrivacyExportParams, params: RequestParams = {}) =>
      this.request<Blob, ErrorResponse>({
        path: `/api/privacy/requests/${id}/export`,
        method: "GET",
        ...params,
      }),

    /**
     * No description
     *
     * @tags privacy
     * @name PrivacyErase
     * @summary Erases the person: irreversible; what the network must keep stays, under a pseudonym.
     * @request POST:/api/privacy/requests/{id}/erase
     */
    privacyErase: ({ id }: PrivacyEraseParams, params: RequestParams = {}) =>
      this.request<PrivacyRequestResponse, ErrorResponse>({
        path: `/api/privacy/requests/${id}/erase`,
        method: "POST",
        format: "json",
        ...params,
      }),
  };
  trail = {
    /**
     * No description
     *
     * @tags trail
     * @name TrailOfAction
     * @request GET:/api/strategy/actions/{id}/trail
     */
    trailOfAction: ({ id }: TrailOfActionParams, params: RequestParams = {}) =>
      this.request<TrailResponse, ErrorResponse>({
        path: `/api/strategy/actions/${id}/trail`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags trail
     * @name TrailOfGrant
     * @request GET:/api/grants/{id}/trail
     */
    trailOfGrant: ({ id }: TrailOfGrantParams, params: RequestParams = {}) =>
      this.request<TrailResponse, ErrorResponse>({
        path: `/api/grants/${id}/trail`,
        method: "GET",
        format: "json",
        ...params,
      }),
  };
  home = {
    /**
     * No description
     *
     * @tags home
     * @name HomeGet
     * @request GET:/api/home
     */
    homeGet: (params: RequestParams = {}) =>
      this.request<HomeResponse, ErrorResponse>({
        path: `/api/home`,
        method: "GET",
        format: "json",
        ...params,
      }),
  };
  sources = {
    /**
     * No description
     *
     * @tags sources
     * @name SourcesList
     * @request GET:/api/sources
     */
    sourcesList: (query: SourcesListParams = {}, params: RequestParams = {}) =>
      this.request<SourcePage, ErrorResponse>({
        path: `/api/sources`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags sources
     * @name SourcesCreate
     * @request POST:/api/sources
     */
    sourcesCreate: (data: CreateSourceDto, params: RequestParams = {}) =>
      this.request<SourceResponse, ErrorResponse>({
        path: `/api/sources`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * @description The list's filters apply; UTF-8 CSV with a BOM and `;` separators. Headers in the reader's language; columns, in this order: | Key | Column | Content | |---|---|---| | id | Id | text | | name | Name | text | | organisation | Organisation or partner | text | | dataKind | Data | text | | licence | Licence | text | | feedKind | Feed kind | text | | feedUrl | Feed address | text | | group | Following group | text | | step | Step | text | | stepReachedOn | Step reached on | date (DD/MM/YYYY) | | nextStepDueOn | Next step due on | date (DD/MM/YYYY) | | health | Feed health | text | | lastCheckedAt | Last checked | Paris date and time (DD/MM/YYYY HH:MM) | | records | Records | number (decimal point; a comma in French) | | incompletePercent | Incomplete records (%) | number (decimal point; a comma in French) | | lastChangeAt | Last change | Paris date and time (DD/MM/YYYY HH:MM) |
     *
     * @tags sources
     * @name SourcesExport
     * @summary Export: Map sources
     * @request GET:/api/sources/export
     */
    sourcesExport: (
      query: SourcesExportParams = {},
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/sources/export`,
        method: "GET",
        query: query,
        ...params,
      }),

    /**
     * No description
     *
     * @tags sources
     * @name SourcesGet
     * @request GET:/api/sources/{id}
     */
    sourcesGet: ({ id }: SourcesGetParams, params: RequestParams = {}) =>
      this.request<SourceDetailResponse, ErrorResponse>({
        path: `/api/sources/${id}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags sources
     * @name SourcesUpdate
     * @request PATCH:/api/sources/{id}
     */
    sourcesUpdate: (
      { id }: SourcesUpdateParams,
      data: UpdateSourceDto,
      params: RequestParams = {},
    ) =>
      this.request<SourceResponse, ErrorResponse>({
        path: `/api/sources/${id}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags sources
     * @name SourcesMoveStep
     * @request POST:/api/sources/{id}/step
     */
    sourcesMoveStep: (
      { id }: SourcesMoveStepParams,
      data: MoveStepDto,
      params: RequestParams = {},
    ) =>
      this.request<SourceResponse, ErrorResponse>({
        path: `/api/sources/${id}/step`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags sources
     * @name SourcesCheck
     * @request POST:/api/sources/{id}/check
     */
    sourcesCheck: ({ id }: SourcesCheckParams, params: RequestParams = {}) =>
      this.request<FeedCheckResponse, ErrorResponse>({
        path: `/api/sources/${id}/check`,
        method: "POST",
        format: "json",
        ...params,
      }),
  };
  events = {
    /**
     * No description
     *
     * @tags events
     * @name EventsList
     * @request GET:/api/events
     */
    eventsList: (query: EventsListParams = {}, params: RequestParams = {}) =>
      this.request<EventPage, ErrorResponse>({
        path: `/api/events`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags events
     * @name EventsCreate
     * @request POST:/api/events
     */
    eventsCreate: (data: CreateEventDto, params: RequestParams = {}) =>
      this.request<EventResponse, ErrorResponse>({
        path: `/api/events`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags events
     * @name EventsCadence
     * @request GET:/api/events/gathering-cadence
     */
    eventsCadence: (params: RequestParams = {}) =>
      this.request<GatheringCadenceResponse, ErrorResponse>({
        path: `/api/events/gathering-cadence`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags events
     * @name EventsAttendance
     * @summary Who attended what: a person's trainings (their page) or a source's people's (the source's page).
     * @request GET:/api/events/attendance
     */
    eventsAttendance: (
      query: EventsAttendanceParams = {},
      params: RequestParams = {},
    ) =>
      this.request<AttendanceResponse[], ErrorResponse>({
        path: `/api/events/attendance`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags events
     * @name EventsGet
     * @request GET:/api/events/{id}
     */
    eventsGet: ({ id }: EventsGetParams, params: RequestParams = {}) =>
      this.request<EventResponse, ErrorResponse>({
        path: `/api/events/${id}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags events
     * @name EventsUpdate
     * @request PATCH:/api/events/{id}
     */
    eventsUpdate: (
      { id }: EventsUpdateParams,
      data: UpdateEventDto,
      params: RequestParams = {},
    ) =>
      this.request<EventResponse, ErrorResponse>({
        path: `/api/events/${id}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags events
     * @name EventsRegistrations
     * @request GET:/api/events/{id}/registrations
     */
    eventsRegistrations: (
      { id }: EventsRegistrationsParams,
      params: RequestParams = {},
    ) =>
      this.request<RegistrationResponse[], ErrorResponse>({
        path: `/api/events/${id}/registrations`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags events
     * @name EventsUpdateRegistration
     * @request PATCH:/api/events/{id}/registrations/{registrationId}
     */
    eventsUpdateRegistration: (
      { id, registrationId }: EventsUpdateRegistrationParams,
      data: UpdateRegistrationDto,
      params: RequestParams = {},
    ) =>
      this.request<RegistrationResponse, ErrorResponse>({
        path: `/api/events/${id}/registrations/${registrationId}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags events
     * @name KitsList
     * @request GET:/api/kits
     */
    kitsList: (query: KitsListParams = {}, params: RequestParams = {}) =>
      this.request<KitPage, ErrorResponse>({
        path: `/api/kits`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags events
     * @name KitsCreate
     * @request POST:/api/kits
     */
    kitsCreate: (data: CreateKitDto, params: RequestParams = {}) =>
      this.request<KitResponse, ErrorResponse>({
        path: `/api/kits`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags events
     * @name KitsUpdate
     * @request PATCH:/api/kits/{id}
     */
    kitsUpdate: (
      { id }: KitsUpdateParams,
      data: UpdateKitDto,
      params: RequestParams = {},
    ) =>
      this.request<KitResponse, ErrorResponse>({
        path: `/api/kits/${id}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),
  };
  notifications = {
    /**
     * No description
     *
     * @tags notifications
     * @name NotificationsList
     * @request GET:/api/notifications
     */
    notificationsList: (
      query: NotificationsListParams = {},
      params: RequestParams = {},
    ) =>
      this.request<NotificationPageResponse, ErrorResponse>({
        path: `/api/notifications`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags notifications
     * @name NotificationsMarkAllRead
     * @request POST:/api/notifications/read
     */
    notificationsMarkAllRead: (params: RequestParams = {}) =>
      this.request<void, ErrorResponse>({
        path: `/api/notifications/read`,
        method: "POST",
        ...params,
      }),

    /**
     * No description
     *
     * @tags notifications
     * @name NotificationsMarkRead
     * @request POST:/api/notifications/{id}/read
     */
    notificationsMarkRead: (
      { id }: NotificationsMarkReadParams,
      params: RequestParams = {},
    ) =>
      this.request<void, ErrorResponse>({
        path: `/api/notifications/${id}/read`,
        method: "POST",
        ...params,
      }),

    /**
     * No description
     *
     * @tags notifications
     * @name NotificationsPreference
     * @request GET:/api/notifications/preference
     */
    notificationsPreference: (params: RequestParams = {}) =>
      this.request<NotificationPreferenceResponse, ErrorResponse>({
        path: `/api/notifications/preference`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags notifications
     * @name NotificationsSetPreference
     * @request PUT:/api/notifications/preference
     */
    notificationsSetPreference: (
      data: NotificationPreferenceDto,
      params: RequestParams = {},
    ) =>
      this.request<NotificationPreferenceResponse, ErrorResponse>({
        path: `/api/notifications/preference`,
        method: "PUT",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),
  };
  donations = {
    /**
     * No description
     *
     * @tags donations
     * @name DonationsListCampaigns
     * @request GET:/api/donations/campaigns
     */
    donationsListCampaigns: (params: RequestParams = {}) =>
      this.request<CampaignResponse[], ErrorResponse>({
        path: `/api/donations/campaigns`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags donations
     * @name DonationsCreateCampaign
     * @request POST:/api/donations/campaigns
     */
    donationsCreateCampaign: (
      data: CreateCampaignDto,
      params: RequestParams = {},
    ) =>
      this.request<CampaignResponse, ErrorResponse>({
        path: `/api/donations/campaigns`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags donations
     * @name DonationsGetCampaign
     * @request GET:/api/donations/campaigns/{id}
     */
    donationsGetCampaign: (
      { id }: DonationsGetCampaignParams,
      params: RequestParams = {},
    ) =>
      this.request<CampaignResponse, ErrorResponse>({
        path: `/api/donations/campaigns/${id}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags donations
     * @name DonationsUpdateCampaign
     * @request PATCH:/api/donations/campaigns/{id}
     */
    donationsUpdateCampaign: (
      { id }: DonationsUpdateCampaignParams,
      data: UpdateCampaignDto,
      params: RequestParams = {},
    ) =>
      this.request<CampaignResponse, ErrorResponse>({
        path: `/api/donations/campaigns/${id}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags donations
     * @name DonationsImportHelloAsso
     * @summary Brings in the orders and payments of the campaign's HelloAsso form (what is already there is updated).
     * @request POST:/api/donations/campaigns/{id}/helloasso-import
     */
    donationsImportHelloAsso: (
      { id }: DonationsImportHelloAssoParams,
      params: RequestParams = {},
    ) =>
      this.request<HelloAssoImportResponse, ErrorResponse>({
        path: `/api/donations/campaigns/${id}/helloasso-import`,
        method: "POST",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags donations
     * @name DonationsPublicCampaign
     * @summary A campaign's public progress (opt-in per campaign), for its public page: no login, rate-limited.
     * @request GET:/api/donations/public/campaigns/{slug}
     */
    donationsPublicCampaign: (
      { slug }: DonationsPublicCampaignParams,
      params: RequestParams = {},
    ) =>
      this.request<PublicCampaignResponse, ErrorResponse>({
        path: `/api/donations/public/campaigns/${slug}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags donations
     * @name DonationsListDonors
     * @request GET:/api/donations/donors
     */
    donationsListDonors: (
      query: DonationsListDonorsParams = {},
      params: RequestParams = {},
    ) =>
      this.request<DonorPage, ErrorResponse>({
        path: `/api/donations/donors`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags donations
     * @name DonationsCreateDonor
     * @summary An existing donor with the same email (or SIREN, or organisation name) is answered instead of a copy.
     * @request POST:/api/donations/donors
     */
    donationsCreateDonor: (data: DonorInput, params: RequestParams = {}) =>
      this.request<DonorDetailResponse, ErrorResponse>({
        path: `/api/donations/donors`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags donations
     * @name DonationsGetDonor
     * @request GET:/api/donations/donors/{id}
     */
    donationsGetDonor: (
      { id }: DonationsGetDonorParams,
      params: RequestParams = {},
    ) =>
      this.request<DonorDetailResponse, ErrorResponse>({
        path: `/api/donations/donors/${id}`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags donations
     * @name DonationsUpdateDonor
     * @request PATCH:/api/donations/donors/{id}
     */
    donationsUpdateDonor: (
      { id }: DonationsUpdateDonorParams,
      data: UpdateDonorDto,
      params: RequestParams = {},
    ) =>
      this.request<DonorDetailResponse, ErrorResponse>({
        path: `/api/donations/donors/${id}`,
        method: "PATCH",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags donations
     * @name DonationsListGifts
     * @request GET:/api/donations/gifts
     */
    donationsListGifts: (
      query: DonationsListGiftsParams = {},
      params: RequestParams = {},
    ) =>
      this.request<GiftPage, ErrorResponse>({
        path: `/api/donations/gifts`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags donations
     * @name DonationsCreateGift
     * @summary A cheque, a transfer, cash: entered by hand.
     * @request POST:/api/donations/gifts
     */
    donationsCreateGift: (data: CreateGiftDto, params: RequestParams = {}) =>
      this.request<GiftResponse, ErrorResponse>({
        path: `/api/donations/gifts`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags donations
     * @name DonationsListReceipts
     * @request GET:/api/donations/receipts
     */
    donationsListReceipts: (
      query: DonationsListReceiptsParams = {},
      params: RequestParams = {},
    ) =>
      this.request<ReceiptPage, ErrorResponse>({
        path: `/api/donations/receipts`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags donations
     * @name DonationsIssueReceipts
     * @request POST:/api/donations/receipts
     */
    donationsIssueReceipts: (
      data: IssueReceiptsDto,
      params: RequestParams = {},
    ) =>
      this.request<IssuedReceiptsResponse, ErrorResponse>({
        path: `/api/donations/receipts`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags donations
     * @name DonationsDeclaration
     * @summary Article 222 bis CGI: the year's receipts, counted and summed, for the tax declaration.
     * @request GET:/api/donations/receipts/declaration
     */
    donationsDeclaration: (
      query: DonationsDeclarationParams,
      params: RequestParams = {},
    ) =>
      this.request<ReceiptDeclarationResponse, ErrorResponse>({
        path: `/api/donations/receipts/declaration`,
        method: "GET",
        query: query,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags donations
     * @name DonationsDeclarationCsv
     * @request GET:/api/donations/receipts/declaration.csv
     */
    donationsDeclarationCsv: (
      query: DonationsDeclarationCsvParams,
      params: RequestParams = {},
    ) =>
      this.request<File, ErrorResponse>({
        path: `/api/donations/receipts/declaration.csv`,
        method: "GET",
        query: query,
        ...params,
      }),

    /**
     * No description
     *
     * @tags donations
     * @name DonationsReceiptPdf
     * @request GET:/api/donations/receipts/{id}/pdf
     */
    donationsReceiptPdf: (
      { id }: DonationsReceiptPdfParams,
      params: RequestParams = {},
    ) =>
      this.request<Blob, ErrorResponse>({
        path: `/api/donations/receipts/${id}/pdf`,
        method: "GET",
        ...params,
      }),

    /**
     * No description
     *
     * @tags donations
     * @name DonationsCancelReceipt
     * @summary Cancels a receipt (its number stays used), and issues the replacement when `reissue` is set.
     * @request POST:/api/donations/receipts/{id}/cancel
     */
    donationsCancelReceipt: (
      { id }: DonationsCancelReceiptParams,
      data: CancelReceiptDto,
      params: RequestParams = {},
    ) =>
      this.request<IssuedReceiptsResponse, ErrorResponse>({
        path: `/api/donations/receipts/${id}/cancel`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags donations
     * @name DonationsSettings
     * @request GET:/api/donations/settings
     */
    donationsSettings: (params: RequestParams = {}) =>
      this.request<DonationSettingsResponse, ErrorResponse>({
        path: `/api/donations/settings`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags donations
     * @name DonationsSaveSettings
     * @request PUT:/api/donations/settings
     */
    donationsSaveSettings: (
      data: DonationSettingsDto,
      params: RequestParams = {},
    ) =>
      this.request<DonationSettingsResponse, ErrorResponse>({
        path: `/api/donations/settings`,
        method: "PUT",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags donations
     * @name DonationsHelloassoWebhook
     * @summary HelloAsso's notifications: signed (`x-ha-signature`), checked against the body as it came.
     * @request POST:/api/donations/webhooks/helloasso
     */
    donationsHelloassoWebhook: (
      data: Record<string, any>,
      params: RequestParams = {},
    ) =>
      this.request<AcceptedResponse, ErrorResponse>({
        path: `/api/donations/webhooks/helloasso`,
        method: "POST",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),
  };
  transparency = {
    /**
     * No description
     *
     * @tags transparency
     * @name TransparencySettings
     * @request GET:/api/transparency/settings
     */
    transparencySettings: (params: RequestParams = {}) =>
      this.request<TransparencySettingsResponse, ErrorResponse>({
        path: `/api/transparency/settings`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags transparency
     * @name TransparencySaveSettings
     * @request PUT:/api/transparency/settings
     */
    transparencySaveSettings: (
      data: TransparencySettingsDto,
      params: RequestParams = {},
    ) =>
      this.request<TransparencySettingsResponse, ErrorResponse>({
        path: `/api/transparency/settings`,
        method: "PUT",
        body: data,
        type: ContentType.Json,
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags transparency
     * @name TransparencyPublicPage
     * @summary What the network published, for anyone without an account (rate-limited); 404 while the page is off.
     * @request GET:/api/transparency/public
     */
    transparencyPublicPage: (params: RequestParams = {}) =>
      this.request<PublicTransparencyResponse, ErrorResponse>({
        path: `/api/transparency/public`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * @description The list's filters apply; UTF-8 CSV with a BOM and `;` separators. Headers in the reader's language; columns, in this order: | Key | Column | Content | |---|---|---| | section | Section | text | | year | Year | number (decimal point; a comma in French) | | title | Title | text | | funder | Funder | text | | organisation | Organisation | text | | type | Type | text | | amount | Amount (€) | amount in euros (1234.50; 1234,50 in French) | | received | Received (€) | amount in euros (1234.50; 1234,50 in French) |
     *
     * @tags transparency
     * @name TransparencyPublicCsv
     * @summary Export: Financial transparency
     * @request GET:/api/transparency/public.csv
     */
    transparencyPublicCsv: (params: RequestParams = {}) =>
      this.request<File, ErrorResponse>({
        path: `/api/transparency/public.csv`,
        method: "GET",
        ...params,
      }),
  };
  backups = {
    /**
     * No description
     *
     * @tags backups
     * @name BackupStatus
     * @request GET:/api/backups/status
     */
    backupStatus: (params: RequestParams = {}) =>
      this.request<BackupStatusResponse, ErrorResponse>({
        path: `/api/backups/status`,
        method: "GET",
        format: "json",
        ...params,
      }),
  };
  outbox = {
    /**
     * No description
     *
     * @tags outbox
     * @name OutboxTroubled
     * @request GET:/api/outbox/jobs
     */
    outboxTroubled: (params: RequestParams = {}) =>
      this.request<OutboxJobResponse[], ErrorResponse>({
        path: `/api/outbox/jobs`,
        method: "GET",
        format: "json",
        ...params,
      }),

    /**
     * No description
     *
     * @tags outbox
     * @name OutboxRetry
     * @request POST:/api/outbox/jobs/{id}/retry
     */
    outboxRetry: ({ id }: OutboxRetryParams, params: RequestParams = {}) =>
      this.request<OutboxJobResponse, ErrorResponse>({
        path: `/api/outbox/jobs/${id}/retry`,
        method: "POST",
        format: "json",
        ...params,
      }),
  };
}
