'use client';

import Link from 'next/link';
import { Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import { DataTable } from '@/components/data-table';
import type { OrganisationStatement as Statement } from '../types';
import { Figure } from './simulation-panel';
import { SplitStatusBadge } from './split-status-badge';

/** An organisation's shares in approved splits and the payments it received; on its page and as its printable
 *  statement. */
export function OrganisationStatement({
  statement,
  withContributions,
}: {
  statement: Statement;
  withContributions?: boolean;
}) {
  const t = useT();
  const format = useFormat();
  type Share = Statement['shares'][number];
  type Paid = Statement['payments'][number];
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: withContributions ? 4 : 3 }}>
        {withContributions && (
          <Figure
            label={t('splits.statement.contributions')}
            value={format.cents(statement.totals.contributionCents)}
          />
        )}
        <Figure
          label={t('splits.allocated')}
          value={format.cents(statement.totals.allocatedCents)}
          testId="statement-allocated"
        />
        <Figure label={t('splits.line.paid')} value={format.cents(statement.totals.paidCents)} />
        <Figure label={t('splits.line.remaining')} value={format.cents(statement.totals.remainingCents)} />
      </SimpleGrid>
      {withContributions && statement.contributions.length > 0 && (
        <Text size="sm">
          {statement.contributions
            .map((c) => `${t(`contributions.type.${c.type}`)} : ${format.cents(c.valueCents)}`)
            .join(' · ')}
        </Text>
      )}
      <Title order={3} size="h5">
        {t('splits.statement.shares')}
      </Title>
      <DataTable<Share>
        caption={t('splits.statement.shares')}
        testId="organisation-shares"
        minWidth={560}
        rows={statement.shares}
        rowKey={(s) => s.splitId}
        empty={t('splits.statement.noShares')}
        columns={[
          {
            key: 'title',
            header: t('splits.field.title'),
            render: (s) => (
              <Stack gap={2}>
                <Anchor component={Link} href={`/splits/${s.splitId}/statements/${statement.organisation.id}`} fw={500}>
                  {s.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {s.explanation}
                </Text>
              </Stack>
            ),
          },
          { key: 'status', header: t('splits.field.status'), render: (s) => <SplitStatusBadge status={s.status} /> },
          { key: 'approvedAt', header: t('splits.approvedAt'), render: (s) => format.date(s.approvedAt) },
          {
            key: 'amount',
            header: t('splits.line.amount'),
            render: (s) => (
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {format.cents(s.amountCents)}
              </Text>
            ),
          },
          { key: 'paid', header: t('splits.line.paid'), render: (s) => format.cents(s.paidCents) },
          { key: 'remaining', header: t('splits.line.remaining'), render: (s) => format.cents(s.remainingCents) },
        ]}
      />
      <Title order={3} size="h5">
        {t('splits.statement.payments')}
      </Title>
      <DataTable<Paid>
        caption={t('splits.statement.payments')}
        testId="organisation-payments"
        minWidth={560}
        rows={statement.payments}
        rowKey={(p) => p.id}
        empty={t('splits.payment.none')}
        columns={[
          { key: 'paidOn', header: t('splits.payment.paidOn'), render: (p) => format.date(p.paidOn) },
          { key: 'split', header: t('splits.field.title'), render: (p) => p.splitTitle },
          {
            key: 'reference',
            header: t('splits.payment.reference'),
            render: (p) => `${p.reference}${p.reversesId ? ` (${t('splits.payment.reversal')})` : ''}`,
          },
          {
            key: 'amount',
            header: t('splits.payment.amount'),
            render: (p) => (
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {format.cents(p.amountCents)}
              </Text>
            ),
          },
        ]}
      />
    </Stack>
  );
}
