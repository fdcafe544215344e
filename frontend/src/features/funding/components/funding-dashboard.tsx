'use client';

import '@mantine/charts/styles.css';
import Link from 'next/link';
import { BarChart, DonutChart } from '@mantine/charts';
import { Anchor, ColorSwatch, Group, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useFormat, useLocale, useT } from '@/lib/i18n/provider';
import { themeColor } from '@/lib/theme';
import { useApiData } from '@/lib/use-api-data';
import { PageState } from '@/components/page-state';
import { SectionCard } from '@/components/section-card';
import { fundingApi } from '../api';
import { formatShare } from '../money';
import type { FundingDashboard as Dashboard, GrantStatus } from '../types';
import { AlertsList } from './alerts-list';
import { DeadlinesTable } from './deadlines-table';

const PIPELINE_COLORS: Record<GrantStatus, string> = {
  prospect: 'gray.5',
  drafting: 'blue.6',
  applied: 'yellow.6',
  granted: 'teal.7',
  refused: 'red.6',
  closed: 'dark.3',
};
/** The live pipeline: what is being sought and what is being spent; refused and closed grants are history. */
const OPEN: GrantStatus[] = ['prospect', 'drafting', 'applied', 'granted'];

/** The coordinator's home: the pipeline, the year's money, what is due, who contributed this quarter, the budget
 *  spent. */
export function FundingDashboard() {
  const dashboard = useApiData((signal) => fundingApi.dashboard(undefined, signal), []);
  if (!dashboard.data) return <PageState {...dashboard} />;
  return <DashboardView d={dashboard.data} />;
}

