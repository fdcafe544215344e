'use client';

import Link from 'next/link';
import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Can } from '@/lib/ability';
import { ImportButton } from '@/features/imports/components/import-button';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { errorText } from '@/lib/notify';
import { DataTable, type Column, type SortOrder } from '@/components/data-table';
import { FormAlert } from '@/components/form-alert';
import { ExportButton } from '@/components/export-button';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { grantsApi } from '@/features/funding/api';
import { GrantStatusBadge, OverdueBadge } from '@/features/funding/components/badges';
import { FundingTabs } from '@/features/funding/components/funding-tabs';
import { GRANT_STATUSES, type GrantListItem, type GrantListQuery, type GrantStatus } from '@/features/funding/types';

const PAGE_SIZE = 20;

/** The pipeline: every grant and call, filtered by status, with what each brings in and spends. */
export default function GrantsPage() {
  const t = useT();
  const format = useFormat();
  const [query, setQuery] = useUrlQuery({
    q: '',
    status: '',
    funderId: '',
    sort: 'statusChangedOn',
    order: 'desc',
    page: '1',
  });
  const listQuery: GrantListQuery = {
    q: query.q,
    status: (query.status || undefined) as GrantStatus | undefined,
    funderId: query.funderId || undefined,
    sort: query.sort as GrantListQuery['sort'],
    order: query.order as SortOrder,
    page: Number(query.page) || 1,
    pageSize: PAGE_SIZE,
  };
  const list = useApiData((signal) => grantsApi.list(listQuery, signal), [JSON.stringify(listQuery)]);
  const totals = list.data?.totals;

  const columns: Column<GrantListItem>[] = [
    {
      key: 'title',
      header: t('funding.grant.field.title'),
      sortKey: 'title',
      render: (g) => (
        <Stack gap={0} miw={240}>
          <Anchor component={Link} href={`/funding/grants/${g.id}`} fw={500}>
            {g.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {g.funderName}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'status',
      header: t('funding.grant.field.status'),
      sortKey: 'status',
      render: (g) => <GrantStatusBadge status={g.status} />,
    },
    {
      key: 'statusChangedOn',
      header: t('funding.grant.field.statusChangedOn'),
      sortKey: 'statusChangedOn',
      render: (g) => format.date(g.statusChangedOn),
    },
    {
      key: 'requested',
      header: t('funding.figure.requested'),
      sortKey: 'amountRequestedCents',
      render: (g) => format.cents(g.amountRequestedCents),
    },
    {
      key: 'granted',
      header: t('funding.figure.granted'),
      sortKey: 'amountGrantedCents',
      render: (g) => (g.amountGrantedCents === null ? '—' : format.cents(g.amountGrantedCents)),
    },
    {
      key: 'received',
      header: t('funding.figure.received'),
      render: (g) => (
        <Group gap="xs" wrap="nowrap">
          {format.cents(g.receivedCents)}
          {g.overdueInstalments > 0 && <OverdueBadge />}
        </Group>
      ),
    },
    {
      key: 'deadline',
      header: t('funding.grant.deadlineShort'),
      sortKey: 'applicationDeadline',
      render: (g) => format.date(g.applicationDeadline),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.funding')}
        description={t('funding.intro')}
        actions={
          <>
            <Can I="read" a="Grant">
              <ExportButton path="/grants/export" file="subventions" query={listQuery} xlsx testId="grants-export" />
            </Can>
            <ImportButton kind="grants" />
            <Can I="create" a="Grant">
              <Button
                component={Link}
                href="/funding/grants/new"
                leftSection={<IconPlus size={16} aria-hidden />}
                data-testid="grant-new"
              >
                {t('funding.grant.new')}
              </Button>
            </Can>
          </>
        }
      />
      <FundingTabs />
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md" role="search" aria-label={t('common.filters')}>
        <SearchInput
          label={t('common.search')}
          placeholder={t('funding.grant.searchPlaceholder')}
          value={query.q}
          onSearch={(q) => setQuery({ q })}
          data-testid="grant-search"
        />
        <Select
          label={t('funding.grant.field.status')}
          placeholder={t('common.all')}
          clearable
          data={GRANT_STATUSES.map((status) => ({ value: status, label: t(`funding.status.${status}`) }))}
          value={query.status || null}
          onChange={(value) => setQuery({ status: value ?? '' })}
          data-testid="grant-status-filter"
        />
      </SimpleGrid>
      {totals && (
        <Paper withBorder p="sm" mb="md" data-testid="grant-totals">
          <Group gap="xl">
            <Text size="sm">{t('funding.totals.requested', { amount: format.cents(totals.requestedCents) })}</Text>
            <Text size="sm">{t('funding.totals.granted', { amount: format.cents(totals.grantedCents) })}</Text>
            <Text size="sm">{t('funding.totals.received', { amount: format.cents(totals.receivedCents) })}</Text>
            <Text size="sm">{t('funding.totals.toCome', { amount: format.cents(totals.toComeCents) })}</Text>
          </Group>
        </Paper>
      )}
      <FormAlert message={list.error && errorText(t, list.error)} />
      <DataTable
        caption={t('nav.funding')}
        testId="grants-table"
        minWidth={960}
        columns={columns}
        rows={list.data?.items}
        rowKey={(g) => g.id}
        loading={list.loading}
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
