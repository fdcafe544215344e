'use client';

import { Button, DataList, Group, NativeSelect, Paper, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useFormat, useT } from '@/lib/i18n/provider';
import { notifyError } from '@/lib/notify';
import { useApiData } from '@/lib/use-api-data';
import { FieldValue } from '@/components/field-value';
import { donationsApi } from '../api';

/** Article 222 bis of the tax code: the receipts of a year, counted and summed, and their detail as CSV. */
export function DeclarationPanel({
  year,
  years,
  onYear,
}: {
  year: number;
  years: number[];
  onYear: (y: number) => void;
}) {
  const t = useT();
  const format = useFormat();
  const declaration = useApiData((signal) => donationsApi.declaration(year, signal), [year]);
  const d = declaration.data;
  return (
    <Paper withBorder p="md" data-testid="declaration-panel">
      <Group justify="space-between" align="flex-end" mb="sm">
        <Title order={2} size="h4">
          {t('donations.declaration.title')}
        </Title>
        <Group gap="xs" align="flex-end">
          <NativeSelect
            aria-label={t('donations.gift.field.year')}
            data={years.map(String)}
            value={String(year)}
            onChange={(e) => onYear(Number(e.currentTarget.value))}
          />
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => void donationsApi.declarationCsv(year).catch((e: unknown) => notifyError(t, e))}
          >
            {t('donations.declaration.csv')}
          </Button>
        </Group>
      </Group>
      <DataList>
        <FieldValue label={t('donations.declaration.count')}>{d && String(d.count)}</FieldValue>
        <FieldValue label={t('donations.declaration.total')}>{d && format.cents(d.totalCents)}</FieldValue>
        <FieldValue label={t('donations.declaration.cancelled')}>{d && String(d.cancelledCount)}</FieldValue>
        <FieldValue label={t('donations.declaration.numbers')}>
          {d?.firstNumber && `${d.firstNumber} – ${d.lastNumber ?? ''}`}
        </FieldValue>
      </DataList>
    </Paper>
  );
}
