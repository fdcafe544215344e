'use client';

import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { DayInput } from '@/components/day-input';
import type { z } from 'zod';
import { useFormat, useT } from '@/lib/i18n/provider';
import { errorText, notifySuccess } from '@/lib/notify';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { PersonSelect } from '@/features/people/components/person-select';
import { privacyApi } from '../api';
import { privacyRequestSchema } from '../schemas';
import { PRIVACY_REQUEST_KINDS, type PrivacyRequest } from '../types';

/** Records a request as received (by mail, by phone, at a meeting): its legal deadline runs from that day. */
export function PrivacyRequestForm({ personId, onSaved }: { personId?: string; onSaved: (r: PrivacyRequest) => void }) {
  const t = useT();
  const format = useFormat();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const {
    control,
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof privacyRequestSchema>, unknown, z.output<typeof privacyRequestSchema>>({
    resolver: zodResolver(privacyRequestSchema),
    defaultValues: { personId: personId ?? '', kind: 'access', receivedOn: '' },
  });

  const onSubmit = handleSubmit(async ({ receivedOn, ...values }) => {
    setFormError(undefined);
    try {
      const saved = await privacyApi.create({ ...values, ...(receivedOn ? { receivedOn } : {}) });
      notifySuccess(t('privacy.recorded', { date: format.date(saved.deadline) }));
      reset({ personId: '', kind: 'access', receivedOn: '' });
      onSaved(saved);
    } catch (error) {
      if (!applyApiFieldErrors(error, setError)) setFormError(errorText(t, error));
    }
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="privacy-request-form">
      <Stack>
        <FormAlert message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Controller
            control={control}
            name="personId"
            render={({ field }) => (
              <PersonSelect
                label={t('privacy.field.person')}
                required
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                error={fieldError(errors.personId)}
                data-testid="privacy-person"
              />
            )}
          />
          <Controller
            control={control}
            name="kind"
            render={({ field }) => (
              <Select
                label={t('privacy.field.kind')}
                required
                allowDeselect={false}
                data={PRIVACY_REQUEST_KINDS.map((k) => ({ value: k, label: t(`privacy.kind.${k}`) }))}
                value={field.value}
                onChange={(value) => field.onChange(value)}
                error={fieldError(errors.kind)}
                data-testid="privacy-kind"
              />
            )}
          />
          <DayInput
            label={t('privacy.field.receivedOn')}
            error={fieldError(errors.receivedOn)}
            data-testid="privacy-received-on"
            {...register('receivedOn')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={isSubmitting} data-testid="privacy-submit">
            {t('privacy.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
