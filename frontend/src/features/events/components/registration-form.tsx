'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { HoneypotField } from '@/components/honeypot-field';
import { publicEventsApi } from '../api';
import { registrationSchema, type RegistrationFormValues } from '../schemas';
import type { RegistrationInput } from '../types';

/** The public registration form of an open event; the mail says whether the person has a place or waits. */
export function RegistrationForm({ eventId }: { eventId: string }) {
  const t = useT();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RegistrationFormValues, unknown, RegistrationInput>({
    resolver: zodResolver(registrationSchema),
    defaultValues: { firstName: '', lastName: '', email: '', website: '' },
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(undefined);
      try {
        await publicEventsApi.register(eventId, values);
        setSent(true);
      } catch (error) {
        applyApiFieldErrors(error, setError);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );

  if (sent) {
    return (
      <Stack role="status" data-testid="registration-done">
        <Title order={2} size="h3">
          {t('events.public.doneTitle')}
        </Title>
        <Text>{t('events.public.done')}</Text>
      </Stack>
    );
  }
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="registration-form">
      <Stack>
        <FormAlert message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('events.public.firstName')}
            required
            autoComplete="given-name"
            {...register('firstName')}
            error={fieldError(errors.firstName)}
          />
          <TextInput
            label={t('events.public.lastName')}
            required
            autoComplete="family-name"
            {...register('lastName')}
            error={fieldError(errors.lastName)}
          />
        </SimpleGrid>
        <TextInput
          label={t('events.public.email')}
          type="email"
          required
          autoComplete="email"
          {...register('email')}
          error={fieldError(errors.email)}
        />
        <HoneypotField field={register('website')} />
        <Text size="sm" c="dimmed">
          {t('events.public.privacy')}
        </Text>
        <Button type="submit" loading={isSubmitting} data-testid="registration-submit">
          {t('events.public.submit')}
        </Button>
      </Stack>
    </form>
  );
}
