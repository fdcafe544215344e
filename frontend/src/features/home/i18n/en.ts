import type { homeFr } from './fr';

/** Typed by the French dictionary: a missing or extra key fails the type-check. */
export const homeEn: Record<keyof typeof homeFr, string> = {
  'home.org.contributions': 'My organisation’s contributions this year',
  'home.org.submitted': 'Awaiting validation',
  'home.org.drafts': 'Drafts to submit',
  'home.toValidate': 'Contributions to validate',
  'home.overdueActions': 'Network actions overdue',
  'home.actions': 'My actions to do',
  'home.notifications': 'Unread notifications',
};
