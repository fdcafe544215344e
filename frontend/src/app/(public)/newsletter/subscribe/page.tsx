'use client';

import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Alert, Button, Checkbox, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { PageState } from '@/components/page-state';
import { useLocale, useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { useApiData } from '@/lib/use-api-data';
import { publicNewsletterApi } from '@/features/newsletters/api';
import { subscribeSchema, type SubscribeFormValues } from '@/features/newsletters/schemas';

/** The public subscribe form: double opt-in; the consent text shown is the one recorded with the request. */
export default function SubscribePage() {
  const t = useT();
  const [locale] = useLocale();
  const fieldError = useFieldError();
  const form = useApiData((signal) => publicNewsletterApi.form(signal), []);
  const [sentTo, setSentTo] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SubscribeFormValues, unknown, z.output<typeof subscribeSchema>>({
    resolver: zodResolver(subscribeSchema),
    defaultValues: { email: '', firstName: '', listIds: [], consent: false as unknown as true, website: '' },
  });
  if (!form.data) return <PageState {...form} />;
  const lists = form.data.lists;
  const submit = handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      await publicNewsletterApi.subscribe({
        email: values.email,
        firstName: values.firstName === '' ? null : (values.firstName ?? null),
        locale,
        listIds: values.listIds,
        website: values.website,
        consentTextVersion: form.data!.consentTextVersion,
        sourcePage: window.location.href,
      });
      setSentTo(values.email);
    } catch (error) {
      applyApiFieldErrors(error, setError);
      setFormError(errorText(t, error));
    }
  });
  if (sentTo) {
    return (
      <Alert
        icon={<IconMailCheck />}
        color="teal"
        title={t('newsletters.public.checkInbox')}
        data-testid="subscribe-done"
      >
        {t('newsletters.public.checkInboxText', { email: sentTo })}
      </Alert>
    );
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="subscribe-form">
      <title>{`${t('newsletters.public.subscribeTitle')} · Maillage`}</title>
      <Stack>
        <Title order={1} size="h2">
          {t('newsletters.public.subscribeTitle')}
        </Title>
        <Text c="dimmed">{t('newsletters.public.subscribeIntro')}</Text>
        <FormAlert message={formError} />
        <TextInput
          type="email"
          label={t('newsletters.field.email')}
          required
          autoComplete="email"
          error={fieldError(errors.email)}
          {...register('email')}
        />
        <TextInput
          label={t('newsletters.field.firstName')}
          autoComplete="given-name"
          error={fieldError(errors.firstName)}
          {...register('firstName')}
        />
        <Controller
          control={control}
          name="listIds"
          render={({ field }) => (
            <Checkbox.Group
              label={t('newsletters.field.lists')}
              required
              value={field.value}
              onChange={field.onChange}
              error={fieldError(errors.listIds)}
            >
              <Stack gap="xs" mt="xs">
                {lists.map((l) => (
                  <Checkbox key={l.id} value={l.id} label={l.name} description={l.description} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
        />
        {/* Hidden from people; bots fill it in and are ignored. */}
        <input
          type="text"
          tabIndex={-1}
          autoComplete="off"
          aria-hidden="true"
          style={{ position: 'absolute', left: '-10000px' }}
          {...register('website')}
        />
        <Checkbox
          label={form.data.consentText[locale]}
          error={fieldError(errors.consent)}
          {...register('consent')}
          data-testid="subscribe-consent"
        />
        <Button type="submit" loading={isSubmitting}>
          {t('newsletters.public.subscribe')}
        </Button>
      </Stack>
    </form>
  );
}
