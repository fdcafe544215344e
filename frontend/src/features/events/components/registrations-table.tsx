'use client';

import { Badge, Checkbox } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { notifyError } from '@/lib/notify';
import { DataTable, type Column } from '@/components/data-table';
import { eventsApi } from '../api';
import type { Registration, RegistrationStatus } from '../types';

const STATUS_COLOR: Record<RegistrationStatus, string> = { confirmed: 'green', waiting: 'orange', cancelled: 'gray' };

/** An event's registrations, for who manages it: the confirmed, the waiting list in order, attendance to tick. */
export function RegistrationsTable({ eventId, onChange }: { eventId: string; onChange: () => void }) {
  const t = useT();
  const list = useApiData((signal) => eventsApi.registrations(eventId, signal), [eventId]);
  const setAttended = async (r: Registration, attended: boolean) => {
    try {
      const saved = await eventsApi.setAttended(eventId, r.id, attended);
      list.setData((list.data ?? []).map((row) => (row.id === r.id ? saved : row)));
      onChange();
    } catch (error) {
      notifyError(t, error);
    }
  };
  const columns: Column<Registration>[] = [
    { key: 'name', header: t('events.registration.name'), render: (r) => `${r.firstName} ${r.lastName}` },
    { key: 'email', header: t('events.registration.email'), render: (r) => r.email },
    {
      key: 'status',
      header: t('events.registration.status'),
      render: (r) => (
        <Badge color={STATUS_COLOR[r.status]} variant="light">
          {r.waitingRank
            ? t('events.registration.waitingRank', { rank: r.waitingRank })
            : t(`events.status.${r.status}`)}
        </Badge>
      ),
    },
    { key: 'source', header: t('events.registration.source'), render: (r) => r.sourceName },
    {
      key: 'attended',
      header: t('events.registration.attended'),
      render: (r) =>
        r.status === 'confirmed' && (
          <Checkbox
            aria-label={t('events.registration.attendedOf', { name: `${r.firstName} ${r.lastName}` })}
            checked={r.attended === true}
            onChange={(e) => void setAttended(r, e.currentTarget.checked)}
          />
        ),
    },
  ];
  return (
    <DataTable
      caption={t('events.section.registrations')}
      columns={columns}
      rows={list.data}
      rowKey={(r) => r.id}
      loading={list.loading}
      empty={t('events.registration.none')}
      testId="event-registrations"
    />
  );
}
