export { compileMjml, compiledTemplate, templatesDir } from './compile';
export { emailNames, type EmailName, type EmailVarsMap, type InvitationVars, type PasswordResetVars } from './emails';
export type { VolunteerSignupVars, VolunteerWelcomeVars, WelcomeReminderVars } from './emails';
export { escapeHtml } from './escape';
export { locales, type Locale, type Role } from './i18n';
export { fillPlaceholders, MissingPlaceholderError, type Placeholders } from './placeholders';
export { renderEmail, renderTemplate, type RenderedEmail, type RenderedTemplate, type RenderEmailOptions } from './render';
