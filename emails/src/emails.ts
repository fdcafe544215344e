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

/** Every email, by template name, with the variables its caller must give. */
export interface EmailVarsMap {
  invitation: InvitationVars;
  'password-reset': PasswordResetVars;
  'volunteer-signup': VolunteerSignupVars;
  'volunteer-welcome': VolunteerWelcomeVars;
  'welcome-reminder': WelcomeReminderVars;
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
};

export const emailNames = Object.keys(emails) as EmailName[];
