'use client';

import Link from 'next/link';
import { Anchor, Badge, Group, SegmentedControl, Select, SimpleGrid, Text } from '@mantine/core';
import { Can } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { DataTable, type Column, type SortOrder } from '@/components/data-table';
import { ExportButton } from '@/components/export-button';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { FormAlert } from '@/components/form-alert';
import { errorText } from '@/lib/notify';
import { sourcesApi } from '@/features/sources/api';
import { HealthBadge, StepBadge } from '@/features/sources/components/source-badges';
import { SourceBoard } from '@/features/sources/components/source-board';
import {
  FEED_HEALTHS,
  ONBOARDING_STEPS,
  SOURCE_DATA_KINDS,
  type FeedHealth,
  type OnboardingStep,
  type Source,
  type SourceDataKind,
  type SourceListQuery,
} from '@/features/sources/types';

const PAGE_SIZE = 20;
/** The board shows every source at once (the API's largest page); the network has a few dozen. */
const BOARD_SIZE = 200;

export default function SourcesPage() {
  const t = useT();
  const format = useFormat();
  const [query, setQuery] = useUrlQuery({
    view: 'list',
    q: '',
    step: '',
    health: '',
    dataKind: '',
    order: 'asc',
    page: '1',
  });
  const board = query.view === 'board';
  // On the board the columns are the steps: the step filter and the pages do not apply.
  const listQuery: SourceListQuery = {
    q: query.q,
    step: board ? undefined : ((query.step || undefined) as OnboardingStep | undefined),
    health: (query.health || undefined) as FeedHealth | undefined,
    dataKind: (query.dataKind || undefined) as SourceDataKind | undefined,
    order: query.order as SortOrder,
    page: board ? 1 : Number(query.page) || 1,
    pageSize: board ? BOARD_SIZE : PAGE_SIZE,
  };
  const list = useApiData((signal) => sourcesApi.list(listQuery, signal), [JSON.stringify(listQuery)]);

  const columns: Column<Source>[] = [
    {
      key: 'name',
      header: t('sources.field.name'),
      sortKey: 'name',
      render: (s) => (
        <Anchor component={Link} href={`/sources/${s.id}`} fw={500}>
          {s.name}
        </Anchor>
      ),
    },
    { key: 'owner', header: t('sources.field.owner'), render: (s) => s.organisationName ?? s.partnerName },
    { key: 'dataKind', header: t('sources.field.dataKind'), render: (s) => t(`sources.dataKind.${s.dataKind}`) },
    {
      key: 'step',
      header: t('sources.field.step'),
      render: (s) => (
        <Group gap={4} wrap="nowrap">
          <StepBadge step={s.step} />
          {s.stepOverdue && (
            <Badge color="red" variant="outline" size="sm">
              {t('sources.overdue')}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: 'health', header: t('sources.field.health'), render: (s) => <HealthBadge health={s.health} /> },
    {
      key: 'records',
      header: t('sources.field.records'),
      render: (s) =>
        s.records === null ? null : (
          <Text size="sm">
            {s.records}
            {s.incompletePercent ? (
              <Text span c="dimmed" size="xs">
                {' '}
                · {s.incompletePercent} %
              </Text>
            ) : null}
          </Text>
        ),
    },
    { key: 'lastCheckedAt', header: t('sources.field.lastCheckedAt'), render: (s) => format.dateTime(s.lastCheckedAt) },
    { key: 'group', header: t('sources.field.group'), render: (s) => s.groupName },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.sources')}
        actions={
          <Can I="read" a="Source">
            <Group gap="sm">
              <SegmentedControl
                aria-label={t('sources.view')}
                data={[
                  { value: 'list', label: t('sources.view.list') },
                  { value: 'board', label: t('sources.view.board') },
                ]}
                value={board ? 'board' : 'list'}
                onChange={(view) => setQuery({ view })}
                data-testid="sources-view"
              />
              <ExportButton path="/sources/export" file="sources" query={listQuery} testId="sources-export" />
            </Group>
          </Can>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mb="md" role="search" aria-label={t('common.filters')}>
        <SearchInput
          label={t('common.search')}
          placeholder={t('sources.searchPlaceholder')}
          value={query.q}
          onSearch={(q) => setQuery({ q })}
          data-testid="source-search"
        />
        <Select
          disabled={board}
          label={t('sources.field.step')}
          placeholder={t('common.all')}
          clearable
          data={ONBOARDING_STEPS.map((s) => ({ value: s, label: t(`sources.step.${s}`) }))}
          value={query.step || null}
          onChange={(value) => setQuery({ step: value ?? '' })}
          data-testid="source-filter-step"
        />
        <Select
          label={t('sources.field.health')}
          placeholder={t('common.all')}
          clearable
          data={FEED_HEALTHS.map((h) => ({ value: h, label: t(`sources.health.${h}`) }))}
          value={query.health || null}
          onChange={(value) => setQuery({ health: value ?? '' })}
        />
        <Select
          label={t('sources.field.dataKind')}
          placeholder={t('common.all')}
          clearable
          data={SOURCE_DATA_KINDS.map((k) => ({ value: k, label: t(`sources.dataKind.${k}`) }))}
          value={query.dataKind || null}
          onChange={(value) => setQuery({ dataKind: value ?? '' })}
        />
      </SimpleGrid>
      <FormAlert message={list.error && errorText(t, list.error)} />
      {board ? (
        list.data && (
          <SourceBoard sources={list.data.items} onSources={(items) => list.setData({ ...list.data!, items })} />
        )
      ) : (
        <DataTable
          caption={t('nav.sources')}
          testId="sources-table"
          columns={columns}
          rows={list.data?.items}
          rowKey={(s) => s.id}
          loading={list.loading}
          sort={{ sort: 'name', order: query.order as SortOrder, onSort: (_sort, order) => setQuery({ order }) }}
          pagination={{
            page: listQuery.page ?? 1,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            onPage: (page) => setQuery({ page: String(page) }),
          }}
        />
      )}
    </>
  );
}
