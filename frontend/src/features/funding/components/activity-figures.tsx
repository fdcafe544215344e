'use client';

import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import type { MessageKey } from '@/lib/i18n/keys';
import type { ActivityReport } from '../types';

/** What the app knows of the period, at a glance: what the draft was written from. */
export function ActivityFigures({ report }: { report: ActivityReport }) {
  const t = useT();
  const format = useFormat();
  const f = report.figures;
  const figures: [MessageKey, string][] = [
    ['funding.activity.meetings', String(f.meetingsHeld)],
    ['funding.activity.decisions', String(f.decisionsAdopted)],
    ['funding.activity.contributions', format.cents(f.contributionsValueCents)],
    ['funding.activity.volunteers', String(f.volunteersWelcomed)],
    ['funding.activity.newsletters', String(f.newslettersSent)],
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} data-testid="activity-figures">
      {figures.map(([label, value]) => (
        <Paper key={label} withBorder p="sm">
          <Text size="xs" c="dimmed">
            {t(label)}
          </Text>
          <Text fw={700} size="lg">
            {value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
