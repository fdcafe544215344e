'use client';

import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { formatDateTime } from '@/lib/i18n/dates';
import { useLocale, useT } from '@/lib/i18n/provider';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useApiData } from '@/lib/use-api-data';
import { PageState } from '@/components/page-state';
import { authApi } from '../api';

/** One's sessions still alive, where and when from; end one, or all but this one ("sign out elsewhere"). */
export function SessionsPanel() {
  const t = useT();
  const [locale] = useLocale();
  const sessions = useApiData((signal) => authApi.sessions(signal), []);
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notifySuccess(done);
      sessions.reload();
    } catch (error) {
      notifyError(t, error);
    }
  };
  const list = sessions.data;
  if (!list) return <PageState error={sessions.error} />;
  return (
    <Stack>
      <Table data-testid="sessions-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('auth.sessions.device')}</Table.Th>
            <Table.Th>{t('auth.sessions.address')}</Table.Th>
            <Table.Th>{t('auth.sessions.lastSeen')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Text size="sm" lineClamp={1} title={s.userAgent ?? undefined}>
                  {s.userAgent ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>{s.ip ?? '—'}</Table.Td>
              <Table.Td>{formatDateTime(s.lastSeenAt, locale)}</Table.Td>
              <Table.Td>
                {s.current ? (
                  <Badge color="teal">{t('auth.sessions.current')}</Badge>
                ) : (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => void run(() => authApi.endSession(s.id), t('auth.sessions.ended'))}
                  >
                    {t('auth.sessions.end')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button
          variant="default"
          disabled={list.length < 2}
          onClick={() => void run(() => authApi.endOtherSessions(), t('auth.sessions.othersEnded'))}
          data-testid="sessions-end-others"
        >
          {t('auth.sessions.endOthers')}
        </Button>
      </Group>
    </Stack>
  );
}
