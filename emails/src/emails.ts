import type { Formatter } from './format';
import type { Role } from './i18n';
import type { Placeholders } from './placeholders';

export interface InvitationVars {
  firstName: string;
  /** Display name of the person who invites. */
  inviterName: string;
  roles: readonly Role[];
  /** The organisations whose COPIL seat the person takes, by name (none for other roles). */
  copilSeats: readonly string[];
  /** The page where the invited person sets a password (carries the token). */
  acceptUrl: string;
  expiresAt: Date;
}

export interface PasswordResetVars {
  firstName: string;
  /** Single-use link (carries the token). */
  resetUrl: string;
  expiresAt: Date;
}

export type FundingDeadlineKind = 'application' | 'report' | 'instalment';

export interface FundingReminderVars {
  firstName: string;
  kind: FundingDeadlineKind;
  /** The report's or instalment's label; null for an application deadline. */
  label: string | null;
  grantTitle: string;
  funderName: string;
  /** Calendar day, YYYY-MM-DD. */
  dueOn: string;
  daysLeft: number;
  /** The instalment expected or the amount applied for; null for a report. */
  amountCents: number | null;
  grantUrl: string;
  /** How many days ahead reminders go out (the configuration), told to the reader. */
  reminderDays: number;
}

export type MeetingKind = 'copil' | 'copil_in_person' | 'territorial_gathering' | 'working_group';

export interface MeetingInvitationVars {
  firstName: string;
  /** Who sends the invitation. */
  organiserName: string;
  meetingTitle: string;
  kind: MeetingKind;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  videoLink: string | null;
  /** Agenda item titles, in order. */
  agenda: readonly string[];
  /** The meeting's page in Maillage. */
  meetingUrl: string;
}

export interface ActionReminderVars {
  firstName: string;
  actionTitle: string;
  /** Calendar day `YYYY-MM-DD`. */
  dueOn: string;
  /** Where the action comes from ("COPIL mensuel de mars", "décision n° 12"), if anywhere. */
  origin: string | null;
  /** The person's "my actions" page. */
  actionsUrl: string;
}

/** To a group's welcome person: someone offered to join through the public form. */
export interface VolunteerSignupVars {
  firstName: string;
  groupName: string;
  volunteerName: string;
  volunteerEmail: string;
  /** What the volunteer wrote; the caller gives a dash when they wrote nothing. */
  message: string;
  /** The group's page in Maillage, with its board of volunteers. */
  groupUrl: string;
}

/** To a volunteer moved to "welcomed": where the group talks. */
export interface VolunteerWelcomeVars {
  firstName: string;
  groupName: string;
  mailingList: string;
  chatChannel: string;
  /** The person who welcomed them (moved their card). */
  welcomerName: string;
}

/** To a group's welcome person: a newcomer has waited longer than the group allows. */
export interface WelcomeReminderVars {
  firstName: string;
  groupName: string;
  volunteerName: string;
  volunteerEmail: string;
  waitingSince: Date;
  groupUrl: string;
}

export type FundingThresholdKind = 'agreement' | 'audit';

/** A legal threshold on public money crossed for the first time (sent once per threshold, year and recipient). */
export interface FundingThresholdVars {
  firstName: string;
  kind: FundingThresholdKind;
  /** The financial year. */
  year: number;
  /** The public funder whose subsidies of the year need an agreement; null for the 153 000 € threshold. */
  funderName: string | null;
  /** The sum that crossed it: that funder's subsidies of the year, or public subsidies received that year. */
  amountCents: number;
  thresholdCents: number;
  url: string;
}

export interface NewsletterConfirmVars {
  /** As the person gave it on the form, if they did. */
  firstName: string | null;
  /** Names of the lists asked for. */
  lists: readonly string[];
  /** Single-use confirmation link (carries the token). */
  confirmUrl: string;
  expiresAt: Date;
}

export interface NewsletterReminderVars {
  firstName: string;
  /** Number the next issue will have. */
  number: number;
  dueOn: Date;
  composeUrl: string;
}

/** Why a person registered for an event is written to (see the backend's events module). */
export type RegistrationMailKind = 'confirmed' | 'waiting' | 'promoted' | 'reminder';

