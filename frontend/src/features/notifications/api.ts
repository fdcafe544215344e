import { call, client } from '@/lib/api';
import type { NotificationEmailMode } from './types';

export const notificationsApi = {
  list: (pageSize: number, signal?: AbortSignal) =>
    call(client.notifications.notificationsList({ page: 1, pageSize }, { signal })),
  markRead: (id: string) => call(client.notifications.notificationsMarkRead({ id })),
  markAllRead: () => call(client.notifications.notificationsMarkAllRead()),
  preference: (signal?: AbortSignal) => call(client.notifications.notificationsPreference({ signal })),
  setPreference: (email: NotificationEmailMode) =>
    call(client.notifications.notificationsSetPreference({ byEmail: email })),
};
