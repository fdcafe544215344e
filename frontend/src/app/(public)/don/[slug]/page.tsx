'use client';

import { useEffect, useState } from 'react';
import { useParams } from 'next/navigation';
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { PageState } from '@/components/page-state';
import { donationsApi } from '@/features/donations/api';
import { CampaignProgress } from '@/features/donations/components/campaign-progress';

/** The progress is read again this often while the page is open: "live", without hammering the API. */
const REFRESH_MS = 30_000;

/** Public: a campaign's progress (amount raised, donors counted), for campaigns that opted in; no donor data. */
export default function PublicCampaignPage() {
  const t = useT();
  const format = useFormat();
  const { slug } = useParams<{ slug: string }>();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  const campaign = useApiData((signal) => donationsApi.publicCampaign(slug, signal), [slug, tick]);
  const c = campaign.data;
  if (!c) {
    if (campaign.error?.status === 404) return <Alert color="gray">{t('donations.public.notFound')}</Alert>;
    return <PageState {...campaign} />;
  }
  return (
    <Stack data-testid="public-campaign">
      <title>{`${c.name} · Maillage`}</title>
      <Title order={1} size="h2">
        {c.name}
      </Title>
      {c.description && <Text>{c.description}</Text>}
      <CampaignProgress campaign={c} size="xl" />
      {c.endsOn && (
        <Text size="sm" c="dimmed">
          {t('donations.public.until', { date: format.date(c.endsOn) })}
        </Text>
      )}
    </Stack>
  );
}
