'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useParams } from 'next/navigation';
import {
  ActionIcon,
  Badge,
  Button,
  DataList,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconHistory, IconPencil, IconTrash } from '@tabler/icons-react';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useFormat, useLocale, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { notifyError, notifySuccess } from '@/lib/notify';
import { DataTable } from '@/components/data-table';
import { ExportButton } from '@/components/export-button';
import { FieldValue } from '@/components/field-value';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { missionsApi } from '@/features/contractors/api';
import { TimeEntryForm } from '@/features/contractors/components/time-entry-form';
import { formatDays, formatMonth } from '@/features/contractors/format';
import type { MonthBudget, TimeEntry } from '@/features/contractors/types';
import { RichTextView } from '@/components/rich-text';
import { parisToday } from '@/lib/paris-time';

export default function MissionPage() {
  const t = useT();
  const format = useFormat();
  const [locale] = useLocale();
  const ability = useAppAbility();
  const { id } = useParams<{ id: string }>();
  const mission = useApiData((signal) => missionsApi.get(id, signal), [id]);
  const [chosenMonth, setMonth] = useState<string>();
  const m = mission.data;
  const months = m?.months ?? [];
  const thisMonth = parisToday().slice(0, 7);
  const month =
    chosenMonth ?? (months.some((x) => x.month === thisMonth) ? thisMonth : (months.at(-1)?.month ?? thisMonth));
  const seesTime = ability.can('read', 'TimeEntry');
  const entries = useApiData(
    (signal) => (seesTime ? missionsApi.entries(id, month, signal) : Promise.resolve(undefined)),
    [id, month, seesTime],
  );
  if (!m) return <PageState {...mission} />;

  const showsMoney = m.dailyRateCents !== undefined;
  const current = months.find((x) => x.month === month);
  // The money of each month comes apart from its days (the rate's field rule removes it whole).
  const centsOf = new Map((m.monthsCents ?? []).map((x) => [x.month, x]));
  const canLog = ability.can('create', asSubject('TimeEntry', { personId: m.contractorPersonId }));
  const refresh = () => {
    mission.reload();
    entries.reload();
  };
  const remove = async (entry: TimeEntry) => {
    try {
      await missionsApi.deleteEntry(entry.id);
      notifySuccess(t('contractors.entry.deleted'));
      refresh();
    } catch (error) {
      notifyError(t, error);
    }
  };

  return (
    <>
      <PageHeader
        title={m.title}
        description={`${m.contractorName}${m.company ? ` · ${m.company}` : ''}`}
        badges={
          m.overBudgetMonths > 0 && (
            <Badge color="red" variant="light">
              {t('contractors.mission.overMonths', { n: m.overBudgetMonths })}
            </Badge>
          )
        }
        actions={
          <>
            {ability.can('read', 'AuditEntry') && (
              <Button
                component={Link}
                href={`/audit?entityType=Mission&entityId=${m.id}`}
                variant="subtle"
                leftSection={<IconHistory size={16} aria-hidden />}
              >
                {t('audit.history')}
              </Button>
            )}
            {ability.can('update', asSubject('Mission', m)) && (
              <Button
                component={Link}
                href={`/missions/${m.id}/edit`}
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                data-testid="mission-edit"
              >
                {t('common.edit')}
              </Button>
            )}
          </>
        }
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('contractors.mission.section.terms')}
            </Title>
            <DataList>
              <FieldValue
                label={t('contractors.mission.field.period')}
              >{`${format.date(m.startsOn)} → ${format.date(m.endsOn)}`}</FieldValue>
              <FieldValue label={t('contractors.mission.field.daysPerMonth')}>
                {formatDays(t, m.daysPerMonth)}
              </FieldValue>
              {showsMoney && (
                <FieldValue label={t('contractors.mission.field.dailyRate')}>
                  {format.cents(m.dailyRateCents)}
                </FieldValue>
              )}
              <FieldValue
                label={t('contractors.mission.usedVsBudgeted')}
              >{`${formatDays(t, m.usedDays)} / ${formatDays(t, m.budgetedDays)}`}</FieldValue>
              {showsMoney && (
                <FieldValue
                  label={t('contractors.mission.usedAmount')}
                >{`${format.cents(m.usedCents)} / ${format.cents(m.budgetedCents)}`}</FieldValue>
              )}
            </DataList>
          </Paper>
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('contractors.mission.field.jobDescription')}
            </Title>
            <RichTextView html={m.jobDescription} />
          </Paper>
        </SimpleGrid>

        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('contractors.mission.byMonth')}
          </Title>
          <DataTable<MonthBudget>
            caption={t('contractors.mission.byMonth')}
            minWidth={480}
            rows={months}
            rowKey={(x) => x.month}
            testId="mission-months"
            columns={[
              { key: 'month', header: t('contractors.month'), render: (x) => formatMonth(x.month, locale) },
              { key: 'budgeted', header: t('contractors.budgeted'), render: (x) => formatDays(t, x.budgetedDays) },
              {
                key: 'used',
                header: t('contractors.used'),
                render: (x) => (
                  <Text size="sm" c={x.overBudget ? 'red' : undefined} fw={x.overBudget ? 600 : undefined}>
                    {formatDays(t, x.usedDays)}
                  </Text>
                ),
              },
              {
                key: 'over',
                header: '',
                render: (x) =>
                  x.overBudget && (
                    <Badge color="red" variant="light" data-testid="over-budget">
                      {t('contractors.overBudget')}
                    </Badge>
                  ),
              },
              ...(showsMoney
                ? [
                    {
                      key: 'cents',
                      header: t('contractors.mission.usedAmount'),
                      render: (x: MonthBudget) => {
                        const money = centsOf.get(x.month);
                        return `${format.cents(money?.usedCents)} / ${format.cents(money?.budgetedCents)}`;
                      },
                    },
                  ]
                : []),
            ]}
          />
        </Paper>

        {seesTime && (
          <Paper withBorder p="md">
            <Group justify="space-between" mb="sm" align="flex-end">
              <Title order={2} size="h4">
                {t('contractors.entry.title')}
              </Title>
              <Group gap="xs" align="flex-end">
                <Select
                  w={200}
                  label={t('contractors.month')}
                  allowDeselect={false}
                  data={months.map((x) => ({ value: x.month, label: formatMonth(x.month, locale) }))}
                  value={month}
                  onChange={(value) => value && setMonth(value)}
                  data-testid="entries-month"
                />
                {/* The month shown is the export's filter; the section itself is shown only to who reads the time. */}
                <ExportButton
                  path={`/missions/${id}/time-entries/export`}
                  file="temps-mission"
                  query={{ month }}
                  xlsx
                  testId="time-entries-export"
                />
              </Group>
            </Group>
            <Text mb="md" data-testid="month-total">
              {t('contractors.entry.monthTotal', {
                month: formatMonth(month, locale),
                used: formatDays(t, current?.usedDays ?? 0),
                budgeted: formatDays(t, current?.budgetedDays ?? 0),
              })}
              {current?.overBudget && (
                <Badge ml="xs" color="red" variant="light">
                  {t('contractors.overBudget')}
                </Badge>
              )}
            </Text>
            {canLog && (
              <TimeEntryForm
                missionId={m.id}
                onSaved={(e) => {
                  notifySuccess(t('contractors.entry.logged'));
                  setMonth(e.workedOn.slice(0, 7));
                  refresh();
                }}
              />
            )}
            <DataTable<TimeEntry>
              caption={t('contractors.entry.title')}
              minWidth={480}
              rows={entries.data?.items}
              rowKey={(e) => e.id}
              loading={entries.loading}
              empty={t('contractors.entry.none')}
              testId="time-entries"
              columns={[
                { key: 'date', header: t('contractors.entry.field.workedOn'), render: (e) => format.date(e.workedOn) },
                {
                  key: 'quantity',
                  header: t('contractors.entry.field.quantity'),
                  render: (e) =>
                    t(e.unit === 'day' ? 'contractors.days' : 'contractors.hours', {
                      n: String(e.quantity).replace('.', t('contractors.decimalSeparator')),
                    }),
                },
                { key: 'description', header: t('contractors.entry.field.description'), render: (e) => e.description },
                {
                  key: 'actions',
                  header: '',
                  render: (e) =>
                    ability.can('delete', asSubject('TimeEntry', e)) && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => void remove(e)}
                        aria-label={t('contractors.entry.delete', { date: format.date(e.workedOn) })}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    ),
                },
              ]}
            />
          </Paper>
        )}
      </Stack>
    </>
  );
}
