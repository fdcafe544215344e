'use client';

import Link from 'next/link';
import { Anchor, Badge, Button, Modal, Select, SimpleGrid } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { Can } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { DataTable, type Column, type SortOrder } from '@/components/data-table';
import { FormAlert } from '@/components/form-alert';
import { ExportButton } from '@/components/export-button';
import { ImportButton } from '@/features/imports/components/import-button';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { listsApi, subscribersApi } from '@/features/newsletters/api';
import { NewslettersTabs } from '@/features/newsletters/components/newsletters-tabs';
import { SubscriberForm } from '@/features/newsletters/components/subscriber-forms';
import {
  SUBSCRIBER_STATUSES,
  type Subscriber,
  type SubscriberListQuery,
  type SubscriberStatus,
} from '@/features/newsletters/types';

const PAGE_SIZE = 25;
const STATUS_COLORS: Record<SubscriberStatus, string> = {
  pending: 'yellow',
  confirmed: 'green',
  unsubscribed: 'gray',
  bounced: 'red',
  complained: 'red',
};

export default function SubscribersPage() {
  const t = useT();
  const [query, setQuery] = useUrlQuery({ q: '', listId: '', status: '', sort: 'email', order: 'asc', page: '1' });
  const page = Number(query.page) || 1;
  const list = useApiData(
    (signal) =>
      subscribersApi.list(
        {
          q: query.q,
          listId: query.listId,
          status: (query.status || undefined) as SubscriberStatus | undefined,
          sort: query.sort as SubscriberListQuery['sort'],
          order: query.order as SubscriberListQuery['order'],
          page,
          pageSize: PAGE_SIZE,
        },
        signal,
      ),
    [query.q, query.listId, query.status, query.sort, query.order, page],
  );
  const lists = useApiData((signal) => listsApi.list(signal), []);
  const [adding, add] = useDisclosure(false);

  const columns: Column<Subscriber>[] = [
    {
      key: 'email',
      header: t('newsletters.field.email'),
      sortKey: 'email',
      render: (s) => (
        <Anchor component={Link} href={`/newsletters/subscribers/${s.id}`}>
          {s.email}
        </Anchor>
      ),
    },
    {
      key: 'name',
      header: t('newsletters.field.name'),
      sortKey: 'lastName',
      render: (s) => [s.firstName, s.lastName].filter(Boolean).join(' ') || '—',
    },
    {
      key: 'status',
      header: t('newsletters.field.status'),
      sortKey: 'status',
      render: (s) => (
        <Badge variant="light" color={STATUS_COLORS[s.status]}>
          {t(`newsletters.subscriberStatus.${s.status}`)}
        </Badge>
      ),
    },
    {
      key: 'lists',
      header: t('newsletters.field.lists'),
      render: (s) =>
        s.lists
          .filter((l) => l.status !== 'unsubscribed')
          .map((l) => l.name)
          .join(', ') || '—',
    },
  ];

  return (
    <>
      <PageHeader
        title={t('newsletters.tabs.subscribers')}
        actions={
          <Can I="create" a="Subscriber">
            <ExportButton
              path="/newsletters/subscribers/export"
              file="abonnes"
              query={{ q: query.q, listId: query.listId, status: query.status, sort: query.sort, order: query.order }}
              testId="subscribers-export"
            />
            <ImportButton kind="subscribers" />
            <Button leftSection={<IconPlus size={16} />} onClick={add.open} data-testid="subscriber-new">
              {t('newsletters.subscribers.add')}
            </Button>
          </Can>
        }
      />
      <NewslettersTabs />
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md" role="search" aria-label={t('common.filters')}>
        <SearchInput
          label={t('common.search')}
          placeholder={t('newsletters.subscribers.search')}
          value={query.q}
          onSearch={(q) => setQuery({ q })}
        />
        <Select
          label={t('newsletters.field.list')}
          placeholder={t('common.all')}
          clearable
          data={(lists.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
          value={query.listId || null}
          onChange={(v) => setQuery({ listId: v ?? '' })}
        />
        <Select
          label={t('newsletters.field.status')}
          placeholder={t('common.all')}
          clearable
          data={SUBSCRIBER_STATUSES.map((s) => ({ value: s, label: t(`newsletters.subscriberStatus.${s}`) }))}
          value={query.status || null}
          onChange={(v) => setQuery({ status: v ?? '' })}
        />
      </SimpleGrid>
      <FormAlert message={list.error && errorText(t, list.error)} />
      <DataTable
        caption={t('newsletters.tabs.subscribers')}
        testId="subscribers-table"
        columns={columns}
        rows={list.data?.items}
        rowKey={(s) => s.id}
        loading={list.loading}
        sort={{ sort: query.sort, order: query.order as SortOrder, onSort: (sort, order) => setQuery({ sort, order }) }}
        pagination={{
          page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onPage: (p) => setQuery({ page: String(p) }),
        }}
      />
      <Modal opened={adding} onClose={add.close} title={t('newsletters.subscribers.add')} size="lg">
        <SubscriberForm lists={lists.data ?? []} onDone={() => (add.close(), list.reload())} />
      </Modal>
    </>
  );
}
