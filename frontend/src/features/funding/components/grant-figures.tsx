'use client';

import { Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useFormat, useLocale, useT } from '@/lib/i18n/provider';
import { formatShare } from '../money';
import type { GrantDetail } from '../types';

function Figure({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId?: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** The grant's money at a glance: asked, granted, received, still to come, spent against the budget, co-financing. */
export function GrantFigures({ grant }: { grant: GrantDetail }) {
  const t = useT();
  const format = useFormat();
  const [locale] = useLocale();
  const f = grant.figures;
  const spent = f.spentShare === null ? null : Math.min(100, f.spentShare * 100);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
        <Figure
          label={t('funding.figure.requested')}
          value={format.cents(grant.amountRequestedCents)}
          testId="figure-requested"
        />
        <Figure
          label={t('funding.figure.granted')}
          value={grant.amountGrantedCents === null ? '—' : format.cents(grant.amountGrantedCents)}
          testId="figure-granted"
        />
        <Figure label={t('funding.figure.received')} value={format.cents(f.receivedCents)} testId="figure-received" />
        <Figure
          label={t('funding.figure.toCome')}
          value={format.cents(f.toComeCents)}
          hint={
            f.overdueInstalments
              ? t('funding.figure.overdueCount', { n: f.overdueInstalments })
              : f.unscheduledCents
                ? t('funding.figure.unscheduled', { amount: format.cents(f.unscheduledCents) })
                : undefined
          }
          testId="figure-to-come"
        />
        <Figure
          label={t('funding.figure.spent')}
          value={format.cents(f.spentCents)}
          hint={t('funding.figure.ofPlanned', { amount: format.cents(f.plannedCents) })}
          testId="figure-spent"
        />
        <Figure
          label={t('funding.figure.cofinancing')}
          value={formatShare(f.cofinancingRatio, locale)}
          hint={t('funding.figure.cofinancingHint', {
            own: format.cents(f.ownFundsCents),
            inKind: format.cents(f.inKindCents),
          })}
          testId="figure-cofinancing"
        />
      </SimpleGrid>
      {spent !== null && (
        <Progress.Root
          size="lg"
          aria-label={t('funding.figure.spentShare', { share: formatShare(f.spentShare, locale) })}
        >
          <Progress.Section value={spent} color={f.spentShare! > 1 ? 'red' : 'teal'}>
            <Progress.Label>{formatShare(f.spentShare, locale)}</Progress.Label>
          </Progress.Section>
        </Progress.Root>
      )}
    </Stack>
  );
}
