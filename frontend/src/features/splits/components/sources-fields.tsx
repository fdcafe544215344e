'use client';

import { useEffect } from 'react';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { ActionIcon, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { useFieldError } from '@/components/form-error';
import { splitsApi } from '../api';
import type { SplitFormValues } from '../schemas';
import { MoneyInput } from './money-input';

/**
 * The grants the money comes from (a split can pool several): choosing one proposes what is left of it, and the
 * amount to split is then their sum.
 */
export function SourcesFields() {
  const t = useT();
  const format = useFormat();
  const fieldError = useFieldError();
  const {
    control,
    setValue,
    formState: { errors },
  } = useFormContext<SplitFormValues>();
  const sources = useFieldArray({ control, name: 'sources' });
  const rows = useWatch({ control, name: 'sources' });
  const grants = useApiData((signal) => splitsApi.grants(signal), []);
  const byId = new Map(grants.data?.map((g) => [g.grantId, g]));
  const sum = rows.reduce((s, r) => s + (r.amountCents ?? 0), 0);

  useEffect(() => {
    if (rows.length > 0) setValue('totalCents', sum, { shouldDirty: true });
    // The total follows the sources whenever there are some.
  }, [rows.length, sum, setValue]);

  return (
    <Stack gap="xs">
      {sources.fields.map((f, i) => (
        <Group key={f.id} gap="xs" align="flex-start" wrap="nowrap">
          <Controller
            control={control}
            name={`sources.${i}.grantId`}
            render={({ field }) => (
              <Select
                style={{ flex: 1 }}
                aria-label={t('splits.source')}
                placeholder={t('splits.chooseGrant')}
                data={(grants.data ?? []).map((g) => ({
                  value: g.grantId,
                  label: `${g.grantTitle} — ${g.funderName} (${t('splits.grantLeft', { amount: format.cents(g.amountCents) })})`,
                }))}
                value={field.value || null}
                onChange={(value) => {
                  field.onChange(value ?? '');
                  const grant = value ? byId.get(value) : undefined;
                  if (grant && !rows[i]?.amountCents)
                    setValue(`sources.${i}.amountCents`, grant.amountCents, { shouldDirty: true });
                }}
                error={fieldError(errors.sources?.[i]?.grantId)}
                data-testid="split-grant"
              />
            )}
          />
          <Controller
            control={control}
            name={`sources.${i}.amountCents`}
            render={({ field }) => (
              <MoneyInput
                w={150}
                aria-label={t('splits.field.amount')}
                value={field.value}
                onChange={field.onChange}
                error={fieldError(errors.sources?.[i]?.amountCents)}
                data-testid="split-grant-amount"
              />
            )}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={4}
            onClick={() => sources.remove(i)}
            aria-label={t('splits.removeGrant')}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      {fieldError(errors.sources) && (
        <Text size="xs" c="red">
          {fieldError(errors.sources)}
        </Text>
      )}
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconPlus size={14} aria-hidden />}
        onClick={() => sources.append({ grantId: '', amountCents: null })}
        style={{ alignSelf: 'flex-start' }}
        data-testid="split-add-grant"
      >
        {t('splits.addGrant')}
      </Button>
    </Stack>
  );
}
