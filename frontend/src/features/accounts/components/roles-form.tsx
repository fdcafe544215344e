'use client';

import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack } from '@mantine/core';
import type { z } from 'zod';
import { useT } from '@/lib/i18n/provider';
import { errorText, notifySuccess } from '@/lib/notify';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { accountsApi } from '../api';
import { rolesSchema } from '../schemas';
import type { Account } from '../types';
import { RoleMultiSelect } from './role-multi-select';

export function RolesForm({
  account,
  onDone,
  onCancel,
}: {
  account: Account;
  onDone: (account: Account) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof rolesSchema>, unknown, z.output<typeof rolesSchema>>({
    resolver: zodResolver(rolesSchema),
    defaultValues: { roles: account.roles },
  });

  const onSubmit = handleSubmit(async ({ roles }) => {
    setFormError(undefined);
    try {
      const saved = await accountsApi.setRoles(account.id, roles);
      notifySuccess(t('accounts.rolesSaved', { name: saved.displayName }));
      onDone(saved);
    } catch (error) {
      if (!applyApiFieldErrors(error, setError)) setFormError(errorText(t, error));
    }
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="roles-form">
      <Stack>
        <FormAlert message={formError} />
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
