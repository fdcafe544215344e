'use client';

import { SegmentedControl } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { errorText, notifySuccess } from '@/lib/notify';
import { FormAlert } from '@/components/form-alert';
import { PageHeader } from '@/components/page-header';
import { actionItemsApi } from '@/features/governance/api';
import { ActionItemsTable } from '@/features/governance/components/action-items-table';

const PAGE_SIZE = 50;

/** The actions entrusted to the signed-in person: still to do first, overdue ones flagged. */
export default function MyActionsPage() {
  const t = useT();
  const [query, setQuery] = useUrlQuery({ show: 'pending', page: '1' });
  const page = Number(query.page) || 1;
  const list = useApiData(
    (signal) =>
      actionItemsApi.mine(
        { pending: query.show === 'pending' ? true : undefined, sort: 'dueOn', page, pageSize: PAGE_SIZE },
        signal,
      ),
    [query.show, page],
  );
  return (
    <>
      <PageHeader title={t('nav.myActions')} description={t('governance.action.mineIntro')} />
      <SegmentedControl
        mb="md"
        data={[
          { value: 'pending', label: t('governance.action.pending') },
          { value: 'all', label: t('common.all') },
        ]}
        value={query.show}
        onChange={(show) => setQuery({ show })}
      />
      <FormAlert message={list.error && errorText(t, list.error)} />
      <ActionItemsTable
        rows={list.data?.items}
        loading={list.loading}
        showOwner={false}
        testId="my-actions"
        onChanged={(item) => {
          notifySuccess(t('governance.action.statusSaved', { title: item.title }));
          list.reload();
        }}
        pagination={{
          page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onPage: (p) => setQuery({ page: String(p) }),
        }}
      />
    </>
  );
}
