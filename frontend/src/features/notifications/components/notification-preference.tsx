'use client';

import { Paper, SegmentedControl, Text, Title } from '@mantine/core';
import { PageState } from '@/components/page-state';
import { useT } from '@/lib/i18n/provider';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useApiData } from '@/lib/use-api-data';
import { notificationsApi } from '../api';
import { NOTIFICATION_EMAIL_MODES, type NotificationEmailMode } from '../types';

/** On the account page: whether notifications also come by email, at once or as a daily summary. */
export function NotificationPreference() {
  const t = useT();
  const pref = useApiData((signal) => notificationsApi.preference(signal), []);
  const choose = async (email: NotificationEmailMode) => {
    try {
      pref.setData(await notificationsApi.setPreference(email));
      notifySuccess(t('notifications.email.saved'));
    } catch (error) {
      notifyError(t, error);
    }
  };
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('notifications.email.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('notifications.email.help')}
      </Text>
      {pref.data ? (
        <SegmentedControl
          value={pref.data.byEmail}
          onChange={(value) => void choose(value)}
          data={NOTIFICATION_EMAIL_MODES.map((mode) => ({ value: mode, label: t(`notifications.email.${mode}`) }))}
          data-testid="notification-email"
        />
      ) : (
        <PageState {...pref} />
      )}
    </Paper>
  );
}
