'use client';

import Link from 'next/link';
import { Anchor, Group, Progress, Stack, Text } from '@mantine/core';
import { useLocale, useT } from '@/lib/i18n/provider';
import type { MissionMonthHome } from '../types';
import { SectionCard } from '@/components/section-card';

/** A contractor's missions: days used this month against the month's budget, and over the whole mission. */
export function MissionsPanel({ missions }: { missions: MissionMonthHome[] }) {
  const t = useT();
  const [locale] = useLocale();
  // Days as the mission pages show them: two decimals at most, the language's decimal separator.
  const days = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
  return (
    <SectionCard title={t('home.missions.title')} testId="home-missions">
      {missions.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('home.missions.none')}
        </Text>
      )}
      <Stack gap="md">
        {missions.map((m) => {
          const share = m.budgetedDays ? m.usedDays / m.budgetedDays : 0;
          return (
            <div key={m.missionId} data-testid={`home-mission-${m.missionId}`}>
              <Group justify="space-between" wrap="nowrap">
                <Anchor component={Link} href={`/missions/${m.missionId}`} fw={600} size="sm">
                  {m.title}
                </Anchor>
                <Text size="sm" data-testid="home-mission-month">
                  {t('home.missions.month', { used: days(m.usedDays), budget: days(m.budgetedDays) })}
                </Text>
              </Group>
              <Progress value={Math.min(100, share * 100)} color={share > 1 ? 'red' : 'teal'} size="lg" my={4} />
              <Text size="xs" c="dimmed">
                {t('home.missions.total', { used: days(m.totalUsedDays), budget: days(m.totalBudgetedDays) })}
              </Text>
            </div>
          );
        })}
      </Stack>
    </SectionCard>
  );
}
