import type { Formatter } from './format';
import type { Role } from './i18n';
import type { Placeholders } from './placeholders';

export interface InvitationVars {
  firstName: string;
  /** Display name of the person who invites. */
  inviterName: string;
  roles: readonly Role[];
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

/** Every email, by template name, with the variables its caller must give. */
export interface EmailVarsMap {
  invitation: InvitationVars;
  'password-reset': PasswordResetVars;
  'funding-reminder': FundingReminderVars;
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
};

export const emailNames = Object.keys(emails) as EmailName[];
