import { EnumOf } from '../../../common/contract';
import {
  NOTIFICATION_EMAIL_MODES,
  NOTIFICATION_KINDS,
  type NotificationEmailMode,
  type NotificationKind,
} from '../notification.entity';

export class NotificationResponse {
  id: string;
  @EnumOf(NOTIFICATION_KINDS, 'NotificationKind') kind: NotificationKind;
  /** The notification in a sentence, in the reader's language. */
  text: string;
  /** The app's page about it, from the root (`/contributions/…`). */
  link: string;
  createdAt: Date;
  readAt: Date | null;
}

export class NotificationPageResponse {
  items: NotificationResponse[];
  total: number;
  /** The reader's unread notifications, whatever the page: the bell's count. */
  unread: number;
  page: number;
  pageSize: number;
}

export class NotificationPreferenceResponse {
  @EnumOf(NOTIFICATION_EMAIL_MODES, 'NotificationEmailMode') byEmail: NotificationEmailMode;
}
