'use client';

import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { z } from 'zod';
import { handleReauthentication } from '@/lib/api';
import { useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { useSession } from '@/lib/session';
import { sessionApi } from '@/lib/session-api';
import { applyApiFieldErrors, useFieldError } from './form-error';
import { FormAlert } from './form-alert';

const reauthSchema = z.object({
  password: z.string().min(1, 'validation.required'),
  code: z.string().trim().max(20, 'validation.tooLong'),
});

type Values = z.input<typeof reauthSchema>;

/**
 * Asks for the password (and code) again when the API wants a recent sign-in for a sensitive action; the action is
 * then sent again by the API client. Cancelling leaves the action refused.
 */
export function ReauthDialog() {
  const t = useT();
  const fieldError = useFieldError();
  const { user } = useSession();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string>();
  const settle = useRef<(ok: boolean) => void>(undefined);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(reauthSchema), defaultValues: { password: '', code: '' } });

  useEffect(
    () =>
      handleReauthentication(
        () =>
          new Promise<boolean>((resolve) => {
            settle.current = resolve;
            reset({ password: '', code: '' });
            setFormError(undefined);
            setOpen(true);
          }),
      ),
    [reset],
  );

  const close = (ok: boolean) => {
    setOpen(false);
    settle.current?.(ok);
    settle.current = undefined;
  };

  const submit = async ({ password, code }: Values) => {
    setFormError(undefined);
    try {
      await sessionApi.reauthenticate(password, code);
      close(true);
    } catch (error) {
      if (!applyApiFieldErrors(error, setError)) setFormError(errorText(t, error));
    }
  };

  return (
    <Modal opened={open} onClose={() => close(false)} title={t('auth.reauth.title')}>
      <form onSubmit={(e) => void handleSubmit(submit)(e)} noValidate data-testid="reauth-form">
        <Stack>
          <Text size="sm">{t('auth.reauth.intro')}</Text>
          <FormAlert message={formError} />
          <PasswordInput
            autoComplete="current-password"
            label={t('auth.password')}
            required
            data-autofocus
            error={fieldError(errors.password)}
            {...register('password')}
          />
          {user.secondFactor.enabled && (
            <TextInput
              autoComplete="one-time-code"
              label={t('auth.secondFactor.code')}
              required
              error={fieldError(errors.code)}
              {...register('code')}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => close(false)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('auth.reauth.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