export interface EventRegistrationVars {
  firstName: string;
  status: RegistrationMailKind;
  eventTitle: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  /** Only registered people get it (never the public page). */
  videoLink: string | null;
  /** The link that gives the place up (the first on the waiting list then takes it). */
  cancelUrl: string;
}

export interface GatheringReminderVars {
  firstName: string;
  /** Six months after the last gathering. */
  dueOn: Date;
  lastOn: Date;
  eventsUrl: string;
}

/** What went wrong with a source of the map: its feed failing for days, unchanged for long, or a step overdue. */
export const SOURCE_PROBLEMS = ['failing', 'stale', 'step_overdue'] as const;
export type SourceProblem = (typeof SOURCE_PROBLEMS)[number];

export interface SourceAlertVars {
  firstName: string;
  sourceName: string;
  problem: SourceProblem;
  /** Since when: the first failure, the last change, or the step's due day. */
  since: Date;
  sourceUrl: string;
}
/** What concerns one person: one notification as it happens, or the day's in one digest. */
export interface NotificationsVars {
  firstName: string;
  /** Each notification worded in the recipient's language, with the page it is about. */
  items: readonly { text: string; url: string }[];
  /** Their notifications page, where the email preference is too. */
  notificationsUrl: string;
}

/** A tax receipt sent to a donor, the PDF attached. */
export interface TaxReceiptVars {
  /** Whom to greet: a person's first name, an organisation's name (blank: the plain greeting). */
  firstName: string;
  /** The receipt's number, e.g. 2026-000042. */
  number: string;
  amountCents: number;
  /** The legal entity that issues it. */
  entityName: string;
}

/** Every email, by template name, with the variables its caller must give. */
export interface EmailVarsMap {
  invitation: InvitationVars;
  'password-reset': PasswordResetVars;
  'funding-reminder': FundingReminderVars;
  'funding-threshold': FundingThresholdVars;
  'meeting-invitation': MeetingInvitationVars;
  'action-reminder': ActionReminderVars;
  'volunteer-signup': VolunteerSignupVars;
  'volunteer-welcome': VolunteerWelcomeVars;
  'welcome-reminder': WelcomeReminderVars;
  'newsletter-confirm': NewsletterConfirmVars;
  'newsletter-reminder': NewsletterReminderVars;
  'source-alert': SourceAlertVars;
  notifications: NotificationsVars;
  'tax-receipt': TaxReceiptVars;
  'event-registration': EventRegistrationVars;
  'gathering-reminder': GatheringReminderVars;
}

export type EmailName = keyof EmailVarsMap;

type ToPlaceholders<V> = (vars: V, format: Formatter) => Placeholders;

/**
 * How each email's typed variables become the strings its template and texts use
 * (dates and lists worded in the recipient's locale, URLs checked).
 */
