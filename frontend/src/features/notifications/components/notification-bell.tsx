'use client';

import { useEffect } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useNotifications } from '../use-notifications';
import type { Notification } from '../types';

/** Checked again this often while the page is open: enough for a backoffice, light on the API. */
const REFRESH_MS = 60_000;

/** The header's bell: the unread count, the last few notifications, each a link to what it is about. */
export function NotificationBell() {
  const t = useT();
  const { dateTime } = useFormat();
  const router = useRouter();
  const { page, markAll, markRead } = useNotifications(8);
  const unread = page.data?.unread ?? 0;
  const { reload } = page;
  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const open = async (n: Notification) => {
    await markRead(n);
    router.push(n.link);
  };

  return (
    <Popover width={380} position="bottom-end" shadow="md" onOpen={page.reload}>
      <Popover.Target>
        <Indicator label={unread} size={18} disabled={unread === 0} color="red" offset={4}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={t('notifications.bell', { count: String(unread) })}
            data-testid="notification-bell"
          >
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown data-testid="notification-list">
        <Group justify="space-between" mb="xs">
          <Text fw={600}>{t('notifications.title')}</Text>
          {unread > 0 && (
            <Button size="compact-xs" variant="subtle" onClick={() => void markAll()}>
              {t('notifications.markAllRead')}
            </Button>
          )}
        </Group>
        {page.data?.items.length ? (
          <ScrollArea.Autosize mah={360}>
            <Stack gap={4}>
              {page.data.items.map((n) => (
                <UnstyledButton
                  key={n.id}
                  onClick={() => void open(n)}
                  p="xs"
                  style={{ borderRadius: 4, background: n.readAt ? undefined : 'var(--mantine-color-teal-0)' }}
                  data-testid="notification-item"
                >
                  <Text size="sm" fw={n.readAt ? 400 : 600}>
                    {n.text}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {dateTime(n.createdAt)}
                  </Text>
                </UnstyledButton>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        ) : (
          <Text size="sm" c="dimmed">
            {t('notifications.none')}
          </Text>
        )}
        <Anchor component={Link} href="/notifications" size="sm" mt="sm" display="block">
          {t('notifications.seeAll')}
        </Anchor>
      </Popover.Dropdown>
    </Popover>
  );
}
