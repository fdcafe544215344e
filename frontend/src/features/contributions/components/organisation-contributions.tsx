'use client';

import '@mantine/charts/styles.css';
import Link from 'next/link';
import { BarChart } from '@mantine/charts';
import { Anchor, Badge, Group, Paper, Skeleton, Text, Title } from '@mantine/core';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { inParis } from '@/lib/i18n/dates';
import { useApiData } from '@/lib/use-api-data';
import { contributionsApi } from '../api';
import { CONTRIBUTION_TYPES, type ContributionType } from '../types';

const COLORS: Record<ContributionType, string> = {
  working_time: 'teal.6',
  room: 'grape.6',
  financial_participation: 'yellow.6',
  financial_management: 'blue.6',
  hosting_tools: 'cyan.6',
  other: 'gray.6',
};
const QUARTERS = 8;

/**
 * An organisation's validated contributions over the last two years, by quarter and type, with totals: where the
 * network's strength comes from. Shown on the organisation's page to whoever may read validated contributions.
 */
export function OrganisationContributions({ organisationId }: { organisationId: string }) {
  const t = useT();
  const format = useFormat();
  const ability = useAppAbility();
  const visible = ability.can('read', asSubject('Contribution', { status: 'validated', organisationId }));
  const now = inParis(new Date().toISOString());
  const from = now
    .startOf('month')
    .month(Math.floor(now.month() / 3) * 3)
    .subtract(3 * (QUARTERS - 1), 'month')
    .format('YYYY-MM-DD');
  const totals = useApiData(
    (signal) =>
      visible
        ? contributionsApi.totals({ organisationId, status: 'validated', from }, ['period', 'type'], 'quarter', signal)
        : Promise.resolve([]),
    [organisationId, visible],
  );
  if (!visible) return null;

  const quarters = Array.from({ length: QUARTERS }, (_, i) => inParis(from).add(3 * i, 'month'));
  const rows = totals.data ?? [];
  const data = quarters.map((q) => {
    const key = q.format('YYYY-MM-DD');
    const point: Record<string, string | number> = {
      quarter: t('contributions.chart.quarter', { q: Math.floor(q.month() / 3) + 1, year: q.year() }),
    };
    for (const type of CONTRIBUTION_TYPES)
      point[type] = rows.filter((r) => r.period === key && r.type === type).reduce((s, r) => s + r.valueCents, 0) / 100;
    return point;
  });
  const byType = CONTRIBUTION_TYPES.map((type) => ({
    type,
    valueCents: rows.filter((r) => r.type === type).reduce((s, r) => s + r.valueCents, 0),
  })).filter((x) => x.valueCents > 0);
  const total = byType.reduce((s, x) => s + x.valueCents, 0);
  const used = CONTRIBUTION_TYPES.filter((type) => byType.some((x) => x.type === type));

  return (
    <Paper withBorder p="md" data-testid="organisation-contributions">
      <Group justify="space-between" align="baseline" mb="sm">
        <Title order={2} size="h4">
          {t('contributions.chart.title')}
        </Title>
        <Anchor component={Link} href={`/contributions?organisationId=${organisationId}&period=all`} size="sm">
          {t('contributions.chart.all')}
        </Anchor>
      </Group>
      {totals.loading && !totals.data ? (
        <Skeleton h={260} />
      ) : total === 0 ? (
        <Text c="dimmed" size="sm">
          {t('contributions.chart.none')}
        </Text>
      ) : (
        <>
          <Group gap="xs" mb="md">
            <Text fw={700} data-testid="organisation-contributions-total">
              {t('contributions.chart.total', { value: format.cents(total) })}
            </Text>
            {byType.map((x) => (
              <Badge key={x.type} variant="light" color={COLORS[x.type].split('.')[0]} tt="none">
                {t(`contributions.type.${x.type}`)} · {format.cents(x.valueCents)}
              </Badge>
            ))}
          </Group>
          <BarChart
            h={260}
            data={data}
            dataKey="quarter"
            type="stacked"
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            valueFormatter={(euros) => format.cents(Math.round(euros * 100))}
            series={used.map((type) => ({ name: type, label: t(`contributions.type.${type}`), color: COLORS[type] }))}
            aria-label={t('contributions.chart.title')}
          />
        </>
      )}
    </Paper>
  );
}
