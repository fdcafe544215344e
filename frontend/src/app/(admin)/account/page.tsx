'use client';

import Link from 'next/link';
import { Button, DataList, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { useSession } from '@/lib/session';
import { PageHeader } from '@/components/page-header';
import { FieldValue } from '@/components/field-value';
import { LanguageSwitch } from '@/components/language-switch';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';
import { ChangeEmailForm } from '@/features/auth/components/change-email-form';
import { RoleBadges } from '@/features/accounts/components/role-badges';
import { NotificationPreference } from '@/features/notifications/components/notification-preference';

export default function AccountPage() {
  const t = useT();
  const { user } = useSession();

  return (
    <>
      <PageHeader
        title={t('nav.account')}
        actions={
          <Button component={Link} href="/account/security" variant="default" data-testid="account-security-link">
            {t('account.security')}
          </Button>
        }
      />
      <Stack gap="lg" maw={960}>
        <Paper withBorder p="md">
          <DataList>
            <FieldValue label={t('people.field.name')}>{user.displayName}</FieldValue>
            <FieldValue label={t('auth.email')}>{user.email}</FieldValue>
            <FieldValue label={t('accounts.field.roles')}>
              <RoleBadges roles={user.roles} />
            </FieldValue>
          </DataList>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            {t('language.label')}
          </Title>
          <LanguageSwitch testId="account-language" />
        </Paper>
        <NotificationPreference />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('account.changePassword')}
            </Title>
            <ChangePasswordForm />
          </Paper>
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('account.changeEmail')}
            </Title>
            <ChangeEmailForm />
          </Paper>
        </SimpleGrid>
      </Stack>
    </>
  );
}
