'use client';

import Link from 'next/link';
import { Anchor, Badge, Button, Checkbox, Group, Select, SimpleGrid } from '@mantine/core';
import { IconExternalLink, IconPlus, IconUserHeart } from '@tabler/icons-react';
import { useSession } from '@/lib/session';
import { Can } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { errorText } from '@/lib/notify';
import { DataTable, type Column, type SortOrder } from '@/components/data-table';
import { ExportButton } from '@/components/export-button';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { FormAlert } from '@/components/form-alert';
import { groupsApi } from '@/features/working-groups/api';
import { GapBadges, GroupStatusBadge, OverdueBadge } from '@/features/working-groups/components/group-badges';
import {
  GROUP_STATUSES,
  PIPELINE_STAGES,
  type GroupStatus,
  type WorkingGroup,
  type WorkingGroupListQuery,
} from '@/features/working-groups/types';

const PAGE_SIZE = 50;

export default function WorkingGroupsPage() {
  const t = useT();
  const { user } = useSession();
  const [query, setQuery] = useUrlQuery({
    q: '',
    status: '',
    withGaps: 'false',
    lateWelcome: 'false',
    sort: 'name',
    order: 'asc',
    page: '1',
  });
  const listQuery: WorkingGroupListQuery = {
    q: query.q,
    status: (query.status || undefined) as GroupStatus | undefined,
    withGaps: query.withGaps === 'true' || undefined,
    lateWelcome: query.lateWelcome === 'true' || undefined,
    sort: query.sort as WorkingGroupListQuery['sort'],
    order: query.order as SortOrder,
    page: Number(query.page) || 1,
    pageSize: PAGE_SIZE,
  };
  const list = useApiData((signal) => groupsApi.list(listQuery, signal), [JSON.stringify(listQuery)]);

  const columns: Column<WorkingGroup>[] = [
    {
      key: 'name',
      header: t('groups.field.name'),
      sortKey: 'name',
      render: (g) => (
        <Group gap="xs" wrap="nowrap">
          <Anchor component={Link} href={`/working-groups/${g.id}`} fw={500}>
            {g.name}
          </Anchor>
          {user.groupIds.includes(g.id) && (
            <Badge size="sm" variant="light" color="teal" data-testid={`my-group-${g.id}`}>
              {t('groups.mine')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'status',
      header: t('groups.field.status'),
      sortKey: 'status',
      render: (g) => <GroupStatusBadge status={g.status} />,
    },
    { key: 'roles', header: t('groups.field.roles'), render: (g) => <GapBadges gaps={g.gaps} /> },
    {
      key: 'volunteers',
      header: t('groups.field.volunteers'),
      // Absent for a group whose pipeline the reader does not follow.
      render: ({ pipeline, overdue }) =>
        pipeline && (
          <Group gap={4}>
            {PIPELINE_STAGES.filter((s) => s !== 'left' && pipeline[s] > 0).map((s) => (
              <Badge key={s} variant="light" color="gray" tt="none">
                {t('groups.pipelineCount', { stage: t(`pipeline.${s}`), count: pipeline[s] })}
              </Badge>
            ))}
            <OverdueBadge count={overdue ?? 0} />
          </Group>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.workingGroups')}
        actions={
          <>
            {user.roles.includes('volunteer') && (
              <Button
                component={Link}
                href={`/volunteers/${user.personId}`}
                variant="default"
                leftSection={<IconUserHeart size={16} aria-hidden />}
              >
                {t('volunteers.myProfile')}
              </Button>
            )}
            <Button
              component="a"
              href="/join"
              target="_blank"
              variant="subtle"
              rightSection={<IconExternalLink size={14} aria-hidden />}
            >
              {t('join.link')}
            </Button>
            <ExportButton
              path="/working-groups/export"
              file="groupes-de-travail"
              query={listQuery}
              testId="groups-export"
            />
            <Can I="create" a="WorkingGroup">
              <Button
                component={Link}
                href="/working-groups/new"
                leftSection={<IconPlus size={16} aria-hidden />}
                data-testid="group-new"
              >
                {t('groups.new')}
              </Button>
            </Can>
          </>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mb="md" role="search" aria-label={t('common.filters')}>
        <SearchInput
          label={t('common.search')}
          placeholder={t('groups.searchPlaceholder')}
          value={query.q}
          onSearch={(q) => setQuery({ q })}
        />
        <Select
          label={t('groups.field.status')}
          placeholder={t('common.all')}
          clearable
          data={GROUP_STATUSES.map((s) => ({ value: s, label: t(`groups.status.${s}`) }))}
          value={query.status || null}
          onChange={(value) => setQuery({ status: value ?? '' })}
        />
      </SimpleGrid>
      <Group mb="md" gap="lg">
        <Checkbox
          label={t('groups.withGaps')}
          checked={query.withGaps === 'true'}
          onChange={(event) => setQuery({ withGaps: String(event.currentTarget.checked) })}
          data-testid="groups-with-gaps"
        />
        <Checkbox
          label={t('groups.lateWelcome')}
          checked={query.lateWelcome === 'true'}
          onChange={(event) => setQuery({ lateWelcome: String(event.currentTarget.checked) })}
          data-testid="groups-late-welcome"
        />
      </Group>
      <FormAlert message={list.error && errorText(t, list.error)} />
      <DataTable
        caption={t('nav.workingGroups')}
        testId="groups-table"
        columns={columns}
        rows={list.data?.items}
        rowKey={(g) => g.id}
        loading={list.loading}
        minWidth={760}
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
