'use client';

import { Group, Progress, Stack, Text } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';

interface Totals {
  raisedCents: number;
  goalCents: number | null;
  donorsCount: number;
}

/** How far a campaign is: the amount raised against its goal, and how many gave (admin and public pages). */
export function CampaignProgress({ campaign, size = 'md' }: { campaign: Totals; size?: 'md' | 'xl' }) {
  const t = useT();
  const format = useFormat();
  const { raisedCents, goalCents, donorsCount } = campaign;
  const percent = goalCents ? Math.floor((raisedCents * 100) / goalCents) : null;
  return (
    <Stack gap={6} data-testid="campaign-progress">
      <Group justify="space-between" gap="xs" align="baseline">
        <Text fw={700} size={size === 'xl' ? '1.6rem' : 'md'}>
          {t('donations.progress.raised', { raised: format.cents(raisedCents) })}
          {goalCents ? (
            <Text span c="dimmed" fw={400} size={size === 'xl' ? 'lg' : 'sm'}>
              {' '}
              {t('donations.progress.ofGoal', { goal: format.cents(goalCents) })}
            </Text>
          ) : null}
        </Text>
        <Text size="sm" c="dimmed">
          {t('donations.progress.donors', { count: donorsCount })}
        </Text>
      </Group>
      {percent !== null && (
        <>
          <Progress
            value={Math.min(percent, 100)}
            size={size === 'xl' ? 'xl' : 'md'}
            color="teal"
            aria-label={t('donations.progress.percent', { percent })}
          />
          <Text size="xs" c="dimmed">
            {t('donations.progress.percent', { percent })}
          </Text>
        </>
      )}
    </Stack>
  );
}
