'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { strategyApi } from '../api';
import { strategyAxisFormValues, strategyAxisSchema, type StrategyAxisFormValues } from '../schemas';
import type { StrategyAxis, StrategyAxisInput } from '../types';

interface StrategyAxisFormProps {
  /** Edits this axis; creates one otherwise. */
  axis?: Pick<StrategyAxis, 'id' | 'number' | 'title'>;
  onSaved: () => void;
  onCancel: () => void;
}

/** An axis of the strategy: its number and title (the coordinator's). */
export function StrategyAxisForm({ axis, onSaved, onCancel }: StrategyAxisFormProps) {
  const t = useT();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<StrategyAxisFormValues, unknown, StrategyAxisInput>({
    resolver: zodResolver(strategyAxisSchema),
    defaultValues: strategyAxisFormValues(axis),
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(undefined);
      try {
        await (axis ? strategyApi.updateAxis(axis.id, values) : strategyApi.createAxis(values));
        onSaved();
      } catch (error) {
        applyApiFieldErrors(error, setError);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="strategy-axis-form">
      <Stack>
        <FormAlert message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <TextInput
            inputMode="numeric"
            label={t('governance.strategy.field.number')}
            required
            error={fieldError(errors.number)}
            {...register('number')}
          />
          <TextInput
            style={{ gridColumn: 'span 3' }}
            label={t('governance.strategy.field.axisTitle')}
            required
            error={fieldError(errors.title)}
            {...register('title')}
          />
        </SimpleGrid>
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
