'use client';

import { SimpleGrid } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import type { CoordinatorHome } from '../types';
import { HomeTile } from './home-tile';

/** The window of the deadlines page the count was taken over (`DEADLINE_DAYS` in the API's home). */
const DEADLINE_DAYS = 42;

/** What waits for the coordinator: each count opens the list it was counted from, with the same filter. */
export function CoordinatorWaiting({ c }: { c: CoordinatorHome }) {
  const t = useT();
  const format = useFormat();
  const tiles: Parameters<typeof HomeTile>[0][] = [
    {
      label: t('home.toValidate'),
      value: String(c.toValidate.count),
      detail: format.cents(c.toValidate.valueCents),
      href: '/contributions?status=submitted&period=all',
      testId: 'home-to-validate',
    },
    {
      label: t('home.proposals'),
      value: String(c.proposalsToReview),
      href: '/newsletters/proposals?status=pending',
      testId: 'home-proposals',
    },
    {
      label: t('home.invitations'),
      value: String(c.invitationsPending),
      href: '/accounts?invitationPending=true',
      testId: 'home-invitations',
    },
    {
      label: t('home.deadlines'),
      value: String(c.deadlinesSoon),
      detail: t('home.alerts', { count: c.fundingAlerts }),
      href: `/funding/deadlines?days=${DEADLINE_DAYS}`,
      testId: 'home-deadlines',
      alert: c.fundingAlerts > 0,
    },
    {
      label: t('home.overdueActions'),
      value: String(c.overdueActions),
      href: '/actions?overdue=true',
      testId: 'home-overdue-actions',
      alert: c.overdueActions > 0,
    },
    {
      label: t('home.groupsWithGaps'),
      value: String(c.groupsWithGaps),
      href: '/working-groups?status=active&withGaps=true',
      testId: 'home-groups-gaps',
    },
    {
      label: t('home.lateWelcome'),
      value: String(c.groupsLateWelcome),
      href: '/working-groups?status=active&lateWelcome=true',
      testId: 'home-late-welcome',
      alert: c.groupsLateWelcome > 0,
    },
    {
      label: t('home.nextNewsletter'),
      value: c.nextNewsletterDueOn ? format.date(c.nextNewsletterDueOn) : '—',
      href: '/newsletters',
      testId: 'home-next-newsletter',
    },
    {
      label: t('home.lastBackup'),
      value: c.lastBackupAt ? format.date(c.lastBackupAt) : t('home.lastBackup.none'),
      detail: c.lastBackupAt ? format.dateTime(c.lastBackupAt) : undefined,
      testId: 'home-last-backup',
      alert: !c.lastBackupAt,
    },
  ];
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 5 }} spacing="sm" data-testid="coordinator-waiting">
      {tiles.map((tile) => (
        <HomeTile key={tile.testId} {...tile} />
      ))}
    </SimpleGrid>
  );
}
