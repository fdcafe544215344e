'use client';

import Link from 'next/link';
import { Anchor, Button, Group, Menu, Select, SimpleGrid, Text } from '@mantine/core';
import { DayInput } from '@/components/day-input';
import {
  IconChecklist,
  IconChevronDown,
  IconDownload,
  IconPercentage,
  IconPlus,
  IconReceipt,
} from '@tabler/icons-react';
import { Can, useAppAbility } from '@/lib/ability';
import { useFormat, useLocale, useT } from '@/lib/i18n/provider';
import { notifyError } from '@/lib/notify';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { errorText } from '@/lib/notify';
import { DataTable, type Column, type SortOrder } from '@/components/data-table';
import { ImportButton } from '@/features/imports/components/import-button';
import { PageHeader } from '@/components/page-header';
import { FormAlert } from '@/components/form-alert';
import { OrganisationSelect } from '@/features/organisations/components/organisation-select';
import { WorkingGroupSelect } from '@/features/working-groups/components/working-group-select';
import { contributionsApi } from '@/features/contributions/api';
import { ContributionStatusBadge } from '@/features/contributions/components/contribution-status-badge';
import { ContributionTotals } from '@/features/contributions/components/contribution-totals';
import { PERIOD_PRESETS, periodRange, type PeriodPreset } from '@/features/contributions/period';
import {
  CONTRIBUTION_STATUSES,
  CONTRIBUTION_TYPES,
  type Contribution,
  type ContributionFilters,
  type ContributionListQuery,
  type ContributionStatus,
  type ContributionType,
} from '@/features/contributions/types';

const PAGE_SIZE = 20;

