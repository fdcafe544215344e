import type { NotificationEmailMode, NotificationPageResponse, NotificationResponse } from '@/lib/generated/api';

// The API's shapes come from its OpenAPI description (src/lib/generated/api.ts); these names are the UI's.
export type Notification = NotificationResponse;
export type NotificationPage = NotificationPageResponse;
export type { NotificationEmailMode };
export const NOTIFICATION_EMAIL_MODES = ['immediate', 'digest', 'off'] as const satisfies NotificationEmailMode[];
