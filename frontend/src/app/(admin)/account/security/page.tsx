'use client';

import { Paper, Stack, Title } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { useSession } from '@/lib/session';
import { PageHeader } from '@/components/page-header';
import { SecondFactorPanel } from '@/features/auth/components/second-factor-panel';
import { SecuritySettingsPanel } from '@/features/auth/components/security-settings-panel';
import { SessionsPanel } from '@/features/auth/components/sessions-panel';

/** The account's security: second factor, sessions, and (for an admin) which roles must have a second factor. */
export default function AccountSecurityPage() {
  const t = useT();
  const { user } = useSession();
  return (
    <>
      <PageHeader title={t('account.security')} />
      <Stack gap="lg" maw={960}>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('auth.secondFactor.title')}
          </Title>
          <SecondFactorPanel />
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('auth.sessions.title')}
          </Title>
          <SessionsPanel />
        </Paper>
        {user.roles.includes('admin') && (
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('auth.settings.title')}
            </Title>
            <SecuritySettingsPanel />
          </Paper>
        )}
      </Stack>
    </>
  );
}
