'use client';

import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { z } from 'zod';
import { useFormat, useT } from '@/lib/i18n/provider';
import { errorText, notifySuccess } from '@/lib/notify';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { OrganisationMultiSelect } from '@/features/organisations/components/organisation-select';
import { accountsApi } from '../api';
import { invitationSchema } from '../schemas';
import type { InvitationInput } from '../types';
import { RoleMultiSelect } from './role-multi-select';

/** Sends an invitation by email; the invitee chooses their password from the link. */
export function InviteForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const t = useT();
  const format = useFormat();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof invitationSchema>, unknown, InvitationInput>({
    resolver: zodResolver(invitationSchema),
    defaultValues: { email: '', firstName: '', lastName: '', roles: [], organisationIds: [] },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      const sent = await accountsApi.invite(values);
      notifySuccess(t('accounts.invited', { email: sent.email, date: format.dateTime(sent.expiresAt) }));
      onDone();
    } catch (error) {
      if (!applyApiFieldErrors(error, setError)) setFormError(errorText(t, error));
    }
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="invite-form">
      <Stack>
        <FormAlert message={formError} />
        <TextInput
          type="email"
          label={t('auth.email')}
          required
          error={fieldError(errors.email)}
          {...register('email')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('people.field.firstName')}
            required
            error={fieldError(errors.firstName)}
            {...register('firstName')}
          />
          <TextInput
            label={t('people.field.lastName')}
            required
            error={fieldError(errors.lastName)}
            {...register('lastName')}
          />
        </SimpleGrid>
        <Controller
          control={control}
          name="roles"
          render={({ field }) => (
            <RoleMultiSelect
              label={t('accounts.field.roles')}
              required
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldError(errors.roles)}
            />
          )}
        />
        <Controller
          control={control}
          name="organisationIds"
          render={({ field }) => (
            <OrganisationMultiSelect
              label={t('accounts.field.organisations')}
              description={t('accounts.help.organisations')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldError(errors.organisationIds)}
            />
          )}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting} data-testid="invite-submit">
            {t('accounts.inviteSend')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
