'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useParams } from 'next/navigation';
import { Anchor, Badge, Button, DataList, Modal, Paper, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { parisParts } from '@/lib/paris-time';
import { notifyError } from '@/lib/notify';
import { PageHeader } from '@/components/page-header';
import { FieldValue } from '@/components/field-value';
import { PageState } from '@/components/page-state';
import { eventsApi } from '@/features/events/api';
import { RegistrationsTable } from '@/features/events/components/registrations-table';
import { EventForm } from '@/features/events/components/event-form';

export default function EventPage() {
  const t = useT();
  const format = useFormat();
  const ability = useAppAbility();
  const { id } = useParams<{ id: string }>();
  const event = useApiData((signal) => eventsApi.get(id, signal), [id]);
  const [editing, setEditing] = useState(false);
  const e = event.data;
  if (!e) return <PageState {...event} />;
  const canManage = ability.can('update', asSubject('TrainingEvent', e));
  const publicUrl = `/attend/${e.id}`;

  const toggleOpen = async (registrationOpen: boolean) => {
    try {
      event.setData(await eventsApi.update(e.id, { registrationOpen }));
    } catch (error) {
      notifyError(t, error);
    }
  };

  return (
    <>
      <PageHeader
        title={e.title}
        badges={<Badge variant="light">{t(`events.kind.${e.kind}`)}</Badge>}
        actions={
          canManage && (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setEditing(true)}
              data-testid="event-edit"
            >
              {t('common.edit')}
            </Button>
          )
        }
      />
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('events.edit')} size="lg">
        <EventForm
          event={e}
          onSaved={(saved) => {
            event.setData(saved);
            setEditing(false);
          }}
        />
      </Modal>
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder p="md">
            <DataList>
              <FieldValue label={t('events.field.startsAt')}>
                {`${format.dateTime(e.startsAt)} – ${parisParts(e.endsAt).time}`}
              </FieldValue>
              <FieldValue label={t('events.field.mode')}>{t(`events.mode.${e.mode}`)}</FieldValue>
              <FieldValue label={t('events.field.place')}>{e.place}</FieldValue>
              <FieldValue label={t('events.field.videoLink')}>{e.videoLink}</FieldValue>
              <FieldValue label={t('events.field.audience')}>{t(`events.audience.${e.audience}`)}</FieldValue>
              <FieldValue label={t('events.field.trainer')}>{e.trainer}</FieldValue>
              <FieldValue label={t('events.field.group')}>
                <Anchor component={Link} href={`/working-groups/${e.groupId}`} inherit>
                  {e.groupName}
                </Anchor>
              </FieldValue>
            </DataList>
          </Paper>
          <Paper withBorder p="md" data-testid="event-places">
            <Title order={2} size="h4" mb="sm">
              {t('events.field.places')}
            </Title>
            <Text size="xl" fw={600}>
              {t('events.places', { confirmed: e.confirmed, capacity: e.capacity })}
            </Text>
            <Text c="dimmed">
              {t('events.waitingCount', { count: e.waiting })} · {t('events.attendedCount', { count: e.attended })}
            </Text>
            {canManage && (
              <Switch
                mt="md"
                label={t('events.field.registrationOpen')}
                checked={e.registrationOpen}
                onChange={(ev) => void toggleOpen(ev.currentTarget.checked)}
                data-testid="event-open"
              />
            )}
            {e.registrationOpen && (
              <Text size="sm" mt="sm">
                {t('events.publicPage')}{' '}
                <Anchor component={Link} href={publicUrl} data-testid="event-public-link">
                  {publicUrl}
                </Anchor>
              </Text>
            )}
          </Paper>
        </SimpleGrid>
        {canManage && (
          <>
            <Title order={2} size="h3">
              {t('events.section.registrations')}
            </Title>
            <RegistrationsTable
              eventId={e.id}
              // Counts follow attendance, without reloading the page around the table.
              onChange={() => void eventsApi.get(e.id).then(event.setData, (error) => notifyError(t, error))}
            />
          </>
        )}
      </Stack>
    </>
  );
}
