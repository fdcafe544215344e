'use client';

import Link from 'next/link';
import { Anchor, Button, Checkbox, Group, Select, SimpleGrid } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Can } from '@/lib/ability';
import { ImportButton } from '@/features/imports/components/import-button';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { DataTable, type Column, type SortOrder } from '@/components/data-table';
import { ExportButton } from '@/components/export-button';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { FormAlert } from '@/components/form-alert';
import { errorText } from '@/lib/notify';
import { organisationsApi } from '@/features/organisations/api';
import { ArchivedBadge, MembershipStatusBadge } from '@/features/organisations/components/organisation-badges';
import {
  MEMBERSHIP_STATUSES,
  ORGANISATION_KINDS,
  type MembershipStatus,
  type Organisation,
  type OrganisationKind,
  type OrganisationListQuery,
} from '@/features/organisations/types';

const PAGE_SIZE = 20;

export default function OrganisationsPage() {
  const t = useT();
  const [query, setQuery] = useUrlQuery({
    q: '',
    kind: '',
    membershipStatus: '',
    territory: '',
    includeArchived: 'false',
    sort: 'name',
    order: 'asc',
    page: '1',
  });
  const listQuery: OrganisationListQuery = {
    q: query.q,
    kind: (query.kind || undefined) as OrganisationKind | undefined,
    membershipStatus: (query.membershipStatus || undefined) as MembershipStatus | undefined,
    territory: query.territory,
    includeArchived: query.includeArchived === 'true',
    sort: query.sort as OrganisationListQuery['sort'],
    order: query.order as SortOrder,
    page: Number(query.page) || 1,
    pageSize: PAGE_SIZE,
  };
  const list = useApiData((signal) => organisationsApi.list(listQuery, signal), [JSON.stringify(listQuery)]);
  const territories = useApiData((signal) => organisationsApi.territories(signal), []);

  const columns: Column<Organisation>[] = [
    {
      key: 'name',
      header: t('organisations.field.name'),
      sortKey: 'name',
      render: (o) => (
        <Group gap="xs" wrap="nowrap">
          <Anchor component={Link} href={`/organisations/${o.id}`} fw={500}>
            {o.name}
          </Anchor>
          {o.archivedAt && <ArchivedBadge />}
        </Group>
      ),
    },
    {
      key: 'kind',
      header: t('organisations.field.kind'),
      sortKey: 'kind',
      render: (o) => t(`organisations.kind.${o.kind}`),
    },
    {
      key: 'membershipStatus',
      header: t('organisations.field.membershipStatus'),
      sortKey: 'membershipStatus',
      render: (o) => <MembershipStatusBadge status={o.membershipStatus} />,
    },
    { key: 'territory', header: t('organisations.field.territory'), sortKey: 'territory', render: (o) => o.territory },
    {
      key: 'copil',
      header: t('organisations.field.copilSeatShort'),
      render: (o) => (o.hasCopilSeat ? t('common.yes') : t('common.no')),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.organisations')}
        actions={
          <Group gap="xs">
            <Can I="read" a="Organisation">
              <ExportButton
                path="/organisations/export"
                file="organisations"
                query={listQuery}
                testId="organisations-export"
              />
            </Can>
            <ImportButton kind="organisations" />
            <Can I="create" a="Organisation">
              <Button
                component={Link}
                href="/organisations/new"
                leftSection={<IconPlus size={16} aria-hidden />}
                data-testid="organisation-new"
              >
                {t('organisations.new')}
              </Button>
            </Can>
          </Group>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mb="md" role="search" aria-label={t('common.filters')}>
        <SearchInput
          label={t('common.search')}
          placeholder={t('organisations.searchPlaceholder')}
          value={query.q}
          onSearch={(q) => setQuery({ q })}
          data-testid="organisation-search"
        />
        <Select
          label={t('organisations.field.kind')}
          placeholder={t('common.all')}
          clearable
          data={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`organisations.kind.${kind}`) }))}
          value={query.kind || null}
          onChange={(value) => setQuery({ kind: value ?? '' })}
        />
        <Select
          label={t('organisations.field.membershipStatus')}
          placeholder={t('common.all')}
          clearable
          data={MEMBERSHIP_STATUSES.map((status) => ({ value: status, label: t(`organisations.status.${status}`) }))}
          value={query.membershipStatus || null}
          onChange={(value) => setQuery({ membershipStatus: value ?? '' })}
        />
        <Select
          label={t('organisations.field.territory')}
          placeholder={t('common.all')}
          clearable
          searchable
          data={territories.data ?? []}
          value={query.territory || null}
          onChange={(value) => setQuery({ territory: value ?? '' })}
        />
      </SimpleGrid>
      <Checkbox
        mb="md"
        label={t('organisations.includeArchived')}
        checked={query.includeArchived === 'true'}
        onChange={(event) => setQuery({ includeArchived: String(event.currentTarget.checked) })}
      />
      <FormAlert message={list.error && errorText(t, list.error)} />
      <DataTable
        caption={t('nav.organisations')}
        testId="organisations-table"
        columns={columns}
        rows={list.data?.items}
        rowKey={(o) => o.id}
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
