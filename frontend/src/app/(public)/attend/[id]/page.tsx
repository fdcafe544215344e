'use client';

import { useParams } from 'next/navigation';
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { parisParts } from '@/lib/paris-time';
import { PageState } from '@/components/page-state';
import { publicEventsApi } from '@/features/events/api';
import { RegistrationForm } from '@/features/events/components/registration-form';

/** Public: the registration page of an open training or gathering (no login, nothing about who registered). */
export default function AttendPage() {
  const t = useT();
  const format = useFormat();
  const { id } = useParams<{ id: string }>();
  const event = useApiData((signal) => publicEventsApi.get(id, signal), [id]);
  const e = event.data;
  if (!e) return <PageState {...event} />;
  return (
    <Stack>
      <title>{`${e.title} · Maillage`}</title>
      <Text c="dimmed" size="sm">
        {t(`events.kind.${e.kind}`)} · {t(`events.mode.${e.mode}`)}
      </Text>
      <Title order={1} size="h2">
        {e.title}
      </Title>
      <Text fw={500}>
        {t('events.public.when', { start: format.dateTime(e.startsAt), end: parisParts(e.endsAt).time })}
      </Text>
      {e.place && <Text>{e.place}</Text>}
      {e.trainer && <Text>{t('events.public.trainer', { name: e.trainer })}</Text>}
      {e.description && <Text style={{ whiteSpace: 'pre-line' }}>{e.description}</Text>}
      {e.placesLeft > 0 ? (
        <Text data-testid="places-left">{t('events.public.placesLeft', { count: e.placesLeft })}</Text>
      ) : (
        <Alert color="orange" data-testid="places-full">
          {t('events.public.full')}
        </Alert>
      )}
      <RegistrationForm eventId={e.id} />
    </Stack>
  );
}
