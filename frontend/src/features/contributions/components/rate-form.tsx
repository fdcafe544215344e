'use client';

import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DayInput } from '@/components/day-input';
import { centsToInput, typedEuros } from '@/lib/i18n/money';
import { useT } from '@/lib/i18n/provider';
import { errorText, notifySuccess } from '@/lib/notify';
import { requiredText } from '@/lib/schema';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { ratesApi } from '../api';
import { CONTRIBUTION_TYPES, type ContributionType, type Rate } from '../types';
import { useUnitsOf } from '../use-units';

const rateSchema = z.object({
  type: z.string().pipe(z.enum(CONTRIBUTION_TYPES, 'validation.required')),
  unit: z.string().min(1, 'validation.required'),
  validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date'),
  rateEuros: z
    .string()
    .refine((v) => typedEuros(v) !== null, 'contributions.validation.amount')
    .transform((v) => typedEuros(v)!),
  label: requiredText(200),
});
type RateFormValues = z.input<typeof rateSchema>;

/** A new dated rate, or a change to one (its type and unit stay). Contributions not yet validated follow it. */
export function RateForm({ rate, onSaved }: { rate?: Rate; onSaved: (rate: Rate) => void }) {
  const t = useT();
  const unitsOf = useUnitsOf();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<RateFormValues, unknown, z.output<typeof rateSchema>>({
    resolver: zodResolver(rateSchema),
    defaultValues: {
      type: rate?.type ?? '',
      unit: rate?.unit ?? '',
      validFrom: rate?.validFrom ?? '',
      rateEuros: centsToInput(rate?.rateCents, 'fr'),
      label: rate?.label ?? '',
    },
  });
  const type = useWatch({ control, name: 'type' }) as ContributionType | '';
  const onSubmit = handleSubmit(async ({ rateEuros, ...v }) => {
    setFormError(undefined);
    try {
      const saved = rate
        ? await ratesApi.update(rate.id, { validFrom: v.validFrom, label: v.label, rateCents: rateEuros })
        : await ratesApi.create({ ...v, unit: v.unit as Rate['unit'], rateCents: rateEuros });
      notifySuccess(t('contributions.rates.saved'));
      if (!rate) reset();
      onSaved(saved);
    } catch (error) {
      applyApiFieldErrors(error, setError);
      setFormError(errorText(t, error));
    }
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="rate-form">
      <Stack>
        <FormAlert message={formError} />
        <SimpleGrid cols={{ base: 1, sm: rate ? 3 : 5 }}>
          {!rate && (
            <>
              <Controller
                control={control}
                name="type"
                render={({ field }) => (
                  <Select
                    label={t('contributions.field.type')}
                    required
                    data={CONTRIBUTION_TYPES.filter((x) => unitsOf(x).some((u) => u !== 'euro')).map((value) => ({
                      value,
                      label: t(`contributions.type.${value}`),
                    }))}
                    value={field.value || null}
                    onChange={(value) => {
                      field.onChange(value ?? '');
                      setValue('unit', '');
                    }}
                    error={fieldError(errors.type)}
                  />
                )}
              />
              <Controller
                control={control}
                name="unit"
                render={({ field }) => (
                  <Select
                    label={t('contributions.field.unit')}
                    required
                    data={unitsOf(type)
                      .filter((u) => u !== 'euro')
                      .map((value) => ({ value, label: t(`contributions.unit.${value}`) }))}
                    value={field.value || null}
                    onChange={(value) => field.onChange(value ?? '')}
                    error={fieldError(errors.unit)}
                  />
                )}
              />
            </>
          )}
          <DayInput
            label={t('contributions.field.validFrom')}
            required
            error={fieldError(errors.validFrom)}
            {...register('validFrom')}
          />
          <TextInput
            label={t('contributions.field.rateEuros')}
            required
            inputMode="decimal"
            rightSection="€"
            error={
              fieldError(errors.rateEuros) ?? fieldError((errors as Record<string, { message?: unknown }>).rateCents)
            }
            {...register('rateEuros')}
          />
          <TextInput
            label={t('contributions.field.rateLabel')}
            required
            error={fieldError(errors.label)}
            {...register('label')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={isSubmitting}>
            {t(rate ? 'common.save' : 'contributions.rates.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
