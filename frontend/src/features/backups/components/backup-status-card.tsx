'use client';

import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { PageState } from '@/components/page-state';
import { backupsApi } from '../api';

/** The admin's view of backups: the last one written, the nightly schedule, and the last failure if it came after. */
export function BackupStatusCard() {
  const t = useT();
  const format = useFormat();
  const status = useApiData((signal) => backupsApi.status(signal), []);
  if (!status.data) return <PageState {...status} />;
  const { daily, keep, lastSuccess, lastFailure } = status.data;
  const failedSince = lastFailure && (!lastSuccess || lastFailure.finishedAt > lastSuccess.finishedAt);
  return (
    <Paper withBorder p="md" mb="xl" data-testid="backup-status">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('backups.title')}
        </Title>
        <Badge color={daily ? 'teal' : 'gray'} variant="light" data-testid="backup-daily">
          {daily ? t('backups.daily', { keep }) : t('backups.manual')}
        </Badge>
      </Group>
      <Stack gap={4}>
        {lastSuccess ? (
          <Text data-testid="backup-last-success">
            {t('backups.lastSuccess', {
              date: format.dateTime(lastSuccess.finishedAt),
              file: lastSuccess.file ?? '',
              size: `${Math.round((lastSuccess.bytes ?? 0) / 1024)} Kio`,
            })}
          </Text>
        ) : (
          <Text c="dimmed" data-testid="backup-last-success">
            {t('backups.none')}
          </Text>
        )}
        {failedSince && (
          <Alert color="red" data-testid="backup-last-failure">
            {t('backups.lastFailure', {
              date: format.dateTime(lastFailure.finishedAt),
              error: lastFailure.error ?? '',
            })}
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          {t('backups.howTo')}
        </Text>
      </Stack>
    </Paper>
  );
}