export default function ContributionsPage() {
  const t = useT();
  const format = useFormat();
  const [locale] = useLocale();
  const ability = useAppAbility();
  // The current year by default: counting every contribution ever is rarely what one wants, and costs the most.
  const [query, setQuery] = useUrlQuery({
    organisationId: '',
    type: '',
    status: '',
    period: 'thisYear',
    from: '',
    to: '',
    workingGroupId: '',
    sort: 'startsOn',
    order: 'desc',
    page: '1',
  });
  const filters: ContributionFilters = {
    organisationId: query.organisationId || undefined,
    type: (query.type || undefined) as ContributionType | undefined,
    status: (query.status || undefined) as ContributionStatus | undefined,
    workingGroupId: query.workingGroupId || undefined,
    ...periodRange(query.period as PeriodPreset, { from: query.from, to: query.to }),
  };
  const listQuery: ContributionListQuery = {
    ...filters,
    sort: query.sort as ContributionListQuery['sort'],
    order: query.order as SortOrder,
    page: Number(query.page) || 1,
    pageSize: PAGE_SIZE,
  };
  const list = useApiData((signal) => contributionsApi.list(listQuery, signal), [JSON.stringify(listQuery)]);
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 });

  const columns: Column<Contribution>[] = [
    {
      key: 'startsOn',
      header: t('contributions.field.startsOn'),
      sortKey: 'startsOn',
      render: (c) => (
        <Anchor component={Link} href={`/contributions/${c.id}`} fw={500} style={{ whiteSpace: 'nowrap' }}>
          {format.date(c.startsOn)}
          {c.endsOn !== c.startsOn && ` → ${format.date(c.endsOn)}`}
        </Anchor>
      ),
    },
    {
      key: 'who',
      header: t('contributions.field.giver'),
      render: (c) => (
        <>
          <Text size="sm">{c.organisationName ?? c.personName}</Text>
          {c.organisationName && c.personName && (
            <Text size="xs" c="dimmed">
              {c.personName}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'type',
      header: t('contributions.field.type'),
      sortKey: 'type',
      render: (c) => t(`contributions.type.${c.type}`),
    },
    {
      key: 'quantity',
      header: t('contributions.field.quantity'),
      render: (c) =>
        c.unit === 'euro' ? '—' : `${number.format(c.quantity)} ${t(`contributions.unitShort.${c.unit}`)}`,
    },
    {
      key: 'value',
      header: t('contributions.field.value'),
      sortKey: 'valueCents',
      render: (c) => (
        <Text size="sm" ta="right" fw={500}>
          {format.cents(c.valueCents)}
        </Text>
      ),
    },
    {
      key: 'status',
      header: t('contributions.field.status'),
      sortKey: 'status',
      render: (c) => <ContributionStatusBadge status={c.status} />,
    },
    {
      key: 'description',
      header: t('contributions.field.description'),
      render: (c) => (
        <Text size="sm" lineClamp={2}>
          {c.description}
        </Text>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.contributions')}
        description={t('contributions.intro')}
        actions={
          <>
            {ability.can('validate', 'Contribution') && (
              <Button
                component={Link}
                href="/contributions/queue"
                variant="light"
                leftSection={<IconChecklist size={16} aria-hidden />}
                data-testid="contributions-queue-link"
              >
                {t('contributions.queue.title')}
              </Button>
            )}
            <Can I="create" a="Contribution">
              <Button
                component={Link}
                href="/contributions/new"
                leftSection={<IconPlus size={16} aria-hidden />}
                data-testid="contribution-new"
              >
                {t('contributions.new')}
              </Button>
            </Can>
            <ImportButton kind="contributions" />
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" rightSection={<IconChevronDown size={16} aria-hidden />}>
                  {t('contributions.more')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  onClick={() => void contributionsApi.export(filters).catch((error) => notifyError(t, error))}
                  leftSection={<IconDownload size={16} aria-hidden />}
                  data-testid="contributions-export-csv"
                >
                  {t('contributions.export')}
                </Menu.Item>
                <Menu.Item
                  onClick={() => void contributionsApi.export(filters, 'xlsx').catch((error) => notifyError(t, error))}
                  leftSection={<IconDownload size={16} aria-hidden />}
                  data-testid="contributions-export-xlsx"
                >
                  {t('contributions.exportXlsx')}
                </Menu.Item>
                {ability.can('read', 'InKindAccount') && (
                  <Menu.Item
                    component={Link}
                    href="/contributions/statement"
                    leftSection={<IconReceipt size={16} aria-hidden />}
                  >
                    {t('contributions.statement.title')}
                  </Menu.Item>
                )}
                <Menu.Item
                  component={Link}
                  href="/contributions/rates"
                  leftSection={<IconPercentage size={16} aria-hidden />}
                >
                  {t('contributions.rates.title')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} mb="md" role="search" aria-label={t('common.filters')}>
        <OrganisationSelect
          label={t('contributions.field.organisation')}
          placeholder={t('common.all')}
          clearable
          value={query.organisationId || null}
          onChange={(value) => setQuery({ organisationId: value ?? '' })}
          data-testid="filter-organisation"
        />
        <Select
          label={t('contributions.field.type')}
          placeholder={t('common.all')}
          clearable
          data={CONTRIBUTION_TYPES.map((value) => ({ value, label: t(`contributions.type.${value}`) }))}
          value={query.type || null}
          onChange={(value) => setQuery({ type: value ?? '' })}
        />
        <Select
          label={t('contributions.field.status')}
          placeholder={t('common.all')}
          clearable
          data={CONTRIBUTION_STATUSES.map((value) => ({ value, label: t(`contributions.status.${value}`) }))}
          value={query.status || null}
          onChange={(value) => setQuery({ status: value ?? '' })}
          data-testid="filter-status"
        />
        <WorkingGroupSelect
          label={t('contributions.field.group')}
          placeholder={t('common.all')}
          clearable
          value={query.workingGroupId || null}
          onChange={(value) => setQuery({ workingGroupId: value ?? '' })}
          data-testid="filter-working-group"
        />
        <Select
          label={t('contributions.field.period')}
          data={PERIOD_PRESETS.map((value) => ({ value, label: t(`contributions.period.${value}`) }))}
          value={query.period}
          allowDeselect={false}
          onChange={(value) => setQuery({ period: value ?? 'thisYear' })}
        />
      </SimpleGrid>
      {query.period === 'custom' && (
        <Group mb="md">
          <DayInput
            label={t('contributions.field.from')}
            value={query.from}
            onChange={(e) => setQuery({ from: e.target.value })}
          />
          <DayInput
            label={t('contributions.field.to')}
            value={query.to}
            onChange={(e) => setQuery({ to: e.target.value })}
          />
        </Group>
      )}
      <ContributionTotals filters={filters} total={list.data?.total} totalValueCents={list.data?.totalValueCents} />
      <FormAlert message={list.error && errorText(t, list.error)} />
      <DataTable
        caption={t('nav.contributions')}
        testId="contributions-table"
        columns={columns}
        rows={list.data?.items}
        rowKey={(c) => c.id}
        loading={list.loading}
        minWidth={900}
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
