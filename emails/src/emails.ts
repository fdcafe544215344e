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

export interface NewsletterConfirmVars {
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

/** Every email, by template name, with the variables its caller must give. */
export interface EmailVarsMap {
  invitation: InvitationVars;
  'password-reset': PasswordResetVars;
  'newsletter-confirm': NewsletterConfirmVars;
  'newsletter-reminder': NewsletterReminderVars;
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
  'newsletter-confirm': (vars, format) => ({
    lists: format.list(vars.lists),
    confirmUrl: format.url(vars.confirmUrl),
    expiresAt: format.dateTime(vars.expiresAt),
  }),
  'newsletter-reminder': (vars, format) => ({
    firstName: vars.firstName,
    number: String(vars.number),
    dueOn: format.date(vars.dueOn),
    composeUrl: format.url(vars.composeUrl),
  }),
};

export const emailNames = Object.keys(emails) as EmailName[];
