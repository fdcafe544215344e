'use client';

import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useAppAbility } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { notifyError, notifySuccess } from '@/lib/notify';
import { parisToday } from '@/lib/paris-time';
import { useApiData } from '@/lib/use-api-data';
import { Allowed } from '@/components/allowed';
import { PageHeader } from '@/components/page-header';
import { donationsApi } from '@/features/donations/api';
import { DeclarationPanel } from '@/features/donations/components/declaration-panel';
import { DonationsTabs } from '@/features/donations/components/donations-tabs';
import { ReceiptsTable } from '@/features/donations/components/receipts-table';
import { SettingsForm } from '@/features/donations/components/settings-form';

const PAGE_SIZE = 20;

/** Tax receipts: the yearly summaries, every receipt issued, the year's declaration and the receipts' settings. */
export default function ReceiptsPage() {
  return (
    <Allowed can={['read', 'TaxReceipt']}>
      <ReceiptsView />
    </Allowed>
  );
}

function ReceiptsView() {
  const t = useT();
  const ability = useAppAbility();
  const thisYear = Number(parisToday().slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  const [year, setYear] = useState(thisYear);
  const [page, setPage] = useState(1);
  const receipts = useApiData(
    (signal) => donationsApi.receipts({ year, page, pageSize: PAGE_SIZE, order: 'desc' }, signal),
    [year, page],
  );
  const settings = useApiData((signal) => donationsApi.settings(signal), []);
  const [issuing, setIssuing] = useState(false);
  const enabled = settings.data?.receiptsEnabled;

  const issueYearly = async () => {
    setIssuing(true);
    try {
      const issued = await donationsApi.issueReceipts({ kind: 'yearly', year });
      notifySuccess(t('donations.receipt.issued', { count: issued.receipts.length }));
      receipts.reload();
    } catch (error) {
      notifyError(t, error);
    } finally {
      setIssuing(false);
    }
  };

  return (
    <>
      <PageHeader title={t('nav.donations')} description={t('donations.intro')} />
      <DonationsTabs />
      <Stack gap="lg">
        {enabled === false && (
          <Alert color="yellow" data-testid="receipts-disabled">
            {t('donations.receipt.disabled')}
          </Alert>
        )}
        <DeclarationPanel year={year} years={years} onYear={(y) => (setYear(y), setPage(1))} />
        {ability.can('issue', 'TaxReceipt') && enabled && (
          <Paper withBorder p="md">
            <Group justify="space-between">
              <div>
                <Title order={2} size="h4">
                  {t('donations.receipt.yearlyTitle')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('donations.receipt.yearlyHelp')}
                </Text>
              </div>
              <Button loading={issuing} onClick={() => void issueYearly()} data-testid="receipts-yearly">
                {t('donations.receipt.yearlyIssue', { year })}
              </Button>
            </Group>
          </Paper>
        )}
        <ReceiptsTable
          receipts={receipts.data?.items}
          loading={receipts.loading}
          onChanged={receipts.reload}
          pagination={{ page, pageSize: PAGE_SIZE, total: receipts.data?.total ?? 0, onPage: setPage }}
        />
        {settings.data && ability.can('update', 'DonationSettings') && (
          <SettingsForm settings={settings.data} onSaved={settings.setData} />
        )}
      </Stack>
    </>
  );
}
