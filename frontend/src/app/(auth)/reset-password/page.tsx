'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { FormAlert } from '@/components/form-alert';
import { authApi } from '@/features/auth/api';
import { NewPasswordForm } from '@/features/auth/components/new-password-form';

export default function ResetPasswordPage() {
  const t = useT();
  const token = useSearchParams().get('token');
  const [done, setDone] = useState(false);

  return (
    <Stack>
      <title>{`${t('auth.reset.title')} · Maillage`}</title>
      <Title order={1} size="h2">
        {t('auth.reset.title')}
      </Title>
      {!token ? (
        <FormAlert message={t('auth.reset.noToken')} />
      ) : done ? (
        <Text role="status" data-testid="password-reset-done">
          {t('auth.reset.done')}
        </Text>
      ) : (
        <NewPasswordForm
          submitLabel={t('auth.reset.submit')}
          onSubmit={async (password) => {
            await authApi.confirmPasswordReset(token, password);
            setDone(true);
          }}
        />
      )}
      <Anchor component={Link} href="/login" size="sm">
        {t('auth.backToLogin')}
      </Anchor>
    </Stack>
  );
}
