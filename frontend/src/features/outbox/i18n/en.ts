import type { outboxFr } from './fr';

/** Typed by the French dictionary: a missing or extra key fails the type-check. */
export const outboxEn: Record<keyof typeof outboxFr, string> = {
  'outbox.title': 'Automatic emails in trouble',
  'outbox.help':
    'Invitations, password resets, reminders… that the mail server refused or could not be reached for. They are retried further and further apart, then given up; "Retry" sends them again at once.',
  'outbox.none': 'Every automatic email has gone out.',
  'outbox.to': 'Recipient',
  'outbox.subject': 'Subject',
  'outbox.attempts': 'Attempts',
  'outbox.error': 'Last error',
  'outbox.state': 'State',
  'outbox.failed': 'Given up on {date}',
  'outbox.retrying': 'Next attempt on {date}',
  'outbox.retry': 'Retry',
  'outbox.retried': 'Email queued again',
};
