'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { PageState } from '@/components/page-state';
import { FormAlert } from '@/components/form-alert';
import { authApi } from '@/features/auth/api';
import { NewPasswordForm } from '@/features/auth/components/new-password-form';
import { useSignedIn } from '@/features/auth/use-signed-in';

export default function InvitationPage() {
  const t = useT();
  const format = useFormat();
  const signedIn = useSignedIn();
  const token = useSearchParams().get('token') ?? '';
  const invitation = useApiData(
    (signal) => (token ? authApi.invitation(token, signal) : Promise.resolve(null)),
    [token],
  );

  let body: React.ReactNode;
  if (!token || invitation.error?.status === 404 || invitation.error?.status === 410) {
    body = <FormAlert message={t('auth.invitation.invalid')} />;
  } else if (!invitation.data) {
    body = <PageState error={invitation.error} />;
  } else {
    const { firstName, email, expiresAt } = invitation.data;
    body = (
      <>
        <Text>{t('auth.invitation.welcome', { firstName, email })}</Text>
        <Text size="sm" c="dimmed">
          {t('auth.invitation.expires', { date: format.dateTime(expiresAt) })}
        </Text>
        <NewPasswordForm
          submitLabel={t('auth.invitation.submit')}
          onSubmit={async (password) => signedIn(await authApi.acceptInvitation(token, password))}
        />
      </>
    );
  }

  return (
    <Stack>
      <title>{`${t('auth.invitation.title')} · Maillage`}</title>
      <Title order={1} size="h2">
        {t('auth.invitation.title')}
      </Title>
      {body}
      <Anchor component={Link} href="/login" size="sm">
        {t('auth.backToLogin')}
      </Anchor>
    </Stack>
  );
}
