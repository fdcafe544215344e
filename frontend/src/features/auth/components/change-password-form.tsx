'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, Stack } from '@mantine/core';
import type { z } from 'zod';
import { useT } from '@/lib/i18n/provider';
import { errorText, notifySuccess } from '@/lib/notify';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { authApi } from '../api';
import { changePasswordSchema } from '../schemas';

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

export function ChangePasswordForm() {
  const t = useT();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof changePasswordSchema>>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: EMPTY,
  });

  const onSubmit = handleSubmit(async ({ currentPassword, newPassword }) => {
    setFormError(undefined);
    try {
      await authApi.changePassword(currentPassword, newPassword);
      reset(EMPTY);
      notifySuccess(t('account.passwordChanged'));
    } catch (error) {
      if (!applyApiFieldErrors(error, setError)) setFormError(errorText(t, error));
    }
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="change-password-form">
      <Stack>
        <FormAlert message={formError} />
        <PasswordInput
          autoComplete="current-password"
          label={t('account.currentPassword')}
          required
          error={fieldError(errors.currentPassword)}
          {...register('currentPassword')}
        />
        <PasswordInput
          autoComplete="new-password"
          label={t('auth.newPassword')}
          description={t('auth.passwordRule')}
          required
          error={fieldError(errors.newPassword)}
          {...register('newPassword')}
        />
        <PasswordInput
          autoComplete="new-password"
          label={t('auth.confirmPassword')}
          required
          error={fieldError(errors.confirm)}
          {...register('confirm')}
        />
        <Button type="submit" loading={isSubmitting} style={{ alignSelf: 'flex-start' }}>
          {t('account.changePassword')}
        </Button>
      </Stack>
    </form>
  );
}
