'use client';

import Link from 'next/link';
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useNotifications } from '@/features/notifications/use-notifications';
import { NotificationPreference } from '@/features/notifications/components/notification-preference';

/** Every notification of the signed-in person, newest first, and how they hear of them by email. */
export default function NotificationsPage() {
  const t = useT();
  const { dateTime } = useFormat();
  const { page, markAll, markRead } = useNotifications(100);
  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        description={t('notifications.intro')}
        actions={
          !!page.data?.unread && (
            <Button variant="default" onClick={() => void markAll()}>
              {t('notifications.markAllRead')}
            </Button>
          )
        }
      />
      <Stack gap="lg" maw={960}>
        {page.data ? (
          <Paper withBorder>
            {page.data.items.length === 0 && (
              <Text p="md" c="dimmed">
                {t('notifications.none')}
              </Text>
            )}
            {page.data.items.map((n) => (
              <Group
                key={n.id}
                justify="space-between"
                wrap="nowrap"
                p="sm"
                style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
                data-testid="notification-row"
              >
                <div>
                  <Anchor component={Link} href={n.link} fw={n.readAt ? 400 : 600} onClick={() => void markRead(n)}>
                    {n.text}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {dateTime(n.createdAt)}
                  </Text>
                </div>
                {!n.readAt && (
                  <Badge variant="light" color="teal">
                    {t('notifications.unread')}
                  </Badge>
                )}
              </Group>
            ))}
          </Paper>
        ) : (
          <PageState {...page} />
        )}
        <NotificationPreference />
      </Stack>
    </>
  );
}
