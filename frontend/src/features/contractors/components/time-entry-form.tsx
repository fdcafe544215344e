'use client';

import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { DayInput } from '@/components/day-input';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { parisToday } from '@/lib/paris-time';
import { missionsApi } from '../api';
import { timeEntrySchema, type TimeEntryFormValues } from '../schemas';
import type { TimeEntry, TimeEntryInput } from '../types';

/** Logs time on a mission: a day, in days or hours, and what was done. */
export function TimeEntryForm({ missionId, onSaved }: { missionId: string; onSaved: (entry: TimeEntry) => void }) {
  const t = useT();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<TimeEntryFormValues, unknown, TimeEntryInput>({
    resolver: zodResolver(timeEntrySchema),
    defaultValues: { workedOn: parisToday(), unit: 'day', quantity: '1', description: '' },
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(undefined);
      try {
        onSaved(await missionsApi.addEntry(missionId, values));
        reset({ workedOn: values.workedOn, unit: values.unit, quantity: String(values.quantity), description: '' });
      } catch (error) {
        applyApiFieldErrors(error, setError);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="time-entry-form">
      <Stack>
        <FormAlert message={formError} />
        <Group align="flex-start" wrap="wrap">
          <DayInput
            style={{ flex: '1 1 10rem' }}
            label={t('contractors.entry.field.workedOn')}
            required
            error={fieldError(errors.workedOn)}
            {...register('workedOn')}
          />
          <TextInput
            inputMode="decimal"
            style={{ flex: '0 1 7rem' }}
            label={t('contractors.entry.field.quantity')}
            required
            error={fieldError(errors.quantity)}
            {...register('quantity')}
          />
          <Controller
            control={control}
            name="unit"
            render={({ field }) => (
              <Stack gap={4}>
                <span style={{ fontSize: 'var(--mantine-font-size-sm)', fontWeight: 500 }}>
                  {t('contractors.entry.field.unit')}
                </span>
                <SegmentedControl
                  data={[
                    { value: 'day', label: t('contractors.unit.day') },
                    { value: 'hour', label: t('contractors.unit.hour') },
                  ]}
                  value={field.value}
                  onChange={field.onChange}
                  aria-label={t('contractors.entry.field.unit')}
                  data-testid="time-entry-unit"
                />
              </Stack>
            )}
          />
          <TextInput
            style={{ flex: '3 1 18rem' }}
            label={t('contractors.entry.field.description')}
            required
            error={fieldError(errors.description)}
            {...register('description')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={isSubmitting} data-testid="time-entry-submit">
            {t('contractors.entry.log')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
