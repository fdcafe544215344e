import { catalogue } from '../../common/error-catalogue';

/** Stable codes of the errors the notifications code throws: the API answers them as `error.code`. */
export enum NotificationError {
  NotFound = 'notifications.not_found',
}

export const notificationErrors = catalogue<NotificationError>({
  [NotificationError.NotFound]: { fr: 'Notification introuvable', en: 'Notification not found' },
});
