'use client';

import Link from 'next/link';
import { Anchor, Badge, Button, Group, Modal, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { DayInput } from '@/components/day-input';
import { useDisclosure } from '@mantine/hooks';
import { IconGavel } from '@tabler/icons-react';
import { useRouter } from 'next/navigation';
import { Can } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { errorText, notifySuccess } from '@/lib/notify';
import { DataTable, type Column, type SortOrder } from '@/components/data-table';
import { ExportButton } from '@/components/export-button';
import { FormAlert } from '@/components/form-alert';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { decisionsApi } from '@/features/governance/api';
import { OutcomeBadge } from '@/features/governance/components/badges';
import { DecisionForm } from '@/features/governance/components/decision-form';
import { DecisionHow } from '@/features/governance/components/decision-how';
import {
  DECISION_METHODS,
  DECISION_OUTCOMES,
  type Decision,
  type DecisionListQuery,
} from '@/features/governance/types';

const PAGE_SIZE = 20;

/** The decisions log: every decision and amendment, newest first, searchable. */
export default function DecisionsPage() {
  const t = useT();
  const format = useFormat();
  const router = useRouter();
  const [creating, { open, close }] = useDisclosure(false);
  const [query, setQuery] = useUrlQuery({
    q: '',
    from: '',
    to: '',
    outcome: '',
    method: '',
    meetingId: '',
    sort: 'decidedOn',
    order: 'desc',
    page: '1',
  });
  const listQuery: DecisionListQuery = {
    q: query.q,
    from: query.from,
    to: query.to,
    meetingId: query.meetingId || undefined,
    outcome: (query.outcome || undefined) as DecisionListQuery['outcome'],
    method: (query.method || undefined) as DecisionListQuery['method'],
    sort: query.sort as DecisionListQuery['sort'],
    order: query.order as SortOrder,
    page: Number(query.page) || 1,
    pageSize: PAGE_SIZE,
  };
  const list = useApiData((signal) => decisionsApi.list(listQuery, signal), [JSON.stringify(listQuery)]);

  const columns: Column<Decision>[] = [
    {
      key: 'number',
      header: t('governance.decision.field.number'),
      sortKey: 'number',
      render: (d) => `n° ${d.number}`,
    },
    {
      key: 'decidedOn',
      header: t('governance.decision.field.decidedOn'),
      sortKey: 'decidedOn',
      render: (d) => format.date(d.decidedOn),
    },
    {
      key: 'title',
      header: t('governance.decision.field.title'),
      sortKey: 'title',
      render: (d) => (
        <Stack gap={2}>
          <Group gap={6}>
            <Anchor component={Link} href={`/decisions/${d.id}`} fw={500}>
              {d.title}
            </Anchor>
            {d.amendsNumber && (
              <Badge variant="outline" size="sm">
                {t('governance.decision.amendsShort', { n: d.amendsNumber })}
              </Badge>
            )}
            {d.amendmentCount > 0 && (
              <Badge variant="outline" color="orange" size="sm">
                {t('governance.decision.amendedTimes', { n: d.amendmentCount })}
              </Badge>
            )}
            {d.visibility === 'public' && (
              <Badge variant="light" color="teal" size="sm" data-testid="decision-public">
                {t('governance.visibility.publicShort')}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed" lineClamp={2}>
            {d.proposal}
          </Text>
        </Stack>
      ),
    },
    { key: 'how', header: t('governance.decision.field.method'), render: (d) => <DecisionHow decision={d} /> },
    {
      key: 'outcome',
      header: t('governance.decision.field.outcome'),
      render: (d) => <OutcomeBadge outcome={d.outcome} />,
    },
    {
      key: 'where',
      header: t('governance.decision.field.where'),
      render: (d) =>
        d.meetingId ? (
          <Anchor component={Link} href={`/meetings/${d.meetingId}`} size="sm">
            {d.meetingTitle}
          </Anchor>
        ) : (
          t('governance.decision.online')
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.decisions')}
        description={t('governance.decision.intro')}
        actions={
          <Group gap="xs">
            <Can I="read" a="Decision">
              <ExportButton path="/decisions/export" file="decisions" query={listQuery} testId="decisions-export" />
            </Can>
            <Can I="create" a="Decision">
              <Button leftSection={<IconGavel size={16} aria-hidden />} onClick={open} data-testid="decision-new">
                {t('governance.decision.recordOnline')}
              </Button>
            </Can>
          </Group>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} mb="md" role="search" aria-label={t('common.filters')}>
        <SearchInput
          label={t('common.search')}
          placeholder={t('governance.decision.searchPlaceholder')}
          value={query.q}
          onSearch={(q) => setQuery({ q })}
          data-testid="decision-search"
        />
        <DayInput
          label={t('audit.field.from')}
          value={query.from}
          onChange={(e) => setQuery({ from: e.target.value })}
        />
        <DayInput label={t('audit.field.to')} value={query.to} onChange={(e) => setQuery({ to: e.target.value })} />
        <Select
          label={t('governance.decision.field.outcome')}
          placeholder={t('common.all')}
          clearable
          data={DECISION_OUTCOMES.map((o) => ({ value: o, label: t(`governance.outcome.${o}`) }))}
          value={query.outcome || null}
          onChange={(value) => setQuery({ outcome: value ?? '' })}
        />
        <Select
          label={t('governance.decision.field.method')}
          placeholder={t('common.all')}
          clearable
          data={DECISION_METHODS.map((o) => ({ value: o, label: t(`governance.method.${o}`) }))}
          value={query.method || null}
          onChange={(value) => setQuery({ method: value ?? '' })}
        />
      </SimpleGrid>
      <FormAlert message={list.error && errorText(t, list.error)} />
      <DataTable
        caption={t('nav.decisions')}
        testId="decisions-table"
        columns={columns}
        rows={list.data?.items}
        rowKey={(d) => d.id}
        loading={list.loading}
        sort={{ sort: query.sort, order: query.order as SortOrder, onSort: (sort, order) => setQuery({ sort, order }) }}
        pagination={{
          page: listQuery.page ?? 1,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onPage: (page) => setQuery({ page: String(page) }),
        }}
      />
      <Modal opened={creating} onClose={close} title={t('governance.decision.recordOnline')} size="lg">
        <DecisionForm
          onCancel={close}
          onSaved={(d) => {
            close();
            notifySuccess(t('governance.decision.recorded', { n: d.number }));
            router.push(`/decisions/${d.id}`);
          }}
        />
      </Modal>
    </>
  );
}
