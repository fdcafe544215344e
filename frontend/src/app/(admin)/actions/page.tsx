'use client';

import { Checkbox, Group, Select, SimpleGrid } from '@mantine/core';
import { Can } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { errorText } from '@/lib/notify';
import { FormAlert } from '@/components/form-alert';
import { ExportButton } from '@/components/export-button';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { actionItemsApi } from '@/features/governance/api';
import { ActionItemsTable } from '@/features/governance/components/action-items-table';
import { ACTION_STATUSES, type ActionItemListQuery } from '@/features/governance/types';

const PAGE_SIZE = 30;

/** Every action item from meetings and decisions, for those who follow them up. */
export default function ActionsPage() {
  const t = useT();
  const [query, setQuery] = useUrlQuery({ q: '', status: '', pending: 'true', overdue: 'false', page: '1' });
  const listQuery: ActionItemListQuery = {
    q: query.q,
    status: (query.status || undefined) as ActionItemListQuery['status'],
    pending: query.pending === 'true' ? true : undefined,
    overdue: query.overdue === 'true' ? true : undefined,
    sort: 'dueOn',
    page: Number(query.page) || 1,
    pageSize: PAGE_SIZE,
  };
  const list = useApiData((signal) => actionItemsApi.list(listQuery, signal), [JSON.stringify(listQuery)]);
  return (
    <>
      <PageHeader
        title={t('nav.actions')}
        description={t('governance.action.intro')}
        actions={
          <Can I="read" a="ActionItem">
            <ExportButton path="/action-items/export" file="actions" query={listQuery} testId="actions-export" />
          </Can>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="sm" role="search" aria-label={t('common.filters')}>
        <SearchInput label={t('common.search')} value={query.q} onSearch={(q) => setQuery({ q })} />
        <Select
          label={t('governance.action.field.status')}
          placeholder={t('common.all')}
          clearable
          data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`governance.actionStatus.${s}`) }))}
          value={query.status || null}
          onChange={(value) => setQuery({ status: value ?? '', pending: value ? 'false' : query.pending })}
        />
      </SimpleGrid>
      <Group mb="md">
        <Checkbox
          label={t('governance.action.pendingOnly')}
          checked={query.pending === 'true'}
          onChange={(e) => setQuery({ pending: String(e.currentTarget.checked) })}
        />
        <Checkbox
          label={t('governance.action.overdueOnly')}
          checked={query.overdue === 'true'}
          onChange={(e) => setQuery({ overdue: String(e.currentTarget.checked) })}
        />
      </Group>
      <FormAlert message={list.error && errorText(t, list.error)} />
      <ActionItemsTable
        rows={list.data?.items}
        loading={list.loading}
        testId="actions-table"
        onChanged={() => list.reload()}
        pagination={{
          page: listQuery.page ?? 1,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onPage: (p) => setQuery({ page: String(p) }),
        }}
      />
    </>
  );
}
