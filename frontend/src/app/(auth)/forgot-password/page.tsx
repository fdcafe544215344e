'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import type { z } from 'zod';
import { useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { authApi } from '@/features/auth/api';
import { emailSchema } from '@/features/auth/schemas';

export default function ForgotPasswordPage() {
  const t = useT();
  const fieldError = useFieldError();
  const [sent, setSent] = useState(false);
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof emailSchema>>({ resolver: zodResolver(emailSchema), defaultValues: { email: '' } });

  const onSubmit = handleSubmit(async ({ email }) => {
    setFormError(undefined);
    try {
      await authApi.requestPasswordReset(email);
      setSent(true);
    } catch (error) {
      setFormError(errorText(t, error));
    }
  });

  return (
    <Stack>
      <title>{`${t('auth.forgot.title')} · Maillage`}</title>
      <Title order={1} size="h2">
        {t('auth.forgot.title')}
      </Title>
      {sent ? (
        <Text role="status" data-testid="reset-requested">
          {t('auth.forgot.sent')}
        </Text>
      ) : (
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <Stack>
            <Text size="sm">{t('auth.forgot.intro')}</Text>
            <FormAlert message={formError} />
            <TextInput
              type="email"
              autoComplete="email"
              label={t('auth.email')}
              required
              error={fieldError(errors.email)}
              {...register('email')}
            />
            <Button type="submit" loading={isSubmitting}>
              {t('auth.forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} href="/login" size="sm">
        {t('auth.backToLogin')}
      </Anchor>
    </Stack>
  );
}
