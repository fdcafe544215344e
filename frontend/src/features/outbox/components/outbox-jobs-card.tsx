'use client';

import { useState } from 'react';
import { Badge, Button, Paper, Table, Text, Title } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useApiData } from '@/lib/use-api-data';
import { PageState } from '@/components/page-state';
import { outboxApi } from '../api';

/** The admin's view of transactional mail that failed at least once: its error, when it is tried next, a retry. */
export function OutboxJobsCard() {
  const t = useT();
  const { dateTime } = useFormat();
  const jobs = useApiData((signal) => outboxApi.troubled(signal), []);
  const [busy, setBusy] = useState<string>();
  if (!jobs.data) return <PageState {...jobs} />;
  const retry = async (id: string) => {
    setBusy(id);
    try {
      await outboxApi.retry(id);
      notifySuccess(t('outbox.retried'));
      jobs.reload();
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <Paper withBorder p="md" mb="xl" data-testid="outbox-jobs">
      <Title order={2} size="h4" mb="xs">
        {t('outbox.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('outbox.help')}
      </Text>
      {jobs.data.length === 0 ? (
        <Text>{t('outbox.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('outbox.to')}</Table.Th>
                <Table.Th>{t('outbox.subject')}</Table.Th>
                <Table.Th>{t('outbox.state')}</Table.Th>
                <Table.Th>{t('outbox.attempts')}</Table.Th>
                <Table.Th>{t('outbox.error')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {jobs.data.map((job) => (
                <Table.Tr key={job.id}>
                  <Table.Td>{job.to ?? job.kind}</Table.Td>
                  <Table.Td>{job.subject ?? '—'}</Table.Td>
                  <Table.Td>
                    <Badge color={job.failedAt ? 'red' : 'orange'} variant="light">
                      {job.failedAt
                        ? t('outbox.failed', { date: dateTime(job.failedAt) })
                        : t('outbox.retrying', { date: dateTime(job.runAfter) })}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{job.attempts}</Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace" style={{ wordBreak: 'break-word' }}>
                      {job.lastError ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="default" loading={busy === job.id} onClick={() => void retry(job.id)}>
                      {t('outbox.retry')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
