'use client';

import Link from 'next/link';
import { Anchor, Button, Group, SegmentedControl, Select, SimpleGrid, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Can } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { errorText } from '@/lib/notify';
import { DataTable, type Column, type SortOrder } from '@/components/data-table';
import { FormAlert } from '@/components/form-alert';
import { ExportButton } from '@/components/export-button';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { meetingsApi } from '@/features/governance/api';
import { MeetingKindBadge } from '@/features/governance/components/badges';
import {
  MEETING_KINDS,
  type MeetingKind,
  type MeetingListItem,
  type MeetingListQuery,
} from '@/features/governance/types';

const PAGE_SIZE = 20;

export default function MeetingsPage() {
  const t = useT();
  const format = useFormat();
  const [query, setQuery] = useUrlQuery({ q: '', kind: '', when: 'upcoming', sort: 'startsAt', order: '', page: '1' });
  // Upcoming meetings soonest first; past ones most recent first.
  const order = (query.order || (query.when === 'past' ? 'desc' : 'asc')) as SortOrder;
  const listQuery: MeetingListQuery = {
    q: query.q,
    kind: (query.kind || undefined) as MeetingKind | undefined,
    when: (query.when || undefined) as MeetingListQuery['when'],
    sort: query.sort as MeetingListQuery['sort'],
    order,
    page: Number(query.page) || 1,
    pageSize: PAGE_SIZE,
  };
  const list = useApiData((signal) => meetingsApi.list(listQuery, signal), [JSON.stringify(listQuery)]);

  const columns: Column<MeetingListItem>[] = [
    {
      key: 'startsAt',
      header: t('governance.meeting.field.when'),
      sortKey: 'startsAt',
      render: (m) => format.dateTime(m.startsAt),
    },
    {
      key: 'title',
      header: t('governance.meeting.field.title'),
      sortKey: 'title',
      render: (m) => (
        <Anchor component={Link} href={`/meetings/${m.id}`} fw={500}>
          {m.title}
        </Anchor>
      ),
    },
    {
      key: 'kind',
      header: t('governance.meeting.field.kind'),
      sortKey: 'kind',
      render: (m) => <MeetingKindBadge kind={m.kind} />,
    },
    {
      key: 'where',
      header: t('governance.meeting.field.where'),
      render: (m) => m.place ?? (m.videoLink ? t('governance.meeting.video') : ''),
    },
    {
      key: 'people',
      header: t('governance.meeting.field.attendees'),
      render: (m) => (
        <Text size="sm">
          {query.when === 'past'
            ? t('governance.meeting.presentOf', { present: m.presentCount, total: m.attendeeCount })
            : m.attendeeCount}
        </Text>
      ),
    },
    { key: 'decisions', header: t('governance.decisions'), render: (m) => m.decisionCount || '' },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.meetings')}
        description={t('governance.meeting.intro')}
        actions={
          <Group gap="xs">
            <Can I="read" a="Meeting">
              <ExportButton path="/meetings/export" file="reunions" query={listQuery} testId="meetings-export" />
            </Can>
            <Can I="create" a="Meeting">
              <Button
                component={Link}
                href="/meetings/new"
                leftSection={<IconPlus size={16} aria-hidden />}
                data-testid="meeting-new"
              >
                {t('governance.meeting.new')}
              </Button>
            </Can>
          </Group>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md" role="search" aria-label={t('common.filters')}>
        <SearchInput
          label={t('common.search')}
          placeholder={t('governance.meeting.searchPlaceholder')}
          value={query.q}
          onSearch={(q) => setQuery({ q })}
        />
        <Select
          label={t('governance.meeting.field.kind')}
          placeholder={t('common.all')}
          clearable
          data={MEETING_KINDS.map((k) => ({ value: k, label: t(`governance.kind.${k}`) }))}
          value={query.kind || null}
          onChange={(value) => setQuery({ kind: value ?? '' })}
        />
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('governance.meeting.when')}
          </Text>
          <SegmentedControl
            fullWidth
            data={[
              { value: 'upcoming', label: t('governance.meeting.upcoming') },
              { value: 'past', label: t('governance.meeting.past') },
            ]}
            value={query.when}
            onChange={(when) => setQuery({ when, order: '' })}
          />
        </div>
      </SimpleGrid>
      <FormAlert message={list.error && errorText(t, list.error)} />
      <DataTable
        caption={t('nav.meetings')}
        testId="meetings-table"
        columns={columns}
        rows={list.data?.items}
        rowKey={(m) => m.id}
        loading={list.loading}
        empty={t('governance.meeting.none')}
        sort={{ sort: query.sort, order, onSort: (sort, o) => setQuery({ sort, order: o }) }}
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
