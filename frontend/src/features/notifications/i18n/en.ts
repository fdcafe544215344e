import type { notificationsFr } from './fr';

/** Typed by the French dictionary: a missing or extra key fails the type-check. */
export const notificationsEn: Record<keyof typeof notificationsFr, string> = {
  'notifications.title': 'Notifications',
  'notifications.bell': 'Notifications ({count} unread)',
  'notifications.none': 'Nothing new for you.',
  'notifications.markAllRead': 'Mark all as read',
  'notifications.seeAll': 'All my notifications',
  'notifications.unread': 'Unread',
  'notifications.intro':
    'What concerns you: your contributions, your organisation’s splits, your actions, newsletter proposals, volunteers to welcome.',
  'notifications.email.title': 'Notifications by email',
  'notifications.email.help': 'The bell shows them all; choose whether they also reach you by email.',
  'notifications.email.immediate': 'Every time',
  'notifications.email.digest': 'One summary a day',
  'notifications.email.off': 'Never',
  'notifications.email.saved': 'Preference saved',
};
