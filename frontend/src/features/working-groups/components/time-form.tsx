'use client';

import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { DayInput } from '@/components/day-input';
import { useLocale, useT } from '@/lib/i18n/provider';
import { errorText, notifySuccess } from '@/lib/notify';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { volunteersApi } from '../api';
import { timeSchema, type TimeFormValues } from '../schemas';
import type { TimeInput, Volunteer } from '../types';

/** Volunteer time given to a group, recorded as a working-time contribution of the volunteer's organisation. */
export function TimeForm({ volunteer, groups }: { volunteer: Volunteer; groups: { id: string; name: string }[] }) {
  const t = useT();
  const [locale] = useLocale();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const defaultValues: TimeFormValues = {
    groupId: groups[0]?.id ?? '',
    organisationId: volunteer.organisations.length === 1 ? volunteer.organisations[0].id : '',
    periodStart: '',
    periodEnd: '',
    quantity: 1,
    unit: 'hours',
    description: '',
  };
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<TimeFormValues, unknown, Omit<TimeInput, 'organisationId'> & { organisationId: string }>({
    resolver: zodResolver(timeSchema),
    defaultValues,
  });

  if (volunteer.organisations.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('volunteers.noOrganisation')}
      </Text>
    );

  const onSubmit = handleSubmit(
    async ({ organisationId, ...values }) => {
      setFormError(undefined);
      try {
        await volunteersApi.logTime(volunteer.personId, { ...values, ...(organisationId ? { organisationId } : {}) });
        notifySuccess(t('volunteers.time.saved'));
        reset(defaultValues);
      } catch (error) {
        applyApiFieldErrors(error, setError);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );

  const select = (name: 'groupId' | 'organisationId', label: string, data: { id: string; name: string }[]) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          label={label}
          required
          allowDeselect={false}
          data={data.map((d) => ({ value: d.id, label: d.name }))}
          value={field.value || null}
          onChange={(value) => field.onChange(value ?? '')}
          name={field.name}
          error={fieldError(errors[name])}
        />
      )}
    />
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="time-form">
      <Stack>
        <FormAlert message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {select('groupId', t('volunteers.time.group'), groups)}
          {select('organisationId', t('volunteers.time.organisation'), volunteer.organisations)}
          <DayInput
            label={t('volunteers.time.periodStart')}
            required
            error={fieldError(errors.periodStart)}
            {...register('periodStart')}
          />
          <DayInput
            label={t('volunteers.time.periodEnd')}
            required
            error={fieldError(errors.periodEnd)}
            {...register('periodEnd')}
          />
          <Controller
            control={control}
            name="quantity"
            render={({ field }) => (
              <NumberInput
                label={t('volunteers.time.quantity')}
                required
                min={0.25}
                step={0.5}
                decimalScale={2}
                decimalSeparator={locale === 'fr' ? ',' : '.'}
                value={field.value}
                onChange={(value) => field.onChange(value === '' ? undefined : Number(value))}
                name={field.name}
                error={fieldError(errors.quantity)}
              />
            )}
          />
          <Controller
            control={control}
            name="unit"
            render={({ field }) => (
              <Stack gap={4}>
                <Text size="sm" fw={500} id="time-unit">
                  {t('volunteers.time.unit')}
                </Text>
                <SegmentedControl
                  aria-labelledby="time-unit"
                  data={[
                    { value: 'hours', label: t('volunteers.time.hours') },
                    { value: 'days', label: t('volunteers.time.days') },
                  ]}
                  value={field.value}
                  onChange={field.onChange}
                />
              </Stack>
            )}
          />
        </SimpleGrid>
        <Textarea
          label={t('volunteers.time.description')}
          autosize
          minRows={2}
          error={fieldError(errors.description)}
          {...register('description')}
        />
        <Group>
          <Button type="submit" loading={isSubmitting} data-testid="time-submit">
            {t('volunteers.time.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
