'use client';

import { Select } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { donationsApi } from '../api';
import type { Campaign } from '../types';

/**
 * Picks a donation campaign (every signed-in role reads their totals): other features embed it, the newsletter's call
 * for donations for one. `onChange` hands over the campaign itself, for its public page's address.
 */
export function CampaignSelect({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string | null;
  onChange: (campaign: Campaign | null) => void;
  error?: string;
}) {
  const t = useT();
  const campaigns = useApiData((signal) => donationsApi.campaigns(signal), []);
  return (
    <Select
      label={label}
      placeholder={t('donations.gift.field.noCampaign')}
      clearable
      data={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
      value={value}
      onChange={(id) => onChange(campaigns.data?.find((c) => c.id === id) ?? null)}
      error={error}
      data-testid="campaign-select"
    />
  );
}
