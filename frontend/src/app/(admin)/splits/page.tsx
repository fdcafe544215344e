'use client';

import Link from 'next/link';
import { Anchor, Button, Group, SegmentedControl, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Can } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { errorText } from '@/lib/notify';
import { DataTable, type Column, type SortOrder } from '@/components/data-table';
import { FormAlert } from '@/components/form-alert';
import { PageHeader } from '@/components/page-header';
import { OrganisationSelect } from '@/features/organisations/components/organisation-select';
import { splitsApi } from '@/features/splits/api';
import { SplitStatusBadge } from '@/features/splits/components/split-status-badge';
import { SPLIT_STATUSES, type SplitListItem, type SplitListQuery, type SplitStatus } from '@/features/splits/types';

const PAGE_SIZE = 20;

export default function SplitsPage() {
  const t = useT();
  const format = useFormat();
  const [query, setQuery] = useUrlQuery({
    status: '',
    organisationId: '',
    sort: 'createdAt',
    order: 'desc',
    page: '1',
  });
  const listQuery: SplitListQuery = {
    status: (query.status || undefined) as SplitStatus | undefined,
    organisationId: query.organisationId || undefined,
    sort: query.sort as SplitListQuery['sort'],
    order: query.order as SortOrder,
    page: Number(query.page) || 1,
    pageSize: PAGE_SIZE,
  };
  const list = useApiData((signal) => splitsApi.list(listQuery, signal), [JSON.stringify(listQuery)]);

  const columns: Column<SplitListItem>[] = [
    {
      key: 'title',
      header: t('splits.field.title'),
      sortKey: 'title',
      render: (s) => (
        <Anchor component={Link} href={`/splits/${s.id}`} fw={500}>
          {s.title}
        </Anchor>
      ),
    },
    { key: 'status', header: t('splits.field.status'), render: (s) => <SplitStatusBadge status={s.status} /> },
    { key: 'rule', header: t('splits.field.rule'), render: (s) => <Text size="sm">{t(`splits.rule.${s.rule}`)}</Text> },
    {
      key: 'total',
      header: t('splits.field.total'),
      sortKey: 'totalCents',
      render: (s) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {format.cents(s.totalCents)}
        </Text>
      ),
    },
    { key: 'organisations', header: t('splits.organisations'), render: (s) => s.organisationCount },
    {
      key: 'paid',
      header: t('splits.paidOfAllocated'),
      render: (s) =>
        s.allocatedCents === null ? (
          '—'
        ) : (
          <Text
            size="sm"
            style={{ whiteSpace: 'nowrap' }}
          >{`${format.cents(s.paidCents)} / ${format.cents(s.allocatedCents)}`}</Text>
        ),
    },
    {
      key: 'approvedAt',
      header: t('splits.approvedAt'),
      sortKey: 'approvedAt',
      render: (s) => format.date(s.approvedAt),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.splits')}
        description={t('splits.intro')}
        actions={
          <Can I="create" a="Split">
            <Button
              component={Link}
              href="/splits/new"
              leftSection={<IconPlus size={16} aria-hidden />}
              data-testid="split-new"
            >
              {t('splits.new')}
            </Button>
          </Can>
        }
      />
      <Group mb="md" align="flex-end" role="search" aria-label={t('common.filters')}>
        <SegmentedControl
          aria-label={t('splits.field.status')}
          data={[
            { value: '', label: t('common.all') },
            ...SPLIT_STATUSES.map((s) => ({ value: s, label: t(`splits.status.${s}`) })),
          ]}
          value={query.status}
          onChange={(status) => setQuery({ status })}
          data-testid="split-status-filter"
        />
        <OrganisationSelect
          label={t('splits.organisation')}
          placeholder={t('common.all')}
          clearable
          value={query.organisationId || null}
          onChange={(value) => setQuery({ organisationId: value ?? '' })}
          data-testid="split-organisation-filter"
        />
      </Group>
      <FormAlert message={list.error && errorText(t, list.error)} />
      <DataTable
        caption={t('nav.splits')}
        testId="splits-table"
        columns={columns}
        rows={list.data?.items}
        rowKey={(s) => s.id}
        loading={list.loading}
        empty={t('splits.none')}
        sort={{ sort: query.sort, order: query.order as SortOrder, onSort: (sort, order) => setQuery({ sort, order }) }}
        pagination={{
          page: listQuery.page ?? 1,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onPage: (page) => setQuery({ page: String(page) }),
        }}
      />
    </>
  );
}
