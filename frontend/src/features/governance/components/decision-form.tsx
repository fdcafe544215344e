'use client';

import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DayInput } from '@/components/day-input';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { PersonSelect } from '@/features/people/components/person-select';
import { decisionsApi } from '../api';
import { decisionFormValues, decisionSchema, type DecisionFormValues } from '../schemas';
import {
  DECISION_METHODS,
  DECISION_OUTCOMES,
  DECISION_VISIBILITIES,
  type Decision,
  type DecisionDetail,
  type DecisionInput,
} from '../types';

interface DecisionFormProps {
  /** Recorded at this meeting (the field is then not shown). */
  meetingId?: string;
  decidedOn?: string;
  /** Records an amendment of this decision, starting from its text. */
  amends?: Decision;
  onSaved: (decision: DecisionDetail) => void;
  onCancel: () => void;
}

/** Records a decision (from a meeting, or online), or an amendment of one: a decision is never edited. */
export function DecisionForm({ meetingId, decidedOn, amends, onSaved, onCancel }: DecisionFormProps) {
  const t = useT();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<DecisionFormValues, unknown, DecisionInput>({
    resolver: zodResolver(decisionSchema),
    defaultValues: decisionFormValues({ meetingId, decidedOn, from: amends }),
  });
  const method = useWatch({ control, name: 'method' });
  const known = amends?.proposedByPersonId
    ? [{ value: amends.proposedByPersonId, label: amends.proposedByName ?? '' }]
    : [];

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(undefined);
      try {
        onSaved(amends ? await decisionsApi.amend(amends.id, values) : await decisionsApi.create(values));
      } catch (error) {
        applyApiFieldErrors(error, setError);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );

  const select = <K extends 'method' | 'outcome' | 'visibility'>(
    name: K,
    values: readonly string[],
    prefix: 'method' | 'outcome' | 'visibility',
  ) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          label={t(`governance.decision.field.${name}`)}
          required
          allowDeselect={false}
          data={values.map((v) => ({ value: v, label: t(`governance.${prefix}.${v}` as Parameters<typeof t>[0]) }))}
          value={field.value || null}
          onChange={(value) => field.onChange(value ?? '')}
          error={fieldError(errors[name])}
          data-testid={`decision-${name}`}
        />
      )}
    />
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="decision-form">
      <Stack>
        <FormAlert message={formError} />
        <TextInput
          label={t('governance.decision.field.title')}
          required
          error={fieldError(errors.title)}
          {...register('title')}
        />
        <Textarea
          label={t('governance.decision.field.proposal')}
          required
          autosize
          minRows={3}
          maxRows={10}
          error={fieldError(errors.proposal)}
          {...register('proposal')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={control}
            name="proposedByPersonId"
            render={({ field }) => (
              <PersonSelect
                label={t('governance.decision.field.proposedBy')}
                clearable
                known={known}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                error={fieldError(errors.proposedByPersonId)}
              />
            )}
          />
          <DayInput
            label={t('governance.decision.field.decidedOn')}
            required
            error={fieldError(errors.decidedOn)}
            {...register('decidedOn')}
          />
          {select('method', DECISION_METHODS, 'method')}
          {select('outcome', DECISION_OUTCOMES, 'outcome')}
          {select('visibility', DECISION_VISIBILITIES, 'visibility')}
        </SimpleGrid>
        {method === 'vote' && (
          <SimpleGrid cols={3}>
            {(['votesFor', 'votesAgainst', 'votesAbstain'] as const).map((key) => (
              <TextInput
                key={key}
                inputMode="numeric"
                label={t(`governance.decision.field.${key}`)}
                required
                error={fieldError(errors[key])}
                {...register(key)}
              />
            ))}
          </SimpleGrid>
        )}
        {!meetingId && (
          <TextInput
            type="url"
            label={t('governance.decision.field.onlineLink')}
            description={t('governance.decision.help.onlineLink')}
            placeholder="https://"
            error={fieldError(errors.onlineLink)}
            {...register('onlineLink')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting} data-testid="decision-submit">
            {t(amends ? 'governance.decision.amendSubmit' : 'governance.decision.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
