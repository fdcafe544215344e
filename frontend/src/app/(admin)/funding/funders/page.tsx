'use client';

import Link from 'next/link';
import { Anchor, Badge, Button, Checkbox, Group, Select, SimpleGrid } from '@mantine/core';
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
import { fundersApi } from '@/features/funding/api';
import { FundingTabs } from '@/features/funding/components/funding-tabs';
import { FUNDER_KINDS, type FunderKind, type FunderListItem, type FunderListQuery } from '@/features/funding/types';

const PAGE_SIZE = 20;

export default function FundersPage() {
  const t = useT();
  const format = useFormat();
  const [query, setQuery] = useUrlQuery({
    q: '',
    kind: '',
    includeArchived: 'false',
    sort: 'name',
    order: 'asc',
    page: '1',
  });
  const listQuery: FunderListQuery = {
    q: query.q,
    kind: (query.kind || undefined) as FunderKind | undefined,
    includeArchived: query.includeArchived === 'true',
    sort: query.sort as FunderListQuery['sort'],
    order: query.order as SortOrder,
    page: Number(query.page) || 1,
    pageSize: PAGE_SIZE,
  };
  const list = useApiData((signal) => fundersApi.list(listQuery, signal), [JSON.stringify(listQuery)]);

  const columns: Column<FunderListItem>[] = [
    {
      key: 'name',
      header: t('funding.funder.field.name'),
      sortKey: 'name',
      render: (f) => (
        <Group gap="xs" wrap="nowrap">
          <Anchor component={Link} href={`/funding/funders/${f.id}`} fw={500}>
            {f.name}
          </Anchor>
          {f.archivedAt && (
            <Badge color="gray" variant="outline">
              {t('funding.funder.archived')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'kind',
      header: t('funding.funder.field.kind'),
      sortKey: 'kind',
      render: (f) => t(`funding.funderKind.${f.kind}`),
    },
    { key: 'grants', header: t('funding.funder.grantsCount'), render: (f) => f.grantsCount },
    {
      key: 'granted',
      header: t('funding.funder.grantedTotal'),
      sortKey: 'grantedCents',
      render: (f) => format.cents(f.grantedCents),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.funding')}
        actions={
          <Group gap="xs">
            <Can I="read" a="Funder">
              <ExportButton path="/funders/export" file="financeurs" query={listQuery} xlsx testId="funders-export" />
              <ExportButton
                path="/funders/contacts/export"
                file="contacts-financeurs"
                query={listQuery}
                xlsx
                label={t('funding.funder.exportContacts')}
                testId="funder-contacts-export"
              />
            </Can>
            <ImportButton kind="funders" />
            <Can I="create" a="Funder">
              <Button
                component={Link}
                href="/funding/funders/new"
                leftSection={<IconPlus size={16} aria-hidden />}
                data-testid="funder-new"
              >
                {t('funding.funder.new')}
              </Button>
            </Can>
          </Group>
        }
      />
      <FundingTabs />
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md" role="search" aria-label={t('common.filters')}>
        <SearchInput
          label={t('common.search')}
          placeholder={t('funding.funder.searchPlaceholder')}
          value={query.q}
          onSearch={(q) => setQuery({ q })}
        />
        <Select
          label={t('funding.funder.field.kind')}
          placeholder={t('common.all')}
          clearable
          data={FUNDER_KINDS.map((kind) => ({ value: kind, label: t(`funding.funderKind.${kind}`) }))}
          value={query.kind || null}
          onChange={(value) => setQuery({ kind: value ?? '' })}
        />
      </SimpleGrid>
      <Checkbox
        mb="md"
        label={t('funding.funder.includeArchived')}
        checked={query.includeArchived === 'true'}
        onChange={(event) => setQuery({ includeArchived: String(event.currentTarget.checked) })}
      />
      <FormAlert message={list.error && errorText(t, list.error)} />
      <DataTable
        caption={t('funding.tab.funders')}
        testId="funders-table"
        columns={columns}
        rows={list.data?.items}
        rowKey={(f) => f.id}
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
