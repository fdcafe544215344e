'use client';

import Link from 'next/link';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { sourcesApi } from '../api';
import { HealthBadge, StepBadge } from './source-badges';

/** An organisation's sources of the map, with their step and health (only those the reader may read). */
export function OrganisationSources({ organisationId }: { organisationId: string }) {
  const t = useT();
  const list = useApiData((signal) => sourcesApi.list({ organisationId, pageSize: 50 }, signal), [organisationId]);
  const items = list.data?.items ?? [];
  return (
    <Paper withBorder p="md" data-testid="organisation-sources">
      <Title order={2} size="h4" mb="sm">
        {t('sources.ofOrganisation')}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">{t('sources.none')}</Text>
      ) : (
        <Stack gap="xs">
          {items.map((s) => (
            <Group key={s.id} justify="space-between">
              <Anchor component={Link} href={`/sources/${s.id}`}>
                {s.name}
              </Anchor>
              <Group gap="xs">
                <StepBadge step={s.step} />
                <HealthBadge health={s.health} />
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
