'use client';

import { Group, Text } from '@mantine/core';
import { useAppAbility } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { useSession } from '@/lib/session';
import { NetworkExportButton } from '@/components/network-export-button';
import { PageHeader } from '@/components/page-header';
import { RoleBadges } from '@/features/accounts/components/role-badges';
import { BackupStatusCard } from '@/features/backups/components/backup-status-card';
import { FundingDashboard } from '@/features/funding/components/funding-dashboard';
import { RoleHome } from '@/features/home/components/role-home';
import { OutboxJobsCard } from '@/features/outbox/components/outbox-jobs-card';

/**
 * The coordinator gets the funding dashboard, the admin the state of backups and the automatic emails in trouble
 * above it; everyone else what waits for them (the menu already lists the sections: no tiles repeat it).
 */
export default function HomePage() {
  const t = useT();
  const { user } = useSession();
  const ability = useAppAbility();
  if (ability.can('read', 'FundingDashboard')) {
    return (
      <>
        <PageHeader
          title={t('home.welcome', { name: user.firstName || user.displayName })}
          description={t('home.dashboardIntro')}
          actions={ability.can('read', 'NetworkExport') && <NetworkExportButton />}
        />
        {ability.can('read', 'Backup') && <BackupStatusCard />}
        {ability.can('read', 'OutboxJob') && <OutboxJobsCard />}
        <RoleHome />
        <FundingDashboard />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={t('home.welcome', { name: user.firstName || user.displayName })}
        description={t('home.intro')}
      />
      <Group gap="xs" mb="xl" data-testid="user-roles">
        <Text size="sm" fw={500}>
          {t('home.roles')}
        </Text>
        <RoleBadges roles={user.roles} />
      </Group>
      <RoleHome />
    </>
  );
}
