'use client';

import { useState } from 'react';
import { Controller, useForm, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Fieldset, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { HoneypotField } from '@/components/honeypot-field';
import { signupApi } from '../api';
import { offerFormValues, signupSchema, type OfferFormValues, type SignupFormValues } from '../schemas';
import type { SignupForm as FormData, SignupInput } from '../types';
import { OfferFields } from './offer-fields';

/** The public form: a visitor offers to join a group (no account needed). */
export function SignupForm({ form, initialGroupId }: { form: FormData; initialGroupId?: string }) {
  const t = useT();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const [sent, setSent] = useState(false);
  const defaultValues: SignupFormValues = {
    ...offerFormValues(),
    groupId: form.groups.some((g) => g.id === initialGroupId) ? initialGroupId! : '',
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    message: '',
    consent: false,
    website: '',
  };
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<SignupFormValues, unknown, Omit<SignupInput, 'consentVersion'>>({
    resolver: zodResolver(signupSchema),
    defaultValues,
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(undefined);
      try {
        await signupApi.send({ ...values, consentVersion: form.consent.version });
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
      <Stack role="status" data-testid="signup-done">
        <Title order={2} size="h3">
          {t('join.doneTitle')}
        </Title>
        <Text>{t('join.done')}</Text>
        <Button variant="default" onClick={() => (reset(defaultValues), setSent(false))} w="fit-content">
          {t('join.again')}
        </Button>
      </Stack>
    );
  }
  if (form.groups.length === 0) return <Text>{t('join.noGroup')}</Text>;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="signup-form">
      <Stack gap="lg">
        <FormAlert message={formError} />
        <Controller
          control={control}
          name="groupId"
          render={({ field }) => (
            <Select
              label={t('join.group')}
              required
              placeholder={t('common.choose')}
              data={form.groups.map((g) => ({ value: g.id, label: g.name }))}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              ref={field.ref}
              name={field.name}
              error={fieldError(errors.groupId)}
              description={form.groups.find((g) => g.id === field.value)?.mission}
              data-testid="signup-group"
            />
          )}
        />
        <Fieldset legend={t('join.about')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('people.field.firstName')}
              required
              autoComplete="given-name"
              error={fieldError(errors.firstName)}
              {...register('firstName')}
            />
            <TextInput
              label={t('people.field.lastName')}
              required
              autoComplete="family-name"
              error={fieldError(errors.lastName)}
              {...register('lastName')}
            />
            <TextInput
              type="email"
              label={t('people.field.email')}
              required
              autoComplete="email"
              error={fieldError(errors.email)}
              {...register('email')}
            />
            <TextInput
              type="tel"
              label={t('people.field.phone')}
              autoComplete="tel"
              error={fieldError(errors.phone)}
              {...register('phone')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('join.offer')}>
          <OfferFields control={control as unknown as Control<OfferFormValues>} register={register} errors={errors} />
        </Fieldset>
        <Textarea
          label={t('join.message')}
          description={t('join.messageHelp')}
          autosize
          minRows={3}
          maxRows={8}
          error={fieldError(errors.message)}
          {...register('message')}
        />
        <HoneypotField field={register('website')} />
        <Fieldset legend={t('join.consent')}>
          <Text size="sm" mb="sm" data-testid="consent-text">
            {form.consent.text}
          </Text>
          <Checkbox
            label={t('join.consentAccept')}
            required
            error={fieldError(errors.consent)}
            {...register('consent')}
            data-testid="signup-consent"
          />
        </Fieldset>
        <Button type="submit" loading={isSubmitting} w="fit-content" data-testid="signup-submit">
          {t('join.submit')}
        </Button>
      </Stack>
    </form>
  );
}