export const emails: { readonly [N in EmailName]: ToPlaceholders<EmailVarsMap[N]> } = {
  invitation: (vars, format) => ({
    firstName: vars.firstName,
    inviterName: vars.inviterName,
    roles: format.roles(vars.roles),
    seat: format.copilSeat(vars.copilSeats),
    acceptUrl: format.url(vars.acceptUrl),
    expiresAt: format.dateTime(vars.expiresAt),
  }),
  'password-reset': (vars, format) => ({
    firstName: vars.firstName,
    resetUrl: format.url(vars.resetUrl),
    expiresAt: format.dateTime(vars.expiresAt),
  }),
  'funding-reminder': (vars, format) => ({
    firstName: vars.firstName,
    what: format.deadlineKind(vars.kind),
    label: vars.label ?? format.deadlineKind(vars.kind),
    grantTitle: vars.grantTitle,
    funderName: vars.funderName,
    dueOn: format.day(vars.dueOn),
    inDays: format.inDays(vars.daysLeft),
    amount: vars.amountCents === null ? '—' : format.money(vars.amountCents),
    grantUrl: format.url(vars.grantUrl),
    reminderDays: String(vars.reminderDays),
  }),
  'funding-threshold': (vars, format) => ({
    firstName: vars.firstName,
    what: format.threshold(vars.kind, 'what'),
    rule: format.threshold(vars.kind, 'rule'),
    law: format.threshold(vars.kind, 'law'),
    year: String(vars.year),
    funder: vars.funderName ? ` (${vars.funderName})` : '',
    amount: format.money(vars.amountCents),
    threshold: format.money(vars.thresholdCents),
    url: format.url(vars.url),
  }),
  'meeting-invitation': (vars, format) => ({
    firstName: vars.firstName,
    organiserName: vars.organiserName,
    meetingTitle: vars.meetingTitle,
    kind: format.meetingKind(vars.kind),
    startsAt: format.dateTime(vars.startsAt),
    endTime: format.time(vars.endsAt),
    // Lines shown as they are (white-space: pre-line): no markup in values, the HTML fill escapes them.
    where: [vars.place, vars.videoLink && format.url(vars.videoLink)].filter(Boolean).join('\n') || '—',
    agenda: vars.agenda.map((item, i) => `${i + 1}. ${item}`).join('\n') || '—',
    meetingUrl: format.url(vars.meetingUrl),
  }),
  'action-reminder': (vars, format) => ({
    firstName: vars.firstName,
    actionTitle: vars.actionTitle,
    dueOn: format.date(vars.dueOn),
    origin: vars.origin ?? '—',
    actionsUrl: format.url(vars.actionsUrl),
  }),
  'volunteer-signup': (vars, format) => ({
    firstName: vars.firstName,
    groupName: vars.groupName,
    volunteerName: vars.volunteerName,
    volunteerEmail: vars.volunteerEmail,
    message: vars.message,
    groupUrl: format.url(vars.groupUrl),
  }),
  'volunteer-welcome': (vars, format) => ({
    firstName: vars.firstName,
    groupName: vars.groupName,
    mailingList: vars.mailingList,
    chatChannel: format.url(vars.chatChannel),
    welcomerName: vars.welcomerName,
  }),
  'welcome-reminder': (vars, format) => ({
    firstName: vars.firstName,
    groupName: vars.groupName,
    volunteerName: vars.volunteerName,
    volunteerEmail: vars.volunteerEmail,
    waitingSince: format.dateTime(vars.waitingSince),
    groupUrl: format.url(vars.groupUrl),
  }),
  'newsletter-confirm': (vars, format) => ({
    firstName: vars.firstName ?? '',
    lists: format.list(vars.lists),
    confirmUrl: format.url(vars.confirmUrl),
    expiresAt: format.dateTime(vars.expiresAt),
  }),
  'newsletter-reminder': (vars, format) => ({
    firstName: vars.firstName,
    number: String(vars.number),
    dueOn: format.dayOf(vars.dueOn),
    composeUrl: format.url(vars.composeUrl),
  }),
  'source-alert': (vars, format) => ({
    firstName: vars.firstName,
    sourceName: vars.sourceName,
    problem: format.sourceProblem(vars.problem),
    since: format.dayOf(vars.since),
    sourceUrl: format.url(vars.sourceUrl),
  }),
  notifications: (vars, format) => ({
    firstName: vars.firstName,
    count: String(vars.items.length),
    // Lines shown as they are (white-space: pre-line): no markup in values, the HTML fill escapes them.
    items: vars.items.map((item) => `• ${item.text}\n  ${format.url(item.url)}`).join('\n'),
    notificationsUrl: format.url(vars.notificationsUrl),
  }),
  'tax-receipt': (vars, format) => ({
    firstName: vars.firstName,
    number: vars.number,
    amount: format.money(vars.amountCents),
    entityName: vars.entityName,
  }),
  'event-registration': (vars, format) => ({
    firstName: vars.firstName,
    eventTitle: vars.eventTitle,
    headline: format.registrationStatus(vars.status, 'headline'),
    statusText: format.registrationStatus(vars.status, 'text'),
    startsAt: format.dateTime(vars.startsAt),
    endTime: format.time(vars.endsAt),
    // Lines shown as they are (white-space: pre-line): no markup in values, the HTML fill escapes them.
    where: [vars.place, vars.videoLink && format.url(vars.videoLink)].filter(Boolean).join('\n') || '—',
    cancelUrl: format.url(vars.cancelUrl),
  }),
  'gathering-reminder': (vars, format) => ({
    firstName: vars.firstName,
    dueOn: format.dayOf(vars.dueOn),
    lastOn: format.dayOf(vars.lastOn),
    eventsUrl: format.url(vars.eventsUrl),
  }),
};

export const emailNames = Object.keys(emails) as EmailName[];
