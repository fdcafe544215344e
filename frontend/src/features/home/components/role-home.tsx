'use client';

import Link from 'next/link';
import { Card, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import type { MessageKey } from '@/lib/i18n/keys';
import { useSession } from '@/lib/session';
import { useApiData } from '@/lib/use-api-data';
import { contributionsApi } from '@/features/contributions/api';
import { periodRange } from '@/features/contributions/period';
import type { ContributionStatus } from '@/features/contributions/types';
import { actionItemsApi } from '@/features/governance/api';
import { notificationsApi } from '@/features/notifications/api';

/** One number and what it counts; the whole card opens the list it was counted from, filtered the same way. */
function Tile({
  label,
  value,
  detail,
  href,
  testId,
}: {
  label: string;
  value?: string;
  detail?: string;
  href: string;
  testId: string;
}) {
  return (
    <Card component={Link} href={href} withBorder padding="lg" data-testid={testId}>
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      {value === undefined ? (
        <Skeleton h={32} w={80} mt={4} />
      ) : (
        <Text fz={28} fw={700} data-testid={`${testId}-value`}>
          {value}
        </Text>
      )}
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Card>
  );
}

/** Contributions of one organisation this year in one status (all when none), as the contributions list counts them. */
function ContributionsTile({
  organisationId,
  status,
  labelKey,
  testId,
}: {
  organisationId: string;
  status?: ContributionStatus;
  labelKey: MessageKey;
  testId: string;
}) {
  const t = useT();
  const format = useFormat();
  const filters = { organisationId, status, ...periodRange('thisYear', { from: '', to: '' }) };
  const page = useApiData(
    (signal) => contributionsApi.list({ ...filters, page: 1, pageSize: 1 }, signal),
    [organisationId, status],
  );
  const href = `/contributions?organisationId=${organisationId}&period=thisYear${status ? `&status=${status}` : ''}`;
  return (
    <Tile
      label={t(labelKey)}
      value={page.data && String(page.data.total)}
      detail={page.data && format.cents(page.data.totalValueCents)}
      href={href}
      testId={testId}
    />
  );
}

/** Every contribution awaiting validation, whatever its date: the queue's count. */
function ToValidateTile() {
  const t = useT();
  const format = useFormat();
  const page = useApiData((signal) => contributionsApi.list({ status: 'submitted', page: 1, pageSize: 1 }, signal), []);
  return (
    <Tile
      label={t('home.toValidate')}
      value={page.data && String(page.data.total)}
      detail={page.data && format.cents(page.data.totalValueCents)}
      href="/contributions?status=submitted&period=all"
      testId="home-to-validate"
    />
  );
}

/** The network's actions past their due date and not done, whoever owns them. */
function OverdueActionsTile() {
  const t = useT();
  const page = useApiData(
    (signal) => actionItemsApi.list({ pending: true, overdue: true, page: 1, pageSize: 1 }, signal),
    [],
  );
  return (
    <Tile
      label={t('home.overdueActions')}
      value={page.data && String(page.data.total)}
      href="/actions?overdue=true"
      testId="home-overdue-actions"
    />
  );
}

/**
 * What waits for the signed-in person, each number a door to its list: for the coordinator, contributions to validate
 * and overdue actions; for COPIL members, their organisation's contributions this year; for everyone, their actions
 * still to do and their unread notifications.
 */
export function RoleHome() {
  const t = useT();
  const { user } = useSession();
  const actions = useApiData((signal) => actionItemsApi.mine({ pending: true, page: 1, pageSize: 1 }, signal), []);
  const notifications = useApiData((signal) => notificationsApi.list(1, signal), []);
  const organisationId = user.organisationIds[0];
  const ability = useAppAbility();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mb="lg" data-testid="role-home">
      {ability.can('validate', 'Contribution') && <ToValidateTile />}
      {ability.can('create', 'ActionItem') && <OverdueActionsTile />}
      {organisationId && (
        <>
          <ContributionsTile
            organisationId={organisationId}
            labelKey="home.org.contributions"
            testId="home-org-contributions"
          />
          <ContributionsTile
            organisationId={organisationId}
            status="submitted"
            labelKey="home.org.submitted"
            testId="home-org-submitted"
          />
          <ContributionsTile
            organisationId={organisationId}
            status="draft"
            labelKey="home.org.drafts"
            testId="home-org-drafts"
          />
        </>
      )}
      <Tile
        label={t('home.actions')}
        value={actions.data && String(actions.data.total)}
        href="/my-actions?show=pending"
        testId="home-actions"
      />
      <Tile
        label={t('home.notifications')}
        value={notifications.data && String(notifications.data.unread)}
        href="/notifications"
        testId="home-notifications"
      />
    </SimpleGrid>
  );
}
