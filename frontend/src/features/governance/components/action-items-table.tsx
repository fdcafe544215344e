'use client';

import Link from 'next/link';
import { Anchor, Select, Stack, Text } from '@mantine/core';
import { DataTable, type Column, type PageState } from '@/components/data-table';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { notifyError } from '@/lib/notify';
import { actionItemsApi } from '../api';
import { ACTION_STATUSES, type ActionItem } from '../types';
import { ActionStatusBadge, OverdueBadge } from './badges';

interface ActionItemsTableProps {
  rows: ActionItem[] | undefined;
  loading?: boolean;
  showOwner?: boolean;
  pagination?: PageState;
  onChanged: (item: ActionItem) => void;
  testId?: string;
}

/** Action items with their due date (overdue flagged), origin and status; the status can be moved where allowed. */
export function ActionItemsTable({
  rows,
  loading,
  showOwner = true,
  pagination,
  onChanged,
  testId,
}: ActionItemsTableProps) {
  const t = useT();
  const format = useFormat();
  const ability = useAppAbility();

  const setStatus = async (item: ActionItem, status: string | null) => {
    if (!status || status === item.status) return;
    try {
      onChanged(await actionItemsApi.setStatus(item.id, status as ActionItem['status']));
    } catch (error) {
      notifyError(t, error);
    }
  };

  const columns: Column<ActionItem>[] = [
    {
      key: 'title',
      header: t('governance.action.field.title'),
      render: (i) => (
        <Stack gap={2}>
          <Text fw={500} size="sm">
            {i.title}
          </Text>
          {i.details && (
            <Text size="xs" c="dimmed">
              {i.details}
            </Text>
          )}
        </Stack>
      ),
    },
    ...(showOwner
      ? [
          {
            key: 'owner',
            header: t('governance.action.field.owner'),
            render: (i: ActionItem) => i.ownerName ?? t('governance.action.groupOwner'),
          },
        ]
      : []),
    {
      key: 'due',
      header: t('governance.action.field.dueOn'),
      render: (i) => (
        <Text size="sm" c={i.overdue ? 'red' : undefined} fw={i.overdue ? 600 : undefined}>
          {format.date(i.dueOn)}
        </Text>
      ),
    },
    {
      key: 'origin',
      header: t('governance.action.field.origin'),
      render: (i) => (
        <Stack gap={2}>
          {i.meetingId && (
            <Anchor component={Link} href={`/meetings/${i.meetingId}`} size="sm">
              {i.meetingTitle}
            </Anchor>
          )}
          {i.decisionId && (
            <Anchor component={Link} href={`/decisions/${i.decisionId}`} size="sm">
              {t('governance.decision.numbered', { n: i.decisionNumber ?? '' })} {i.decisionTitle}
            </Anchor>
          )}
        </Stack>
      ),
    },
    {
      key: 'status',
      header: t('governance.action.field.status'),
      render: (i) =>
        ability.can('update', asSubject('ActionItem', i), 'status') ? (
          <Stack gap={4}>
            <Select
              size="xs"
              w={150}
              allowDeselect={false}
              aria-label={t('governance.action.statusOf', { title: i.title })}
              data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`governance.actionStatus.${s}`) }))}
              value={i.status}
              onChange={(value) => void setStatus(i, value)}
              data-testid="action-status"
            />
            {i.overdue && <OverdueBadge />}
          </Stack>
        ) : (
          <ActionStatusBadge status={i.status} overdue={i.overdue} />
        ),
    },
  ];

  return (
    <DataTable
      caption={t('governance.actions')}
      columns={columns}
      rows={rows}
      rowKey={(i) => i.id}
      loading={loading}
      pagination={pagination}
      empty={t('governance.action.none')}
      testId={testId}
    />
  );
}
