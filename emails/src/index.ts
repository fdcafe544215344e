export { compileMjml, compiledTemplate, templatesDir } from './compile';
export {
  emailNames,
  type ActionReminderVars,
  type EmailName,
  type EmailVarsMap,
  type FundingReminderVars,
  type InvitationVars,
  type MeetingInvitationVars,
  type MeetingKind,
  type PasswordResetVars,
} from './emails';
export type { NewsletterConfirmVars, NewsletterReminderVars, NotificationsVars, TaxReceiptVars } from './emails';
export { NOTIFICATION_KINDS, notificationText, type NotificationKind, type NotificationParams } from './notifications';
export type { VolunteerSignupVars, VolunteerWelcomeVars, WelcomeReminderVars } from './emails';
export { SOURCE_PROBLEMS, type SourceAlertVars, type SourceProblem } from './emails';
export { escapeHtml } from './escape';
export { locales, type Locale, type Role } from './i18n';
export {
  asIs,
  compilePlaceholders,
  fillPlaceholders,
  MissingPlaceholderError,
  placeholderValue,
  splitPlaceholders,
  type Placeholders,
} from './placeholders';
export {
  renderEmail,
  renderTemplate,
  type RenderedEmail,
  type RenderedTemplate,
  type RenderEmailOptions,
} from './render';
export { sanitizeRichText, richTextToPlain } from './rich-text';
export {
  personaliseNewsletter,
  recipientPlaceholders,
  renderNewsletter,
  type AgendaEvent,
  type DonationProgress,
  type NewMember,
  type NewsletterBlock,
  type NewsletterBlockType,
  type NewsletterIssueContent,
  type Recipient,
  type RenderedNewsletter,
} from './newsletter';
export { newsletterSample } from './samples';
export { DISPLAY_TIME_ZONE } from './time-zone';
