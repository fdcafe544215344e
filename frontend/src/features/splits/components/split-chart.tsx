'use client';

import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useFormat, useT } from '@/lib/i18n/provider';
import type { SplitLine } from '../types';

/**
 * Each organisation's share as a horizontal bar, the largest first; with a pinned simulation, both side by side.
 * Amounts are plotted in euros (the chart's scale), from integer cents.
 */
export function SplitChart({
  lines,
  compare,
  labels,
}: {
  lines: SplitLine[];
  compare?: SplitLine[];
  labels?: { current: string; compare: string };
}) {
  const t = useT();
  const format = useFormat();
  const pinned = new Map(compare?.map((l) => [l.organisationId, l.amountCents]));
  const names = new Map([...(compare ?? []), ...lines].map((l) => [l.organisationId, l.organisationName]));
  const ids = [...new Set([...lines.map((l) => l.organisationId), ...(compare ?? []).map((l) => l.organisationId)])];
  const current = new Map(lines.map((l) => [l.organisationId, l.amountCents]));
  const data = ids
    .map((id) => ({
      organisation: names.get(id)!,
      current: (current.get(id) ?? 0) / 100,
      compare: (pinned.get(id) ?? 0) / 100,
    }))
    .sort((a, b) => b.current - a.current || a.organisation.localeCompare(b.organisation));
  const series = compare
    ? [
        { name: 'compare', label: labels?.compare ?? t('splits.compare.pinned'), color: 'gray.5' },
        { name: 'current', label: labels?.current ?? t('splits.compare.current'), color: 'blue.6' },
      ]
    : [{ name: 'current', label: t('splits.line.amount'), color: 'blue.6' }];

  return (
    <BarChart
      h={Math.max(160, 44 + data.length * (compare ? 34 : 26))}
      data={data}
      dataKey="organisation"
      orientation="vertical"
      series={series}
      withLegend={Boolean(compare)}
      valueFormatter={(euros) => format.cents(Math.round(euros * 100))}
      yAxisProps={{ width: 170, tickFormatter: (name: string) => (name.length > 24 ? `${name.slice(0, 23)}…` : name) }}
      gridAxis="x"
      data-testid="split-chart"
      aria-label={t('splits.chart')}
    />
  );
}
