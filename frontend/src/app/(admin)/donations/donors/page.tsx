'use client';

import Link from 'next/link';
import { Anchor, Badge, Checkbox, Group, SimpleGrid } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { DataTable, type Column, type SortOrder } from '@/components/data-table';
import { FormAlert } from '@/components/form-alert';
import { Allowed } from '@/components/allowed';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { donationsApi } from '@/features/donations/api';
import { DonationsTabs } from '@/features/donations/components/donations-tabs';
import type { Donor, DonorListQuery } from '@/features/donations/types';

const PAGE_SIZE = 20;

/** Donors (people and organisations), what each gave, and whose monthly gift stopped. */
export default function DonorsPage() {
  return (
    <Allowed can={['read', 'Donor']}>
      <DonorsView />
    </Allowed>
  );
}

function DonorsView() {
  const t = useT();
  const format = useFormat();
  const [query, setQuery] = useUrlQuery({ q: '', lapsed: '', order: 'asc', page: '1' });
  const listQuery: DonorListQuery = {
    q: query.q,
    lapsed: query.lapsed === 'true' || undefined,
    order: query.order as SortOrder,
    page: Number(query.page) || 1,
    pageSize: PAGE_SIZE,
  };
  const list = useApiData((signal) => donationsApi.donors(listQuery, signal), [JSON.stringify(listQuery)]);
  const columns: Column<Donor>[] = [
    {
      key: 'name',
      header: t('donations.donor.field.name'),
      sortKey: 'name',
      render: (d) => (
        <Group gap={6}>
          <Anchor component={Link} href={`/donations/donors/${d.id}`} fw={500}>
            {d.displayName}
          </Anchor>
          {d.recurringLapsed && (
            <Badge color="orange" variant="light" size="sm">
              {t('donations.donor.lapsed')}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: 'kind', header: t('donations.donor.field.kind'), render: (d) => t(`donations.donorKind.${d.kind}`) },
    { key: 'email', header: t('donations.donor.field.email'), render: (d) => d.email },
    { key: 'city', header: t('donations.donor.field.city'), render: (d) => d.city },
    { key: 'total', header: t('donations.donor.field.total'), render: (d) => format.cents(d.totalCents) },
    { key: 'gifts', header: t('donations.donor.field.giftsCount'), render: (d) => d.giftsCount },
    { key: 'last', header: t('donations.donor.field.lastGiftOn'), render: (d) => format.date(d.lastGiftOn) },
  ];
  return (
    <>
      <PageHeader title={t('nav.donations')} description={t('donations.intro')} />
      <DonationsTabs />
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md" role="search" aria-label={t('common.filters')}>
        <SearchInput
          label={t('common.search')}
          placeholder={t('donations.donor.searchPlaceholder')}
          value={query.q}
          onSearch={(q) => setQuery({ q })}
        />
        <Checkbox
          mt={30}
          label={t('donations.donor.lapsedOnly')}
          checked={query.lapsed === 'true'}
          onChange={(e) => setQuery({ lapsed: e.currentTarget.checked ? 'true' : '' })}
        />
      </SimpleGrid>
      <FormAlert message={list.error && errorText(t, list.error)} />
      <DataTable
        caption={t('donations.tab.donors')}
        testId="donors-table"
        columns={columns}
        rows={list.data?.items}
        rowKey={(d) => d.id}
        loading={list.loading}
        empty={t('donations.donor.none')}
        sort={{ sort: 'name', order: query.order as SortOrder, onSort: (_sort, order) => setQuery({ order }) }}
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
