'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, Stack } from '@mantine/core';
import type { z } from 'zod';
import { useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { newPasswordSchema } from '../schemas';

/** Choose a password, typed twice: used by the reset link and by the invitation. */
export function NewPasswordForm({
  submitLabel,
  onSubmit,
}: {
  submitLabel: string;
  onSubmit: (password: string) => Promise<void>;
}) {
  const t = useT();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof newPasswordSchema>>({
    resolver: zodResolver(newPasswordSchema),
    defaultValues: { password: '', confirm: '' },
  });

  const submit = handleSubmit(async ({ password }) => {
    setFormError(undefined);
    try {
      await onSubmit(password);
    } catch (error) {
      if (!applyApiFieldErrors(error, setError)) setFormError(errorText(t, error));
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <FormAlert message={formError} />
        <PasswordInput
          autoComplete="new-password"
          label={t('auth.newPassword')}
          description={t('auth.passwordRule')}
          required
          error={fieldError(errors.password)}
          {...register('password')}
        />
        <PasswordInput
          autoComplete="new-password"
          label={t('auth.confirmPassword')}
          required
          error={fieldError(errors.confirm)}
          {...register('confirm')}
        />
        <Button type="submit" loading={isSubmitting}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
