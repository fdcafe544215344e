'use client';

import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { DayInput } from '@/components/day-input';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useT } from '@/lib/i18n/provider';
import { useFieldError } from '@/components/form-error';
import type { SplitFormValues } from '../schemas';
import { PROPORTIONAL_RULES, SPLIT_RULES } from '../types';
import { MoneyInput, PercentInput } from './money-input';
import { SourcesFields } from './sources-fields';

/** The rule and the amounts: what is shared, how, and what is taken first. */
export function RuleFields() {
  const t = useT();
  const fieldError = useFieldError();
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<SplitFormValues>();
  const rule = useWatch({ control, name: 'rule' });
  const allTypes = useWatch({ control, name: 'allTypes' });
  const typeWeights = useWatch({ control, name: 'typeWeights' });
  const setAsides = useFieldArray({ control, name: 'setAsides' });
  const pooled = useWatch({ control, name: 'sources' }).length > 0;
  const proportional = PROPORTIONAL_RULES.includes(rule);

  return (
    <Stack gap="md">
      <Fieldset legend={t('splits.section.rule')}>
        <Stack gap="sm">
          <Controller
            control={control}
            name="rule"
            render={({ field }) => (
              <SegmentedControl
                fullWidth
                orientation="vertical"
                data={SPLIT_RULES.map((r) => ({ value: r, label: t(`splits.rule.${r}`) }))}
                value={field.value}
                onChange={field.onChange}
                data-testid="split-rule"
                aria-label={t('splits.field.rule')}
              />
            )}
          />
          <Text size="xs" c="dimmed">
            {t(`splits.ruleHelp.${rule}`)}
          </Text>
          <Text size="sm" fw={500}>
            {t('splits.section.sources')}
          </Text>
          <SourcesFields />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Controller
              control={control}
              name="totalCents"
              render={({ field }) => (
                <MoneyInput
                  label={t('splits.field.total')}
                  description={pooled ? t('splits.help.totalFromSources') : undefined}
                  readOnly={pooled}
                  required
                  name={field.name}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={fieldError(errors.totalCents)}
                  data-testid="split-total"
                />
              )}
            />
            {rule === 'base_plus_proportional' && (
              <Controller
                control={control}
                name="baseCents"
                render={({ field }) => (
                  <MoneyInput
                    label={t('splits.field.base')}
                    description={t('splits.help.base')}
                    name={field.name}
                    value={field.value}
                    onChange={field.onChange}
                    error={fieldError(errors.baseCents)}
                    data-testid="split-base"
                  />
                )}
              />
            )}
          </SimpleGrid>
        </Stack>
      </Fieldset>

      {proportional && (
        <Fieldset legend={t('splits.section.contributions')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <DayInput
                label={t('splits.field.periodFrom')}
                error={fieldError(errors.periodFrom)}
                {...register('periodFrom')}
                data-testid="split-period-from"
              />
              <DayInput
                label={t('splits.field.periodTo')}
                error={fieldError(errors.periodTo)}
                {...register('periodTo')}
                data-testid="split-period-to"
              />
            </SimpleGrid>
            <Checkbox label={t('splits.field.allTypes')} {...register('allTypes')} data-testid="split-all-types" />
            {!allTypes && (
              <Stack gap={6}>
                <Text size="xs" c="dimmed">
                  {t('splits.help.weights')}
                </Text>
                {typeWeights.map((w, i) => (
                  <Group key={w.type} gap="sm" wrap="nowrap">
                    <Checkbox
                      style={{ flex: 1 }}
                      label={t(`contributions.type.${w.type}`)}
                      {...register(`typeWeights.${i}.enabled`)}
                    />
                    <Controller
                      control={control}
                      name={`typeWeights.${i}.weightBp`}
                      render={({ field }) => (
                        <PercentInput
                          w={120}
                          max={10_000}
                          aria-label={t('splits.field.weight')}
                          disabled={!w.enabled}
                          value={field.value}
                          onChange={field.onChange}
                          error={fieldError(errors.typeWeights?.[i]?.weightBp)}
                        />
                      )}
                    />
                  </Group>
                ))}
              </Stack>
            )}
            {fieldError(errors.typeWeights) && (
              <Text size="xs" c="red">
                {fieldError(errors.typeWeights)}
              </Text>
            )}
          </Stack>
        </Fieldset>
      )}

      <Fieldset legend={t('splits.section.setAsides')}>
        <Stack gap="xs">
          <Text size="xs" c="dimmed">
            {t('splits.help.setAsides')}
          </Text>
          {setAsides.fields.map((f, i) => (
            <Group key={f.id} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                aria-label={t('splits.field.setAsideLabel')}
                placeholder={t('splits.field.setAsideLabel')}
                error={fieldError(errors.setAsides?.[i]?.label)}
                {...register(`setAsides.${i}.label`)}
              />
              <Controller
                control={control}
                name={`setAsides.${i}.amountCents`}
                render={({ field }) => (
                  <MoneyInput
                    w={150}
                    aria-label={t('splits.field.amount')}
                    value={field.value}
                    onChange={field.onChange}
                    error={fieldError(errors.setAsides?.[i]?.amountCents)}
                  />
                )}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={4}
                onClick={() => setAsides.remove(i)}
                aria-label={t('splits.removeSetAside')}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          {fieldError(errors.setAsides) && (
            <Text size="xs" c="red">
              {fieldError(errors.setAsides)}
            </Text>
          )}
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setAsides.append({ label: t('splits.defaultSetAside'), amountCents: null })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('splits.addSetAside')}
          </Button>
        </Stack>
      </Fieldset>
    </Stack>
  );
}
