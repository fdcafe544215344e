'use client';

import Link from 'next/link';
import { Anchor, Badge, Button, Checkbox, Group, Progress, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Can } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { errorText } from '@/lib/notify';
import { DataTable, type Column } from '@/components/data-table';
import { ExportButton } from '@/components/export-button';
import { FormAlert } from '@/components/form-alert';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { missionsApi } from '@/features/contractors/api';
import { formatDays } from '@/features/contractors/format';
import type { MissionListItem } from '@/features/contractors/types';

const PAGE_SIZE = 20;

/** Missions with days used vs budgeted; amounts only for those who may see the rates. */
export default function MissionsPage() {
  const t = useT();
  const format = useFormat();
  const [query, setQuery] = useUrlQuery({ q: '', active: 'false', page: '1' });
  const page = Number(query.page) || 1;
  // The list's filters, which its export follows too.
  const filters = { q: query.q, active: query.active === 'true' || undefined };
  const list = useApiData(
    (signal) => missionsApi.list({ ...filters, page, pageSize: PAGE_SIZE }, signal),
    [query.q, query.active, page],
  );
  const showsMoney = list.data?.items.some((m) => m.dailyRateCents !== undefined);

  const columns: Column<MissionListItem>[] = [
    {
      key: 'title',
      header: t('contractors.mission.field.title'),
      render: (m) => (
        <Stack gap={2}>
          <Anchor component={Link} href={`/missions/${m.id}`} fw={500}>
            {m.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {m.contractorName}
            {m.company ? ` · ${m.company}` : ''}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'period',
      header: t('contractors.mission.field.period'),
      render: (m) => `${format.date(m.startsOn)} → ${format.date(m.endsOn)}`,
    },
    {
      key: 'perMonth',
      header: t('contractors.mission.field.daysPerMonth'),
      render: (m) => formatDays(t, m.daysPerMonth),
    },
    {
      key: 'used',
      header: t('contractors.mission.usedVsBudgeted'),
      render: (m) => (
        <Stack gap={4} miw={160}>
          <Text size="sm">
            {formatDays(t, m.usedDays)} / {formatDays(t, m.budgetedDays)}
          </Text>
          <Progress
            value={m.budgetedDays ? Math.min(100, (m.usedDays / m.budgetedDays) * 100) : 0}
            size="sm"
            aria-hidden
          />
          {m.overBudgetMonths > 0 && (
            <Badge color="red" variant="light" size="sm">
              {t('contractors.mission.overMonths', { n: m.overBudgetMonths })}
            </Badge>
          )}
        </Stack>
      ),
    },
    ...(showsMoney
      ? [
          {
            key: 'rate',
            header: t('contractors.mission.field.dailyRate'),
            render: (m: MissionListItem) => format.cents(m.dailyRateCents),
          },
          {
            key: 'usedCents',
            header: t('contractors.mission.usedAmount'),
            render: (m: MissionListItem) => `${format.cents(m.usedCents)} / ${format.cents(m.budgetedCents)}`,
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('nav.missions')}
        description={t('contractors.mission.intro')}
        actions={
          <Group gap="xs">
            <Can I="read" a="Mission">
              <ExportButton path="/missions/export" file="missions" query={filters} testId="missions-export" />
            </Can>
            <Can I="create" a="Mission">
              <Button
                component={Link}
                href="/missions/new"
                leftSection={<IconPlus size={16} aria-hidden />}
                data-testid="mission-new"
              >
                {t('contractors.mission.new')}
              </Button>
            </Can>
          </Group>
        }
      />
      <Group mb="md" align="flex-end">
        <SearchInput label={t('common.search')} value={query.q} onSearch={(q) => setQuery({ q })} />
        <Checkbox
          label={t('contractors.mission.activeOnly')}
          checked={query.active === 'true'}
          onChange={(e) => setQuery({ active: String(e.currentTarget.checked) })}
        />
      </Group>
      <FormAlert message={list.error && errorText(t, list.error)} />
      <DataTable
        caption={t('nav.missions')}
        testId="missions-table"
        columns={columns}
        rows={list.data?.items}
        rowKey={(m) => m.id}
        loading={list.loading}
        empty={t('contractors.mission.none')}
        pagination={{
          page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onPage: (p) => setQuery({ page: String(p) }),
        }}
      />
    </>
  );
}
