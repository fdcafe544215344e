'use client';

import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { useT } from '@/lib/i18n/provider';
import { errorText, notifySuccess } from '@/lib/notify';
import { subscribersApi } from '../api';
import { subscriberSchema, type SubscriberFormValues } from '../schemas';
import type { NewsletterList } from '../types';

const listOptions = (lists: NewsletterList[]) => lists.map((l) => ({ value: l.id, label: l.name }));

/** Adds one person whose consent was given elsewhere: where and how is required. */
export function SubscriberForm({ lists, onDone }: { lists: NewsletterList[]; onDone: () => void }) {
  const t = useT();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SubscriberFormValues, unknown, Parameters<typeof subscribersApi.create>[0]>({
    resolver: zodResolver(subscriberSchema),
    defaultValues: { email: '', firstName: '', lastName: '', locale: 'fr', listIds: [], consentSource: '' },
  });
  const save = handleSubmit(
    async (values) => {
      try {
        const s = await subscribersApi.create(values);
        notifySuccess(t('newsletters.subscribers.added', { email: s.email }));
        onDone();
      } catch (error) {
        applyApiFieldErrors(error, setError);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );
  return (
    <form onSubmit={(e) => void save(e)} noValidate data-testid="subscriber-form">
      <Stack>
        <FormAlert message={formError} />
        <TextInput
          type="email"
          label={t('newsletters.field.email')}
          required
          error={fieldError(errors.email)}
          {...register('email')}
        />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('newsletters.field.firstName')}
            error={fieldError(errors.firstName)}
            {...register('firstName')}
          />
          <TextInput
            label={t('newsletters.field.lastName')}
            error={fieldError(errors.lastName)}
            {...register('lastName')}
          />
        </SimpleGrid>
        <Controller
          control={control}
          name="locale"
          render={({ field }) => (
            <Select
              label={t('newsletters.field.locale')}
              data={[
                { value: 'fr', label: 'Français' },
                { value: 'en', label: 'English' },
              ]}
              value={field.value}
              onChange={(v) => field.onChange(v ?? 'fr')}
              allowDeselect={false}
            />
          )}
        />
        <Controller
          control={control}
          name="listIds"
          render={({ field }) => (
            <MultiSelect
              label={t('newsletters.field.lists')}
              required
              data={listOptions(lists)}
              value={field.value}
              onChange={field.onChange}
              error={fieldError(errors.listIds)}
            />
          )}
        />
        <TextInput
          label={t('newsletters.field.consentSource')}
          description={t('newsletters.help.consentSource')}
          required
          error={fieldError(errors.consentSource)}
          {...register('consentSource')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={isSubmitting}>
            {t('newsletters.subscribers.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
