'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Anchor, Badge, Button, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { asSubject, Can, useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { DataTable, type Column } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import { eventsApi } from '@/features/events/api';
import { EventForm } from '@/features/events/components/event-form';
import { KitForm } from '@/features/events/components/kit-form';
import type { Kit, TrainingEvent } from '@/features/events/types';

/** Trainings and territorial gatherings (soonest first), the next gathering's due day, and the kits. */
export default function EventsPage() {
  const t = useT();
  const format = useFormat();
  const router = useRouter();
  const [creating, setCreating] = useState(false);
  const [editingKit, setEditingKit] = useState<Kit>();
  const ability = useAppAbility();
  const events = useApiData((signal) => eventsApi.list({ pageSize: 100 }, signal), []);
  const kits = useApiData((signal) => eventsApi.kits(signal), []);

  const columns: Column<TrainingEvent>[] = [
    {
      key: 'title',
      header: t('events.field.title'),
      render: (e) => (
        <Anchor component={Link} href={`/events/${e.id}`} fw={500}>
          {e.title}
        </Anchor>
      ),
    },
    { key: 'kind', header: t('events.field.kind'), render: (e) => t(`events.kind.${e.kind}`) },
    { key: 'startsAt', header: t('events.field.startsAt'), render: (e) => format.dateTime(e.startsAt) },
    { key: 'mode', header: t('events.field.mode'), render: (e) => t(`events.mode.${e.mode}`) },
    {
      key: 'places',
      header: t('events.field.places'),
      render: (e) => (
        <Text size="sm">
          {t('events.places', { confirmed: e.confirmed, capacity: e.capacity })}
          {e.waiting > 0 && (
            <Text span c="orange" size="xs">
              {' '}
              · {t('events.waitingCount', { count: e.waiting })}
            </Text>
          )}
        </Text>
      ),
    },
    {
      key: 'open',
      header: t('events.field.registrationOpen'),
      render: (e) => e.registrationOpen && <Badge variant="light">{t('events.open')}</Badge>,
    },
    { key: 'group', header: t('events.field.group'), render: (e) => e.groupName },
  ];
  const kitColumns: Column<Kit>[] = [
    { key: 'title', header: t('events.kit.title'), render: (k) => k.title },
    { key: 'audience', header: t('events.field.audience'), render: (k) => t(`events.audience.${k.audience}`) },
    { key: 'version', header: t('events.kit.version'), render: (k) => `${k.version} · ${format.date(k.publishedOn)}` },
    {
      key: 'links',
      header: t('events.kit.links'),
      render: (k) =>
        k.links.map((href) => (
          <Anchor key={href} href={href} target="_blank" rel="noreferrer" size="sm" display="block">
            {href}
          </Anchor>
        )),
    },
    { key: 'group', header: t('events.field.group'), render: (k) => k.groupName },
    {
      key: 'edit',
      header: t('common.actions'),
      render: (k) =>
        ability.can('update', asSubject('Kit', k)) && (
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconPencil size={14} aria-hidden />}
            onClick={() => setEditingKit(k)}
            aria-label={t('events.kit.edit', { title: k.title })}
            data-testid="kit-edit"
          >
            {t('common.edit')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.events')}
        actions={
          <Can I="create" a="TrainingEvent">
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setCreating(true)}
              data-testid="event-new"
            >
              {t('events.new')}
            </Button>
          </Can>
        }
      />
      <Stack gap="lg">
        <Can I="create" a="TrainingEvent">
          <GatheringCadence />
        </Can>
        <DataTable
          caption={t('nav.events')}
          columns={columns}
          rows={events.data?.items}
          rowKey={(e) => e.id}
          loading={events.loading}
          empty={t('events.none')}
          minWidth={900}
          testId="events-table"
        />
        <Title order={2} size="h3">
          {t('events.section.kits')}
        </Title>
        <DataTable
          caption={t('events.section.kits')}
          columns={kitColumns}
          rows={kits.data?.items}
          rowKey={(k) => k.id}
          loading={kits.loading}
          empty={t('events.kit.none')}
          testId="kits-table"
        />
      </Stack>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('events.new')} size="lg">
        <EventForm onSaved={(e) => router.push(`/events/${e.id}`)} />
      </Modal>
      {editingKit && (
        <KitForm
          kit={editingKit}
          onClose={() => setEditingKit(undefined)}
          onSaved={(saved) =>
            kits.data &&
            kits.setData({ ...kits.data, items: kits.data.items.map((k) => (k.id === saved.id ? saved : k)) })
          }
        />
      )}
    </>
  );
}

/** The six-month rhythm of the gatherings, as the newsletter page shows its own. */
function GatheringCadence() {
  const t = useT();
  const format = useFormat();
  const cadence = useApiData((signal) => eventsApi.cadence(signal), []);
  const c = cadence.data;
  if (!c?.nextDueOn) return null;
  return (
    <Paper withBorder p="md" data-testid="gathering-cadence">
      <Text>
        {c.planned
          ? t('events.cadence.planned')
          : t('events.cadence.next', { due: format.date(c.nextDueOn), last: format.date(c.lastOn) })}
      </Text>
    </Paper>
  );
}
