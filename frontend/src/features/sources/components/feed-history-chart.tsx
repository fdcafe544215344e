'use client';

import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import type { FeedCheck } from '../types';

/** Records and incomplete records at each successful reading; a failed reading leaves a gap. */
export function FeedHistoryChart({ checks }: { checks: FeedCheck[] }) {
  const t = useT();
  const format = useFormat();
  if (!checks.some((c) => c.ok)) return <Text c="dimmed">{t('sources.history.none')}</Text>;
  const data = checks.map((c) => ({
    at: format.dateTime(c.checkedAt),
    records: c.ok ? c.records : null,
    incomplete: c.ok ? c.incomplete : null,
  }));
  return (
    <LineChart
      h={240}
      data={data}
      dataKey="at"
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      connectNulls={false}
      series={[
        { name: 'records', label: t('sources.history.records'), color: 'teal.6' },
        { name: 'incomplete', label: t('sources.history.incomplete'), color: 'orange.6' },
      ]}
      aria-label={t('sources.section.history')}
      data-testid="feed-history-chart"
    />
  );
}
