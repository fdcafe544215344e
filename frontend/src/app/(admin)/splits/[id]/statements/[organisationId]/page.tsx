'use client';

import { useParams } from 'next/navigation';
import { DataList, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { FieldValue } from '@/components/field-value';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { splitsApi } from '@/features/splits/api';
import { PrintPage } from '@/features/splits/components/print-page';
import { PROPORTIONAL_RULES } from '@/features/splits/types';
import type { ContributionType } from '@/features/contributions/types';

/** One organisation's share of one split, as it can show its own board. */
export default function SplitStatementPage() {
  const t = useT();
  const format = useFormat();
  const { id, organisationId } = useParams<{ id: string; organisationId: string }>();
  const statement = useApiData((signal) => splitsApi.splitStatement(id, organisationId, signal), [id, organisationId]);
  const s = statement.data;
  if (!s) return <PageState {...statement} />;
  const { split, line } = s;

  return (
    <PrintPage csvUrl={splitsApi.splitStatementCsvUrl(id, organisationId)}>
      <PageHeader title={t('splits.statement.title', { name: s.organisation.name })} description={split.title} />
      <Stack gap="md">
        <Paper withBorder p="md">
          <DataList>
            <FieldValue label={t('splits.field.title')}>{split.title}</FieldValue>
            <FieldValue label={t('splits.field.rule')}>{t(`splits.rule.${split.rule}`)}</FieldValue>
            <FieldValue label={t('splits.field.total')}>{format.cents(split.totalCents)}</FieldValue>
            <FieldValue label={t('splits.distributed')}>
              {t('splits.statement.among', {
                amount: format.cents(split.distributedCents),
                count: split.organisationCount,
              })}
            </FieldValue>
            {PROPORTIONAL_RULES.includes(split.rule) && (
              <FieldValue label={t('splits.section.contributions')}>
                {t('splits.periodText', {
                  from: format.date(split.periodFrom) || '…',
                  to: format.date(split.periodTo) || '…',
                })}
              </FieldValue>
            )}
            <FieldValue label={t('splits.approvedBy')}>
              {t('splits.approvedByText', { name: split.approvedByName ?? '—', at: format.dateTime(split.approvedAt) })}
            </FieldValue>
          </DataList>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('splits.statement.share')}
          </Title>
          <Text size="xl" fw={700} data-testid="statement-amount">
            {format.cents(line.amountCents)}
          </Text>
          <Text size="sm" mt="xs">
            {line.explanation}
          </Text>
          {Object.keys(line.contributions).length > 0 && (
            <Table mt="sm" withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('splits.statement.contributionType')}</Table.Th>
                  <Table.Th>{t('splits.statement.value')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(Object.entries(line.contributions) as [ContributionType, number][]).map(([type, cents]) => (
                  <Table.Tr key={type}>
                    <Table.Td>{t(`contributions.type.${type}`)}</Table.Td>
                    <Table.Td>{format.cents(cents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('splits.payments')}
          </Title>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('splits.payment.paidOn')}</Table.Th>
                <Table.Th>{t('splits.payment.reference')}</Table.Th>
                <Table.Th>{t('splits.payment.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.payments.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{format.date(p.paidOn)}</Table.Td>
                  <Table.Td>
                    {p.reference}
                    {p.reversesId ? ` (${t('splits.payment.reversal')})` : ''}
                  </Table.Td>
                  <Table.Td>{format.cents(p.amountCents)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td colSpan={2} fw={600}>
                  {t('splits.line.remaining')}
                </Table.Td>
                <Table.Td fw={600} data-testid="statement-remaining">
                  {format.cents(line.remainingCents ?? line.amountCents)}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Paper>
      </Stack>
    </PrintPage>
  );
}
