'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { z } from 'zod';
import { useT } from '@/lib/i18n/provider';
import { useSession } from '@/lib/session';
import { errorText, notifySuccess } from '@/lib/notify';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { authApi } from '../api';
import { changeEmailSchema } from '../schemas';

export function ChangeEmailForm() {
  const t = useT();
  const fieldError = useFieldError();
  const { user, setSession } = useSession();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof changeEmailSchema>>({
    resolver: zodResolver(changeEmailSchema),
    defaultValues: { currentPassword: '', email: user.email },
  });

  const onSubmit = handleSubmit(async ({ currentPassword, email }) => {
    setFormError(undefined);
    try {
      const session = await authApi.changeEmail(currentPassword, email);
      setSession(session);
      reset({ currentPassword: '', email: session.user.email });
      notifySuccess(t('account.emailChanged', { email: session.user.email }));
    } catch (error) {
      if (!applyApiFieldErrors(error, setError)) setFormError(errorText(t, error));
    }
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="change-email-form">
      <Stack>
        <FormAlert message={formError} />
        <TextInput
          type="email"
          autoComplete="email"
          label={t('account.newEmail')}
          required
          error={fieldError(errors.email)}
          {...register('email')}
        />
        <PasswordInput
          autoComplete="current-password"
          label={t('account.currentPassword')}
          required
          error={fieldError(errors.currentPassword)}
          {...register('currentPassword')}
        />
        <Button type="submit" loading={isSubmitting} style={{ alignSelf: 'flex-start' }}>
          {t('account.changeEmail')}
        </Button>
      </Stack>
    </form>
  );
}
