'use client';

import { useT } from '@/lib/i18n/provider';
import { notifyError } from '@/lib/notify';
import { useApiData } from '@/lib/use-api-data';
import { notificationsApi } from './api';
import type { Notification } from './types';

/** The signed-in person's latest notifications, and marking them read (one as it is opened, or all). */
export function useNotifications(pageSize: number) {
  const t = useT();
  const page = useApiData((signal) => notificationsApi.list(pageSize, signal), [pageSize]);
  const attempt = async (run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (error) {
      notifyError(t, error);
    }
    page.reload();
  };
  return {
    page,
    markAll: () => attempt(() => notificationsApi.markAllRead()),
    markRead: (n: Notification) => attempt(async () => n.readAt ?? (await notificationsApi.markRead(n.id))),
  };
}
