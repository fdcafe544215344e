'use client';

import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { useAppAbility } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { GrantMultiSelect } from '@/features/funding/components/grant-select';
import { DecisionMultiSelect } from './decision-select';
import { SplitMultiSelect } from './split-select';
import { WorkingGroupMultiSelect } from '@/features/working-groups/components/working-group-select';
import { strategyApi } from '../api';
import { strategyActionFormValues, strategyActionSchema, type StrategyActionFormValues } from '../schemas';
import { STRATEGY_STATUSES, type Strategy, type StrategyAction, type StrategyActionInput } from '../types';

interface StrategyActionFormProps {
  strategy: Strategy;
  /** Edits this action; creates one otherwise (under `axisId`, or as a cross-cutting theme). */
  action?: StrategyAction;
  axisId?: string | null;
  onSaved: (action: StrategyAction) => void;
  onCancel: () => void;
}

const LINKS = ['groupIds', 'grantIds', 'splitIds', 'decisionIds'] as const;
type Links = (typeof LINKS)[number];

/** A strategy action: what it is, and the groups, grants, decisions and splits that carry it (its trail). */
export function StrategyActionForm({ strategy, action, axisId = null, onSaved, onCancel }: StrategyActionFormProps) {
  const t = useT();
  const ability = useAppAbility();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, dirtyFields },
  } = useForm<StrategyActionFormValues, unknown, StrategyActionInput>({
    resolver: zodResolver(strategyActionSchema),
    defaultValues: strategyActionFormValues(axisId, action),
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(undefined);
      try {
        // An action stays in its axis: the axis is chosen once, when it is created.
        const { axisId: axis, ...changes } = values;
        // A list sent replaces the whole set, and the reader sees only the links they may read (a draft split stays
        // the coordinator's): an edit sends the lists it changed, so it never drops a link its author could not see.
        if (action) for (const name of LINKS) if (!dirtyFields[name]) delete changes[name];
        onSaved(
          action
            ? await strategyApi.update(action.id, changes)
            : await strategyApi.create({ ...changes, axisId: axis }),
        );
      } catch (error) {
        applyApiFieldErrors(error, setError);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );

  // Each link's select, shown to those who may read what it lists (the API refuses ids they cannot read).
  const links: { name: Links; Select: typeof GrantMultiSelect; can: boolean }[] = [
    { name: 'groupIds', Select: WorkingGroupMultiSelect, can: ability.can('read', 'WorkingGroup') },
    { name: 'grantIds', Select: GrantMultiSelect, can: ability.can('read', 'Grant') },
    { name: 'decisionIds', Select: DecisionMultiSelect, can: ability.can('read', 'Decision') },
    { name: 'splitIds', Select: SplitMultiSelect, can: ability.can('read', 'Split') },
  ];

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="strategy-action-form">
      <Stack>
        <FormAlert message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Controller
            control={control}
            name="axisId"
            render={({ field }) => (
              <Select
                label={t('governance.strategy.field.axis')}
                disabled={Boolean(action)}
                data={[
                  { value: '', label: t('governance.strategy.transversal') },
                  ...strategy.axes.map((a) => ({
                    value: a.id,
                    label: `${t('governance.strategy.axis', { n: a.number })} — ${a.title}`,
                  })),
                ]}
                allowDeselect={false}
                value={field.value}
                onChange={(value) => field.onChange(value ?? '')}
                error={fieldError(errors.axisId)}
              />
            )}
          />
          <TextInput
            inputMode="numeric"
            label={t('governance.strategy.field.number')}
            error={fieldError(errors.number)}
            {...register('number')}
          />
          <Controller
            control={control}
            name="status"
            render={({ field }) => (
              <Select
                label={t('governance.strategy.field.status')}
                allowDeselect={false}
                data={STRATEGY_STATUSES.map((s) => ({ value: s, label: t(`governance.strategyStatus.${s}`) }))}
                value={field.value}
                onChange={(value) => field.onChange(value ?? 'planned')}
              />
            )}
          />
        </SimpleGrid>
        <TextInput
          label={t('governance.strategy.field.title')}
          required
          error={fieldError(errors.title)}
          {...register('title')}
        />
        <Textarea
          label={t('governance.strategy.field.content')}
          required
          autosize
          minRows={3}
          maxRows={10}
          error={fieldError(errors.content)}
          {...register('content')}
        />
        <Controller
          control={control}
          name="targetPublic"
          render={({ field }) => (
            <TagsInput
              label={t('governance.strategy.field.targetPublic')}
              description={t('governance.strategy.field.targetPublicHelp')}
              value={field.value}
              onChange={field.onChange}
              error={fieldError(errors.targetPublic)}
            />
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            inputMode="decimal"
            label={t('governance.strategy.field.personDays')}
            error={fieldError(errors.personDaysPerMonth)}
            {...register('personDaysPerMonth')}
          />
          <Checkbox mt={{ sm: 32 }} label={t('governance.strategy.copil')} {...register('involvesCopil')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {links
            .filter((l) => l.can)
            .map(({ name, Select: LinkSelect }) => (
              <Controller
                key={name}
                control={control}
                name={name}
                render={({ field }) => (
                  <LinkSelect
                    label={t(`governance.strategy.field.${name}`)}
                    value={field.value}
                    onChange={field.onChange}
                    clearable
                    error={fieldError(errors[name])}
                    data-testid={`strategy-${name}`}
                  />
                )}
              />
            ))}
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
