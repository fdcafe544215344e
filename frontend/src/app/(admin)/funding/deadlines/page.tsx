'use client';

import { SegmentedControl, Stack } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { errorText } from '@/lib/notify';
import { FormAlert } from '@/components/form-alert';
import { PageHeader } from '@/components/page-header';
import { fundingApi } from '@/features/funding/api';
import { AlertsList } from '@/features/funding/components/alerts-list';
import { DeadlinesTable } from '@/features/funding/components/deadlines-table';
import { FundingTabs } from '@/features/funding/components/funding-tabs';

const WINDOWS = ['14', '42', '90', '180'];

/** Everything due in the coming weeks (applications, reports, expected instalments), and what is already late. */
export default function DeadlinesPage() {
  const t = useT();
  const [query, setQuery] = useUrlQuery({ days: '42' });
  const days = WINDOWS.includes(query.days) ? Number(query.days) : 42;
  const deadlines = useApiData((signal) => fundingApi.deadlines(days, signal), [days]);
  const alerts = useApiData((signal) => fundingApi.alerts(signal), []);
  return (
    <>
      <PageHeader title={t('nav.funding')} description={t('funding.deadlines.intro')} />
      <FundingTabs />
      <Stack gap="md">
        <AlertsList alerts={alerts.data ?? []} />
        <SegmentedControl
          value={String(days)}
          onChange={(value) => setQuery({ days: value })}
          aria-label={t('funding.deadlines.window')}
          data={WINDOWS.map((value) => ({
            value,
            label: t('funding.deadlines.weeks', { n: Math.round(Number(value) / 7) }),
          }))}
          style={{ alignSelf: 'flex-start' }}
        />
        <FormAlert message={deadlines.error && errorText(t, deadlines.error)} />
        <DeadlinesTable deadlines={deadlines.data} loading={deadlines.loading} />
      </Stack>
    </>
  );
}
