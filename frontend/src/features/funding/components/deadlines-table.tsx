'use client';

import Link from 'next/link';
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import { DataTable } from '@/components/data-table';
import type { Deadline, DeadlineKind } from '../types';
import { OverdueBadge } from './badges';

const KIND_COLORS: Record<DeadlineKind, string> = { application: 'blue', report: 'grape', instalment: 'teal' };

/** Everything due across grants, soonest first; what is late says so. */
export function DeadlinesTable({
  deadlines,
  loading,
  testId = 'deadlines-table',
}: {
  deadlines: Deadline[] | undefined;
  loading?: boolean;
  testId?: string;
}) {
  const t = useT();
  const format = useFormat();
  return (
    <DataTable<Deadline>
      caption={t('funding.deadlines.title')}
      testId={testId}
      minWidth={640}
      rows={deadlines}
      loading={loading}
      rowKey={(d) => `${d.kind}:${d.itemId}`}
      empty={t('funding.deadlines.empty')}
      columns={[
        {
          key: 'dueOn',
          header: t('funding.deadlines.dueOn'),
          render: (d) => (
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" fw={d.overdue ? 700 : undefined} c={d.overdue ? 'red.8' : undefined}>
                {format.date(d.dueOn)}
              </Text>
              {d.overdue && <OverdueBadge />}
            </Group>
          ),
        },
        {
          key: 'kind',
          header: t('funding.deadlines.kind'),
          render: (d) => (
            <Badge variant="light" color={KIND_COLORS[d.kind]}>
              {t(`funding.deadlineKind.${d.kind}`)}
            </Badge>
          ),
        },
        {
          key: 'what',
          header: t('funding.deadlines.what'),
          render: (d) => (
            <Stack gap={0}>
              <Anchor component={Link} href={`/funding/grants/${d.grantId}`} size="sm" fw={500}>
                {d.label ?? d.grantTitle}
              </Anchor>
              <Text size="xs" c="dimmed">
                {d.label ? `${d.grantTitle} · ${d.funderName}` : d.funderName}
              </Text>
            </Stack>
          ),
        },
        {
          key: 'amount',
          header: t('funding.deadlines.amount'),
          render: (d) => (d.amountCents === null ? '' : format.cents(d.amountCents)),
        },
      ]}
    />
  );
}
