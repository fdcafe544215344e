'use client';

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
import type { ReportLine } from '@/features/funding/types';

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
  const rows = (lines: ReportLine[], total?: ReportLine) => (
    <>
      {lines.map((l, i) => (
        <Table.Tr key={i}>
          <Table.Td>{l.account}</Table.Td>
          <Table.Td>{l.category ? t(`funding.category.${l.category}`) : ''}</Table.Td>
          <Table.Td>{l.label}</Table.Td>
          <Table.Td {...AMOUNT}>{amount(l.plannedCents)}</Table.Td>
          <Table.Td {...AMOUNT}>{amount(l.actualCents)}</Table.Td>
          <Table.Td {...AMOUNT}>{amount(l.gapCents)}</Table.Td>
          <Table.Td {...AMOUNT}>{formatShare(l.realisedShare, locale)}</Table.Td>
        </Table.Tr>
      ))}
      {total && (
        <Table.Tr fw={700}>
          <Table.Td colSpan={3}>{total.label}</Table.Td>
          <Table.Td {...AMOUNT}>{amount(total.plannedCents)}</Table.Td>
          <Table.Td {...AMOUNT}>{amount(total.actualCents)}</Table.Td>
          <Table.Td {...AMOUNT}>{amount(total.gapCents)}</Table.Td>
          <Table.Td {...AMOUNT}>{formatShare(total.realisedShare, locale)}</Table.Td>
        </Table.Tr>
      )}
    </>
  );
  const head = (
    <Table.Thead>
      <Table.Tr>
        <Table.Th w={80}>{t('funding.report.account')}</Table.Th>
        <Table.Th w={170}>{t('funding.budget.category')}</Table.Th>
        <Table.Th>{t('funding.budget.label')}</Table.Th>
        <Table.Th w={130} ta="right">
          {t('funding.report.planned')}
        </Table.Th>
        <Table.Th w={130} ta="right">
          {t('funding.report.actual')}
        </Table.Th>
        <Table.Th w={130} ta="right">
          {t('funding.report.gap')}
        </Table.Th>
        <Table.Th w={80} ta="right">
          {t('funding.report.realised')}
        </Table.Th>
      </Table.Tr>
    </Table.Thead>
  );

  return (
    <>
      <style>{PRINT_CSS}</style>
      <PageHeader
        title={t('funding.report.title')}
        description={t('funding.report.subtitle')}
        actions={
          <Group gap="xs" data-print="hide">
            <Button
              variant="default"
              component="a"
              href={grantsApi.financialReportCsvUrl(id)}
              download
              leftSection={<IconDownload size={16} aria-hidden />}
              data-testid="report-csv"
            >
              {t('funding.report.csv')}
            </Button>
            <Button onClick={() => window.print()} leftSection={<IconPrinter size={16} aria-hidden />}>
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
        <section>
          <Title order={3} size="h5" mb="xs">
            {t('funding.report.charges')}
          </Title>
          <Table.ScrollContainer minWidth={760}>
            <Table striped withTableBorder layout="fixed" aria-label={t('funding.report.charges')}>
              {head}
              <Table.Tbody>{rows(r.charges, r.chargesTotal)}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
        <section>
          <Title order={3} size="h5" mb="xs">
            {t('funding.report.resources')}
          </Title>
          <Table.ScrollContainer minWidth={760}>
            <Table striped withTableBorder layout="fixed" aria-label={t('funding.report.resources')}>
              {head}
              <Table.Tbody>{rows(r.resources, r.resourcesTotal)}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
        <section>
          <Title order={3} size="h5" mb="xs">
            {t('funding.report.inKind')}
          </Title>
          <Table.ScrollContainer minWidth={760}>
            <Table withTableBorder layout="fixed" aria-label={t('funding.report.inKind')}>
              {head}
              <Table.Tbody>{rows([r.inKind])}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="sm" mt="xs" data-testid="report-cofinancing">
            {t('funding.report.cofinancing', {
              own: format.cents(r.cofinancing.ownFundsCents),
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
