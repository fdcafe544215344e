'use client';

import Link from 'next/link';
import { Anchor, Badge, Button, Checkbox, Group, SimpleGrid, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Can } from '@/lib/ability';
import { ImportButton } from '@/features/imports/components/import-button';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { errorText } from '@/lib/notify';
import { DataTable, type Column, type SortOrder } from '@/components/data-table';
import { ExportButton } from '@/components/export-button';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { FormAlert } from '@/components/form-alert';
import { peopleApi } from '@/features/people/api';
import { OrganisationSelect } from '@/features/organisations/components/organisation-select';
import { ArchivedBadge } from '@/features/organisations/components/organisation-badges';
import type { Person, PersonListQuery } from '@/features/people/types';

const PAGE_SIZE = 20;

export default function PeoplePage() {
  const t = useT();
  const [query, setQuery] = useUrlQuery({
    q: '',
    organisationId: '',
    includeArchived: 'false',
    sort: 'lastName',
    order: 'asc',
    page: '1',
  });
  const listQuery: PersonListQuery = {
    q: query.q,
    organisationId: query.organisationId,
    includeArchived: query.includeArchived === 'true',
    sort: query.sort as PersonListQuery['sort'],
    order: query.order as SortOrder,
    page: Number(query.page) || 1,
    pageSize: PAGE_SIZE,
  };
  const list = useApiData((signal) => peopleApi.list(listQuery, signal), [JSON.stringify(listQuery)]);

  const columns: Column<Person>[] = [
    {
      key: 'lastName',
      header: t('people.field.name'),
      sortKey: 'lastName',
      render: (p) => (
        <Group gap="xs" wrap="nowrap">
          <Anchor component={Link} href={`/people/${p.id}`} fw={500}>
            {p.lastName} {p.firstName}
          </Anchor>
          {p.archivedAt && <ArchivedBadge />}
        </Group>
      ),
    },
    { key: 'email', header: t('people.field.email'), sortKey: 'email', render: (p) => p.email },
    {
      key: 'organisations',
      header: t('people.field.organisations'),
      render: (p) => (
        <Text size="sm" lineClamp={2}>
          {p.memberships.map((m) => `${m.organisationName} (${t(`people.role.${m.role}`)})`).join(', ')}
        </Text>
      ),
    },
    {
      key: 'account',
      header: t('people.field.account'),
      render: (p) =>
        p.hasAccount ? (
          <Badge variant="light">{t('common.yes')}</Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {t('common.no')}
          </Text>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.people')}
        actions={
          <Group gap="xs">
            <Can I="read" a="Person">
              <ExportButton path="/people/export" file="personnes" query={listQuery} testId="people-export" />
            </Can>
            <ImportButton kind="people" />
            <Can I="create" a="Person">
              <Button
                component={Link}
                href="/people/new"
                leftSection={<IconPlus size={16} aria-hidden />}
                data-testid="person-new"
              >
                {t('people.new')}
              </Button>
            </Can>
          </Group>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md" role="search" aria-label={t('common.filters')}>
        <SearchInput
          label={t('common.search')}
          placeholder={t('people.searchPlaceholder')}
          value={query.q}
          onSearch={(q) => setQuery({ q })}
          data-testid="person-search"
        />
        <OrganisationSelect
          label={t('people.field.organisation')}
          placeholder={t('common.all')}
          clearable
          value={query.organisationId || null}
          onChange={(value) => setQuery({ organisationId: value ?? '' })}
        />
      </SimpleGrid>
      <Checkbox
        mb="md"
        label={t('people.includeArchived')}
        checked={query.includeArchived === 'true'}
        onChange={(event) => setQuery({ includeArchived: String(event.currentTarget.checked) })}
      />
      <FormAlert message={list.error && errorText(t, list.error)} />
      <DataTable
        caption={t('nav.people')}
        testId="people-table"
        columns={columns}
        rows={list.data?.items}
        rowKey={(p) => p.id}
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
