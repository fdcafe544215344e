'use client';

import Link from 'next/link';
import { Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { PageState } from '@/components/page-state';
import { homeApi } from '../api';
import type { Home } from '../types';
import { CoordinatorWaiting } from './coordinator-home';
import { LedGroupsPanel, MemberGroupsPanel } from './groups-home';
import { HomeTile } from './home-tile';
import { MissionsPanel } from './missions-home';
import { OrganisationPanel } from './organisation-home';
import { SectionCard } from '@/components/section-card';

/**
 * What waits for the signed-in person, from the API's home (each figure counted by the list it opens, with their
 * rights): the coordinator's queues, a COPIL member's organisation, a lead's groups, a contractor's missions, a
 * volunteer's groups; for everyone, their actions, their unread notifications and their next meetings.
 */
export function RoleHome() {
  const home = useApiData((signal) => homeApi.get(signal), []);
  if (!home.data) return <PageState {...home} />;
  return <HomeView h={home.data} />;
}

function HomeView({ h }: { h: Home }) {
  const t = useT();
  return (
    <Stack gap="lg" mb="lg" data-testid="role-home">
      {h.coordinator && <CoordinatorWaiting c={h.coordinator} />}
      {h.organisations.map((o) => (
        <OrganisationPanel key={o.organisationId} o={o} />
      ))}
      {h.ledGroups.length > 0 && <LedGroupsPanel groups={h.ledGroups} />}
      {h.missions.length > 0 && <MissionsPanel missions={h.missions} />}
      {(h.memberGroups.length > 0 || h.ledGroups.length === 0) && !h.coordinator && (
        <MemberGroupsPanel groups={h.memberGroups} />
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <HomeTile
          label={t('home.actions')}
          value={String(h.actionsPending)}
          detail={h.actionsOverdue > 0 ? t('home.actions.overdue', { count: h.actionsOverdue }) : undefined}
          alert={h.actionsOverdue > 0}
          href="/my-actions?show=pending"
          testId="home-actions"
        />
        <HomeTile
          label={t('home.notifications')}
          value={String(h.unreadNotifications)}
          href="/notifications"
          testId="home-notifications"
        />
        <NextMeetings h={h} />
      </SimpleGrid>
    </Stack>
  );
}

function NextMeetings({ h }: { h: Home }) {
  const t = useT();
  const format = useFormat();
  return (
    <SectionCard title={t('home.meetings')} testId="home-meetings">
      {h.nextMeetings.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('home.meetings.none')}
        </Text>
      ) : (
        <Stack gap={4}>
          {h.nextMeetings.map((m) => (
            <Group key={m.id} gap="xs" wrap="nowrap" justify="space-between">
              <Anchor component={Link} href={`/meetings/${m.id}`} size="sm" truncate>
                {m.title}
              </Anchor>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {format.dateTime(m.startsAt)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
