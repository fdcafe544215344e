'use client';

import { Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { Can } from '@/lib/ability';
import { useFormat, useLocale, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { errorText } from '@/lib/notify';
import { PageHeader } from '@/components/page-header';
import { FormAlert } from '@/components/form-alert';
import { OrganisationSelect } from '@/features/organisations/components/organisation-select';
import { inKindApi } from '@/features/contributions/api';
import { AccountMapping } from '@/features/contributions/components/account-mapping';
import type { AccountTotal } from '@/features/contributions/types';

/** Printing keeps the statement only: the navigation, filters and buttons stay on screen. */
const PRINT_CSS = `@media print { header, nav, [data-print="hide"] { display: none !important; } main { padding: 0 !important; } }`;

/** The yearly statement of « contributions volontaires en nature » (accounts 86 and 87), for the network or one
 *  organisation. */
export default function InKindStatementPage() {
  const t = useT();
  const format = useFormat();
  const [locale] = useLocale();
  const lastYear = new Date().getFullYear() - 1;
  const [query, setQuery] = useUrlQuery({ year: String(lastYear), organisationId: '' });
  const year = Number(query.year) || lastYear;
  const statement = useApiData(
    (signal) => inKindApi.statement(year, query.organisationId || undefined, signal),
    [year, query.organisationId],
  );
  const accounts = useApiData((signal) => inKindApi.accounts(signal), []);
  const s = statement.data;
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 });
  const years = Array.from({ length: 6 }, (_, i) => String(lastYear + 1 - i));

  const side = (title: string, rows: AccountTotal[], testId: string) => (
    <Table withTableBorder data-testid={testId} aria-label={title}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('contributions.statement.account')}</Table.Th>
          <Table.Th>{title}</Table.Th>
          <Table.Th ta="right">{t('contributions.statement.amount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.account}>
            <Table.Td>{r.account}</Table.Td>
            <Table.Td>{r.label}</Table.Td>
            <Table.Td ta="right">{format.cents(r.valueCents)}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr fw={700}>
          <Table.Td colSpan={2}>{t('contributions.statement.total')}</Table.Td>
          <Table.Td ta="right">{format.cents(s?.totalCents ?? 0)}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );

  return (
    <>
      <style>{PRINT_CSS}</style>
      <PageHeader
        title={t('contributions.statement.heading', {
          year,
          who: s?.organisationName ?? t('contributions.statement.network'),
        })}
        description={t('contributions.statement.intro')}
        actions={
          <Group gap="xs" data-print="hide">
            <Button
              variant="default"
              component="a"
              href={inKindApi.statementCsvUrl(year, query.organisationId || undefined)}
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              {t('contributions.statement.csv')}
            </Button>
            <Button
              variant="default"
              onClick={() => window.print()}
              leftSection={<IconPrinter size={16} aria-hidden />}
            >
              {t('contributions.statement.print')}
            </Button>
          </Group>
        }
      />
      <Group mb="lg" data-print="hide" align="flex-end">
        <Select
          label={t('contributions.statement.year')}
          data={years}
          value={String(year)}
          allowDeselect={false}
          onChange={(v) => setQuery({ year: v ?? String(lastYear) })}
          w={140}
        />
        <OrganisationSelect
          label={t('contributions.field.organisation')}
          placeholder={t('contributions.statement.network')}
          clearable
          w={320}
          value={query.organisationId || null}
          onChange={(v) => setQuery({ organisationId: v ?? '' })}
        />
      </Group>
      <FormAlert message={statement.error && errorText(t, statement.error)} />
      {s && (
        <Stack gap="lg" data-testid="in-kind-statement">
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('contributions.statement.byType')}
            </Title>
            <Table.ScrollContainer minWidth={640}>
              <Table striped aria-label={t('contributions.statement.byType')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('contributions.field.type')}</Table.Th>
                    <Table.Th>{t('contributions.field.quantity')}</Table.Th>
                    <Table.Th>{t('contributions.statement.charges')}</Table.Th>
                    <Table.Th>{t('contributions.statement.products')}</Table.Th>
                    <Table.Th ta="right">{t('contributions.statement.amount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.lines.map((l) => (
                    <Table.Tr key={l.type}>
                      <Table.Td>{t(`contributions.type.${l.type}`)}</Table.Td>
                      <Table.Td>
                        {l.quantities
                          .filter((q) => q.unit !== 'euro')
                          .map((q) => `${number.format(q.quantity)} ${t(`contributions.unitShort.${q.unit}`)}`)
                          .join(', ') || '—'}
                      </Table.Td>
                      <Table.Td>
                        {l.chargeAccount} {l.chargeLabel}
                      </Table.Td>
                      <Table.Td>
                        {l.productAccount} {l.productLabel}
                      </Table.Td>
                      <Table.Td ta="right">{format.cents(l.valueCents)}</Table.Td>
                    </Table.Tr>
                  ))}
                  {s.lines.length === 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={5}>
                        <Text c="dimmed" ta="center">
                          {t('contributions.statement.empty')}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
          <Group grow align="flex-start" wrap="wrap">
            {side(t('contributions.statement.charges'), s.charges, 'statement-charges')}
            {side(t('contributions.statement.products'), s.products, 'statement-products')}
          </Group>
          {s.excluded.map((e) => (
            <Text key={e.type} size="sm" c="dimmed">
              {t('contributions.statement.excluded', {
                type: t(`contributions.type.${e.type}`),
                value: format.cents(e.valueCents),
              })}
            </Text>
          ))}
        </Stack>
      )}
      <Can I="update" a="InKindAccount">
        <Paper withBorder p="md" mt="xl" data-print="hide">
          <Title order={2} size="h4" mb="sm">
            {t('contributions.statement.mapping')}
          </Title>
          {accounts.data && (
            <AccountMapping
              accounts={accounts.data}
              onSaved={() => {
                accounts.reload();
                statement.reload();
              }}
            />
          )}
        </Paper>
      </Can>
    </>
  );
}