function DashboardView({ d }: { d: Dashboard }) {
  const t = useT();
  const format = useFormat();
  const [locale] = useLocale();
  const euros = (cents: number) => format.cents(Math.round(cents));
  const monthName = (m: number) =>
    new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { month: 'short', timeZone: 'UTC' }).format(
      new Date(Date.UTC(d.year, m - 1, 1)),
    );
  const pipeline = d.pipeline.filter((p) => OPEN.includes(p.status));
  // Amounts: what was asked while the funder has not answered, what was granted once it has.
  const amountOf = (p: Dashboard['pipeline'][number]) => (p.status === 'granted' ? p.grantedCents : p.requestedCents);
  const spentShare = d.budget.plannedCents ? d.budget.spentCents / d.budget.plannedCents : null;
  const contributionsTotal = d.contributions.organisations.reduce((s, o) => s + o.valueCents, 0);

  return (
    <Stack gap="lg" data-testid="funding-dashboard">
      <AlertsList alerts={d.alerts} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <SectionCard title={t('dashboard.pipeline')} testId="dashboard-pipeline">
          <Group align="center" wrap="wrap" gap="lg">
            <DonutChart
              size={170}
              thickness={26}
              withTooltip
              tooltipDataSource="segment"
              valueFormatter={euros}
              data={pipeline
                .filter((p) => amountOf(p) > 0)
                .map((p) => ({
                  name: t(`funding.status.${p.status}`),
                  value: amountOf(p),
                  color: PIPELINE_COLORS[p.status],
                }))}
              aria-hidden
            />
            <Table
              withRowBorders={false}
              verticalSpacing={4}
              style={{ flex: 1, minWidth: 220 }}
              aria-label={t('dashboard.pipeline')}
            >
              <Table.Tbody>
                {pipeline.map((p) => (
                  <Table.Tr key={p.status}>
                    <Table.Td>
                      <Group gap={8} wrap="nowrap">
                        <ColorSwatch color={themeColor(PIPELINE_COLORS[p.status])} size={12} aria-hidden />
                        <Anchor component={Link} href={`/funding?status=${p.status}`} size="sm">
                          {t(`funding.status.${p.status}`)}
                        </Anchor>
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm" c="dimmed">
                        {p.count}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" data-testid={`pipeline-${p.status}`}>
                      <Text size="sm" fw={600}>
                        {format.cents(amountOf(p))}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Group>
        </SectionCard>

        <SectionCard title={t('dashboard.money', { year: d.year })} testId="dashboard-money">
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" mb="md">
            {(['grantedCents', 'receivedCents', 'expectedCents'] as const).map((key) => (
              <div key={key}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                  {t(`dashboard.money.${key}`)}
                </Text>
                <Text size="lg" fw={700} data-testid={`money-${key}`}>
                  {format.cents(d.money[key])}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`dashboard.money.${key}.help`, { year: d.year })}
                </Text>
              </div>
            ))}
          </SimpleGrid>
          <Text size="xs" c="dimmed" mb="xs" data-testid="money-apart">
            {t('dashboard.money.apart')}
          </Text>
          <Text size="sm" mb="sm" data-testid="money-reconciled">
            {t('dashboard.money.reconciled', {
              year: d.year,
              granted: format.cents(d.money.grantedCents),
              received: format.cents(d.money.ofGrantedReceivedCents),
              expected: format.cents(d.money.ofGrantedExpectedCents),
              unscheduled: format.cents(d.money.ofGrantedUnscheduledCents),
            })}
          </Text>
          {d.money.overdueCents > 0 && (
            <Text size="sm" c="red.8" mb="sm" data-testid="money-overdue">
              {t('dashboard.money.overdue', { amount: format.cents(d.money.overdueCents) })}
            </Text>
          )}
          <BarChart
            h={180}
            data={d.months.map((m) => ({
              month: monthName(m.month),
              received: m.receivedCents / 100,
              expected: m.expectedCents / 100,
            }))}
            dataKey="month"
            type="stacked"
            valueFormatter={(v) => format.cents(Math.round(v * 100))}
            withYAxis={false}
            series={[
              { name: 'received', label: t('dashboard.money.receivedCents'), color: 'teal.7' },
              { name: 'expected', label: t('dashboard.money.expectedCents'), color: 'yellow.5' },
            ]}
            withLegend
          />
          <OtherResources d={d} />
        </SectionCard>
      </SimpleGrid>

      <SectionCard title={t('dashboard.deadlines')} testId="dashboard-deadlines">
        <DeadlinesTable deadlines={d.deadlines} testId="dashboard-deadlines-table" />
        <Anchor component={Link} href="/funding/deadlines" size="sm" mt="sm" display="inline-block">
          {t('dashboard.allDeadlines')}
        </Anchor>
      </SectionCard>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <SectionCard
          title={t('dashboard.contributions', {
            from: format.date(d.contributions.from),
            to: format.date(d.contributions.to),
          })}
          testId="dashboard-contributions"
        >
          {d.contributions.organisations.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('dashboard.contributions.empty')}
            </Text>
          ) : (
            <>
              <BarChart
                h={Math.max(120, d.contributions.organisations.length * 34)}
                orientation="vertical"
                data={d.contributions.organisations.map((o) => ({
                  name: o.organisationName ?? t('dashboard.contributions.individuals'),
                  value: o.valueCents / 100,
                }))}
                dataKey="name"
                valueFormatter={(v) => format.cents(Math.round(v * 100))}
                yAxisProps={{ width: 160 }}
                withXAxis={false}
                series={[{ name: 'value', label: t('dashboard.contributions.value'), color: 'grape.6' }]}
              />
              <Text size="sm" mt="xs">
                {t('dashboard.contributions.total', { amount: format.cents(contributionsTotal) })}
              </Text>
            </>
          )}
        </SectionCard>

        <SectionCard title={t('dashboard.budget')} testId="dashboard-budget">
          <Text size="sm" mb="xs" data-testid="budget-share">
            {t('dashboard.budget.summary', {
              spent: format.cents(d.budget.spentCents),
              planned: format.cents(d.budget.plannedCents),
              share: formatShare(spentShare, locale),
            })}
          </Text>
          <Progress value={Math.min(100, (spentShare ?? 0) * 100)} size="lg" mb="md" aria-hidden />
          <Stack gap="xs">
            {d.budget.grants.map((g) => {
              const share = g.plannedCents ? g.spentCents / g.plannedCents : null;
              return (
                <div key={g.grantId}>
                  <Group justify="space-between" gap="xs" wrap="nowrap">
                    <Anchor component={Link} href={`/funding/grants/${g.grantId}`} size="sm" truncate>
                      {g.title}
                    </Anchor>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {format.cents(g.spentCents)} / {format.cents(g.plannedCents)} · {formatShare(share, locale)}
                    </Text>
                  </Group>
                  <Progress
                    value={Math.min(100, (share ?? 0) * 100)}
                    color={share !== null && share > 1 ? 'red' : 'teal'}
                    size="sm"
                    aria-hidden
                  />
                </div>
              );
            })}
          </Stack>
        </SectionCard>
      </SimpleGrid>
    </Stack>
  );
}

/** Beside the grants, the year's gifts by campaign (totals only): where the money came from otherwise. */
function OtherResources({ d }: { d: Dashboard }) {
  const t = useT();
  const format = useFormat();
  const total = d.otherResources.reduce((sum, r) => sum + r.cents, 0);
  return (
    <Stack gap={4} mt="md" data-testid="dashboard-gifts">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {t('dashboard.gifts', { year: d.year })}
      </Text>
      {d.otherResources.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.gifts.none')}
        </Text>
      ) : (
        <Table fz="sm">
          <Table.Tbody>
            {d.otherResources.map((r) => (
              <Table.Tr key={r.label ?? ''}>
                <Table.Td>{r.label ?? t('dashboard.gifts.noCampaign')}</Table.Td>
                <Table.Td c="dimmed">{t('dashboard.gifts.count', { count: r.count })}</Table.Td>
                <Table.Td ta="right">{format.cents(r.cents)}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              <Table.Td colSpan={2}>{t('dashboard.gifts.total')}</Table.Td>
              <Table.Td ta="right">{format.cents(total)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
