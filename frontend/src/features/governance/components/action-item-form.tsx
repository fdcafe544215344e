'use client';

import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DayInput } from '@/components/day-input';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { PersonSelect } from '@/features/people/components/person-select';
import { actionItemsApi } from '../api';
import { actionItemSchema, type ActionItemFormValues, type ActionItemValues } from '../schemas';
import type { ActionItem } from '../types';

interface ActionItemFormProps {
  meetingId?: string;
  decisionId?: string;
  onSaved: (item: ActionItem) => void;
  onCancel: () => void;
}

/** An action to do by a date, entrusted to a person, from a meeting or a decision. */
export function ActionItemForm({ meetingId, decisionId, onSaved, onCancel }: ActionItemFormProps) {
  const t = useT();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ActionItemFormValues, unknown, ActionItemValues>({
    resolver: zodResolver(actionItemSchema),
    defaultValues: { title: '', details: '', ownerPersonId: '', dueOn: '' },
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(undefined);
      try {
        onSaved(
          await actionItemsApi.create({ ...values, meetingId: meetingId ?? null, decisionId: decisionId ?? null }),
        );
      } catch (error) {
        applyApiFieldErrors(error, setError);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="action-form">
      <Stack>
        <FormAlert message={formError} />
        <TextInput
          label={t('governance.action.field.title')}
          required
          error={fieldError(errors.title)}
          {...register('title')}
        />
        <Textarea
          label={t('governance.action.field.details')}
          autosize
          minRows={2}
          error={fieldError(errors.details)}
          {...register('details')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={control}
            name="ownerPersonId"
            render={({ field }) => (
              <PersonSelect
                label={t('governance.action.field.owner')}
                required
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                error={fieldError(errors.ownerPersonId)}
                data-testid="action-owner"
              />
            )}
          />
          <DayInput
            label={t('governance.action.field.dueOn')}
            required
            error={fieldError(errors.dueOn)}
            {...register('dueOn')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting} data-testid="action-submit">
            {t('governance.action.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
