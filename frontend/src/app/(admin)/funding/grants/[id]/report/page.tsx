'use client';

import { Fragment } from 'react';
import Link from 'next/link';
import { useParams } from 'next/navigation';
import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { useFormat, useLocale, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { grantsApi } from '@/features/funding/api';
import { formatShare } from '@/features/funding/money';
import type { ReportLine, ReportSection } from '@/features/funding/types';
import { Can } from '@/lib/ability';

/** Amounts line up on the right and never break across lines. */
const AMOUNT = { ta: 'right', style: { whiteSpace: 'nowrap' } } as const;

// On paper: only the report (no navigation, no buttons), every row kept whole.
const PRINT_CSS = `@media print {
  .mantine-AppShell-header, .mantine-AppShell-navbar, [data-print="hide"] { display: none !important; }
  .mantine-AppShell-main { padding: 0 !important; }
  tr { break-inside: avoid; }
}`;

/** The funder's financial report (CERFA 15059 "compte rendu financier"): to print, or to download as CSV. */
export default function FinancialReportPage() {
  const t = useT();
  const format = useFormat();
  const [locale] = useLocale();
  const { id } = useParams<{ id: string }>();
  const report = useApiData((signal) => grantsApi.financialReport(id, signal), [id, locale]);
  const r = report.data;
  if (!r) return <PageState {...report} />;
  const amount = (cents: number | null) => (cents === null ? '—' : format.cents(cents));
  const cells = (l: ReportLine) => (
    <>
      <Table.Td {...AMOUNT}>{amount(l.plannedCents)}</Table.Td>
      <Table.Td {...AMOUNT}>{amount(l.actualCents)}</Table.Td>
      <Table.Td {...AMOUNT}>{amount(l.gapCents)}</Table.Td>
      <Table.Td {...AMOUNT}>{formatShare(l.realisedShare, locale)}</Table.Td>
      <Table.Td fz="xs">{l.gapNote}</Table.Td>
    </>
  );
  // Each account by nature on a row of its own, its lines under it, then the section's total (as on the form).
  const rows = (s: ReportSection) => (
    <>
      {s.groups.map((g) => (
        <Fragment key={g.account || 'own'}>
          <Table.Tr fw={600} bg="var(--mantine-color-gray-light)">
            <Table.Td>{g.account}</Table.Td>
            <Table.Td colSpan={2}>{g.account ? g.label : t('funding.report.ownFunds')}</Table.Td>
            {cells(g.total)}
          </Table.Tr>
          {g.lines.map((l, i) => (
            <Table.Tr key={i}>
              <Table.Td />
              <Table.Td>{l.category ? t(`funding.category.${l.category}`) : ''}</Table.Td>
              <Table.Td>{l.label}</Table.Td>
              {cells(l)}
            </Table.Tr>
          ))}
        </Fragment>
      ))}
      <Table.Tr fw={700}>
        <Table.Td colSpan={3}>{s.total.label}</Table.Td>
        {cells(s.total)}
      </Table.Tr>
    </>
  );
  const head = (
    <Table.Thead>
      <Table.Tr>
        <Table.Th w={70}>{t('funding.report.account')}</Table.Th>
        <Table.Th w={140}>{t('funding.budget.category')}</Table.Th>
        <Table.Th>{t('funding.budget.label')}</Table.Th>
        <Table.Th w={120} ta="right">
          {t('funding.report.planned')}
        </Table.Th>
        <Table.Th w={120} ta="right">
          {t('funding.report.actual')}
        </Table.Th>
        <Table.Th w={120} ta="right">
          {t('funding.report.gap')}
        </Table.Th>
        <Table.Th w={60} ta="right">
          {t('funding.report.realised')}
        </Table.Th>
        <Table.Th w={200}>{t('funding.report.explanation')}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
  const table = (label: string, s: ReportSection) => (
    <section>
      <Title order={3} size="h5" mb="xs">
        {label}
      </Title>
      <Table.ScrollContainer minWidth={980}>
        <Table withTableBorder layout="fixed" aria-label={label}>
          {head}
          <Table.Tbody>{rows(s)}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
  const download = (format: 'csv' | 'pdf' | 'xlsx', label: string, primary = false) => (
    <Button
      variant={primary ? 'filled' : 'default'}
      component="a"
      href={grantsApi.financialReportUrl(id, format)}
      download
      leftSection={<IconDownload size={16} aria-hidden />}
      data-testid={`report-${format}`}
    >
      {label}
    </Button>
  );

  return (
    <>
      <style>{PRINT_CSS}</style>
      <PageHeader
        title={t('funding.report.title')}
        description={t('funding.report.subtitle')}
        actions={
          <Group gap="xs" data-print="hide">
            <Can I="read" a="FunderReport">
              {download('pdf', t('funding.report.pdf'), true)}
              {download('xlsx', t('funding.report.xlsx'))}
            </Can>
            {download('csv', t('funding.report.csv'))}
            <Button
              variant="default"
              onClick={() => window.print()}
              leftSection={<IconPrinter size={16} aria-hidden />}
            >
              {t('funding.report.print')}
            </Button>
          </Group>
        }
      />
      <Stack gap="lg" data-testid="financial-report">
        <Paper withBorder p="md">
          <Title order={2} size="h4">
            <Anchor component={Link} href={`/funding/grants/${r.grant.id}`} inherit>
              {r.grant.title}
            </Anchor>
          </Title>
          <Text size="sm">
            {t('funding.report.grantLine', {
              funder: r.grant.funderName,
              period: `${format.date(r.grant.startsOn) || '…'} – ${format.date(r.grant.endsOn) || '…'}`,
              amount: format.cents(r.grant.amountGrantedCents ?? r.grant.amountRequestedCents),
            })}
          </Text>
          {r.grant.reference && (
            <Text size="sm" c="dimmed">
              {t('funding.grant.field.reference')} : {r.grant.reference}
            </Text>
          )}
        </Paper>
        {table(t('funding.report.charges'), r.charges)}
        {table(t('funding.report.products'), r.products)}
        <section>
          <Title order={3} size="h5" mb="xs">
            {t('funding.report.belowTheLine')}
          </Title>
          <Stack gap="sm">
            {table(r.inKindCharges.groups[0].label, r.inKindCharges)}
            {table(r.inKindProducts.groups[0].label, r.inKindProducts)}
          </Stack>
          <Text size="sm" mt="xs" data-testid="report-cofinancing">
            {t('funding.report.cofinancing', {
              own: format.cents(r.cofinancing.ownFundsCents),
              others: format.cents(r.cofinancing.otherFundersCents),
              inKind: format.cents(r.cofinancing.inKindCents),
              grant: format.cents(r.cofinancing.grantCents),
              ratio: formatShare(r.cofinancing.ratio, locale),
            })}
          </Text>
        </section>
        <Text size="xs" c="dimmed">
          {t('funding.report.generated', { date: format.date(r.generatedOn) })}
        </Text>
      </Stack>
    </>
  );
}
