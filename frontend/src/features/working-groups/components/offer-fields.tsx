'use client';

import { Controller, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { useFieldError } from '@/components/form-error';
import type { OfferFormValues } from '../schemas';
import { HEARD_FROM, WEEK_DAYS } from '../types';

interface Props {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form holding these fields, whatever it submits
  control: Control<OfferFormValues, unknown, any>;
  register: UseFormRegister<OfferFormValues>;
  errors: FieldErrors<OfferFormValues>;
}

/** What a volunteer offers: the same fields on the public form and on their profile. */
export function OfferFields({ control, register, errors }: Props) {
  const t = useT();
  const fieldError = useFieldError();
  return (
    <Stack>
      <Controller
        control={control}
        name="skills"
        render={({ field }) => (
          <TagsInput
            label={t('volunteers.field.skills')}
            description={t('volunteers.help.skills')}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            name={field.name}
            maxTags={20}
            splitChars={[',', ';']}
            error={fieldError(errors.skills)}
          />
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Controller
          control={control}
          name="hoursPerMonth"
          render={({ field }) => (
            <NumberInput
              label={t('volunteers.field.hoursPerMonth')}
              min={1}
              max={200}
              allowDecimal={false}
              value={field.value}
              onChange={(value) => field.onChange(value === '' ? '' : Number(value))}
              onBlur={field.onBlur}
              name={field.name}
              error={fieldError(errors.hoursPerMonth)}
            />
          )}
        />
        <TextInput
          label={t('volunteers.field.territory')}
          error={fieldError(errors.territory)}
          {...register('territory')}
        />
      </SimpleGrid>
      <Controller
        control={control}
        name="availableDays"
        render={({ field }) => (
          <Checkbox.Group
            label={t('volunteers.field.availableDays')}
            value={field.value}
            onChange={(value) => field.onChange(value)}
            error={fieldError(errors.availableDays)}
          >
            <Group gap="md" mt={6}>
              {WEEK_DAYS.map((day) => (
                <Checkbox key={day} value={day} label={t(`volunteers.day.${day}`)} />
              ))}
            </Group>
          </Checkbox.Group>
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Controller
          control={control}
          name="heardFrom"
          render={({ field }) => (
            <Select
              label={t('volunteers.field.heardFrom')}
              placeholder={t('common.choose')}
              clearable
              data={HEARD_FROM.map((h) => ({ value: h, label: t(`volunteers.heardFrom.${h}`) }))}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              name={field.name}
              error={fieldError(errors.heardFrom)}
            />
          )}
        />
        <TextInput
          label={t('volunteers.field.heardFromDetail')}
          error={fieldError(errors.heardFromDetail)}
          {...register('heardFromDetail')}
        />
      </SimpleGrid>
    </Stack>
  );
}
