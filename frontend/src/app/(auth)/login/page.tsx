'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { ApiError } from '@/lib/api';
import { errorText } from '@/lib/notify';
import { useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { authApi } from '@/features/auth/api';
import { loginSchema } from '@/features/auth/schemas';
import { safeNextPath } from '@/features/auth/next-path';
import { useSignedIn } from '@/features/auth/use-signed-in';
import type { z } from 'zod';

export default function LoginPage() {
  const t = useT();
  const fieldError = useFieldError();
  const next = safeNextPath(useSearchParams().get('next'));
  const signedIn = useSignedIn();
  const [formError, setFormError] = useState<string>();
  // The API asks for the code only once the password is right; the form then sends all three again.
  const [needsCode, setNeedsCode] = useState(false);
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof loginSchema>>({
    resolver: zodResolver(loginSchema),
    defaultValues: { email: '', password: '', code: '' },
  });

  const onSubmit = handleSubmit(async ({ email, password, code }) => {
    setFormError(undefined);
    try {
      signedIn(await authApi.login(email, password, code), next);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'auth.second_factor_required') {
        setNeedsCode(true);
        setTimeout(() => setFocus('code'));
        return;
      }
      setFormError(errorText(t, error));
    }
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <title>{`${t('auth.login.title')} · Maillage`}</title>
      <Stack>
        <Title order={1} size="h2">
          {t('auth.login.title')}
        </Title>
        <FormAlert message={formError} />
        <TextInput
          type="email"
          autoComplete="username"
          label={t('auth.email')}
          required
          error={fieldError(errors.email)}
          {...register('email')}
        />
        <PasswordInput
          autoComplete="current-password"
          label={t('auth.password')}
          required
          error={fieldError(errors.password)}
          {...register('password')}
        />
        {needsCode && (
          <TextInput
            autoComplete="one-time-code"
            inputMode="text"
            label={t('auth.secondFactor.code')}
            description={t('auth.secondFactor.codeHelp')}
            required
            error={fieldError(errors.code)}
            data-testid="login-code"
            {...register('code')}
          />
        )}
        <Button type="submit" loading={isSubmitting} data-testid="login-submit">
          {t('auth.login.submit')}
        </Button>
        <Anchor component={Link} href="/forgot-password" size="sm">
          {t('auth.login.forgot')}
        </Anchor>
      </Stack>
    </form>
  );
}
