'use client';

import { Badge, Group, Paper, Skeleton, Text } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { contributionsApi } from '../api';
import type { ContributionFilters } from '../types';

/** The value of everything the filters match, and its split by type: the same filters as the list, summed by the
 *  API. */
export function ContributionTotals({
  filters,
  total,
  totalValueCents,
}: {
  filters: ContributionFilters;
  total?: number;
  totalValueCents?: number;
}) {
  const t = useT();
  const format = useFormat();
  const byType = useApiData(
    (signal) => contributionsApi.totals(filters, ['type'], undefined, signal),
    [JSON.stringify(filters)],
  );
  return (
    <Paper withBorder p="md" mb="md" data-testid="contribution-totals">
      <Group justify="space-between" align="baseline" wrap="wrap">
        {totalValueCents === undefined ? (
          <Skeleton h={20} w={160} />
        ) : (
          <Text fw={600} data-testid="contribution-totals-summary">
            {t('contributions.totals.summary', { value: format.cents(totalValueCents), count: total ?? 0 })}
          </Text>
        )}
        <Group gap="xs">
          {byType.data?.map((row) => (
            <Badge key={row.type} variant="light" size="lg" tt="none">
              {t(`contributions.type.${row.type!}`)} · {format.cents(row.valueCents)}
            </Badge>
          ))}
        </Group>
      </Group>
    </Paper>
  );
}
