'use client';

import { useState } from 'react';
import Link from 'next/link';
import { Anchor, Button, DataList, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { asSubject, Can, useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { ExportButton } from '@/components/export-button';
import { FieldValue } from '@/components/field-value';
import { splitsApi } from '../api';
import { PROPORTIONAL_RULES, type SplitDetail } from '../types';
import { LedgerTable } from './ledger-table';
import { PaymentButton } from './payment-button';
import { PaymentsTable } from './payments-table';
import { Figure } from './simulation-panel';
import { SplitChart } from './split-chart';
import { SplitLinesTable } from './split-lines-table';

/** An approved (frozen) split: what was decided, for whom and why, what was paid and what remains. */
export function SplitView({ split, onChange }: { split: SplitDetail; onChange: (split: SplitDetail) => void }) {
  const t = useT();
  const format = useFormat();
  const ability = useAppAbility();
  const [version, setVersion] = useState(0);
  const canPay = ability.can('pay', asSubject('Split', split));
  const result = split.result!;
  const paid = result.lines.reduce((s, l) => s + (l.paidCents ?? 0), 0);
  const allocated = result.lines.reduce((s, l) => s + l.amountCents, 0);
  const changed = (next: SplitDetail) => {
    onChange(next);
    setVersion((v) => v + 1);
  };
  const seesAll = result.lines.length === split.organisationCount;

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('splits.section.decision')}
          </Title>
          <DataList>
            <FieldValue label={t('splits.field.rule')}>{t(`splits.rule.${split.rule}`)}</FieldValue>
            <FieldValue label={t('splits.field.total')}>{format.cents(split.totalCents)}</FieldValue>
            {split.setAsides.map((s) => (
              <FieldValue key={s.label} label={`${t('splits.setAside')} — ${s.label}`}>
                {format.cents(s.amountCents)}
              </FieldValue>
            ))}
            {split.baseCents !== null && (
              <FieldValue label={t('splits.field.base')}>{format.cents(split.baseCents)}</FieldValue>
            )}
            {PROPORTIONAL_RULES.includes(split.rule) && (
              <FieldValue label={t('splits.section.contributions')}>
                {t('splits.periodText', {
                  from: format.date(split.periodFrom) || '…',
                  to: format.date(split.periodTo) || '…',
                })}
                {split.typeWeights &&
                  ` · ${split.typeWeights.map((w) => `${t(`contributions.type.${w.type}`)} ${w.weightBp / 100} %`).join(', ')}`}
              </FieldValue>
            )}
            {split.sources.map((s) => (
              <FieldValue
                key={s.grantId}
                label={t('splits.source')}
              >{`${s.grantTitle ?? s.grantId} (${s.funderName ?? ''}) — ${format.cents(s.amountCents)}`}</FieldValue>
            ))}
            <FieldValue label={t('splits.approvedBy')}>
              {t('splits.approvedByText', { name: split.approvedByName ?? '—', at: format.dateTime(split.approvedAt) })}
            </FieldValue>
            {split.copilDecision && (
              <FieldValue label={t('splits.copilDecision')}>
                <Anchor
                  component={Link}
                  href={`/decisions/${split.copilDecision.id}`}
                  inherit
                  data-testid="split-decision-link"
                >
                  {t('splits.decisionText', {
                    number: split.copilDecision.number,
                    title: split.copilDecision.title,
                    date: format.date(split.copilDecision.decidedOn),
                  })}
                </Anchor>
              </FieldValue>
            )}
            {split.notes && <FieldValue label={t('splits.field.notes')}>{split.notes}</FieldValue>}
          </DataList>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t(seesAll ? 'splits.section.payments' : 'splits.section.yourShare')}
          </Title>
          <SimpleGrid cols={3} mb="md">
            <Figure label={t('splits.allocated')} value={format.cents(allocated)} />
            <Figure label={t('splits.line.paid')} value={format.cents(paid)} testId="split-paid-total" />
            <Figure label={t('splits.line.remaining')} value={format.cents(allocated - paid)} />
          </SimpleGrid>
          {seesAll && (
            <Button
              component="a"
              href={splitsApi.exportUrl(split.id)}
              variant="default"
              size="xs"
              leftSection={<IconFileSpreadsheet size={14} aria-hidden />}
            >
              {t('splits.exportCsv')}
            </Button>
          )}
        </Paper>
      </SimpleGrid>

      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('splits.section.shares')}
        </Title>
        <Stack>
          {seesAll && <SplitChart lines={result.lines} />}
          <SplitLinesTable
            rule={split.rule}
            lines={result.lines}
            withPayments
            caption={t('splits.section.shares')}
            href={(l) => `/splits/${split.id}/statements/${l.organisationId}`}
            actions={canPay ? (l) => <PaymentButton split={split} line={l} onDone={changed} /> : undefined}
          />
          {!seesAll && (
            <Text size="xs" c="dimmed">
              {t('splits.onlyYourLine', { count: split.organisationCount })}
            </Text>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            {t('splits.payments')}
          </Title>
          <Can I="read" a="SplitPayment">
            <ExportButton
              path="/splits/payments/export"
              file="versements"
              query={{ splitId: split.id }}
              xlsx
              testId="split-payments-export"
            />
          </Can>
        </Group>
        <PaymentsTable split={split} canPay={canPay} onChange={changed} />
      </Paper>

      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('splits.ledger')}
        </Title>
        <LedgerTable splitId={split.id} version={version} />
      </Paper>
    </Stack>
  );
}
