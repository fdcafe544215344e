'use client';

import Link from 'next/link';
import { Card, Group, SimpleGrid, Text, ThemeIcon } from '@mantine/core';
import { useAppAbility } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { NAVIGATION } from '@/lib/navigation';
import { useSession } from '@/lib/session';
import { NetworkExportButton } from '@/components/network-export-button';
import { PageHeader } from '@/components/page-header';
import { RoleBadges } from '@/features/accounts/components/role-badges';
import { BackupStatusCard } from '@/features/backups/components/backup-status-card';
import { FundingDashboard } from '@/features/funding/components/funding-dashboard';

/**
 * A welcome with the user's roles and a shortcut to each section they may open; the coordinator gets the funding
 * dashboard, the admin the state of backups above it.
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
        <FundingDashboard />
      </>
    );
  }
  const shortcuts = NAVIGATION.filter((item) => item.href !== '/' && (!item.can || ability.can(...item.can)));

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
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {shortcuts.map((item) => (
          <Card key={item.href} component={Link} href={item.href} withBorder padding="lg">
            <Group wrap="nowrap">
              <ThemeIcon variant="light" size="lg" aria-hidden>
                <item.icon size={20} />
              </ThemeIcon>
              <Text fw={600}>{t(item.labelKey)}</Text>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
