'use client';

import Link from 'next/link';
import { Anchor, Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { eventsApi } from '../api';

/** The trainings and gatherings a person (their page) or a source's people (its page) registered for. */
export function AttendanceList({ personId, sourceId }: { personId?: string; sourceId?: string }) {
  const t = useT();
  const format = useFormat();
  const list = useApiData((signal) => eventsApi.attendance({ personId, sourceId }, signal), [personId, sourceId]);
  if (!list.data?.length) return null;
  return (
    <Paper withBorder p="md" data-testid="attendance-list">
      <Title order={2} size="h4" mb="sm">
        {t('events.attendance.title')}
      </Title>
      <Table>
        <Table.Tbody>
          {list.data.map((a) => (
            <Table.Tr key={a.registrationId}>
              <Table.Td>
                <Anchor component={Link} href={`/events/${a.eventId}`}>
                  {a.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {format.dateTime(a.startsAt)} · {t(`events.kind.${a.kind}`)}
                  {sourceId ? ` · ${a.personName}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={a.attended ? 'green' : a.attended === false ? 'red' : 'gray'}>
                  {a.attended === null ? t(`events.status.${a.status}`) : t(`events.attendance.${a.attended}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
