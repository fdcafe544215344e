'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { errorText, notifySuccess } from '@/lib/notify';
import { optionalText } from '@/lib/schema';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { inKindApi } from '../api';
import type { InKindAccount } from '../types';

const account = (prefix: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || new RegExp(`^${prefix}\\d{0,4}$`).test(v), `contributions.validation.account${prefix}`)
    .transform((v) => (v === '' ? null : v));
const mappingSchema = z
  .object({
    chargeAccount: account('86'),
    chargeLabel: optionalText(120),
    productAccount: account('87'),
    productLabel: optionalText(120),
  })
  .refine((v) => Boolean(v.chargeAccount) === Boolean(v.productAccount), {
    path: ['productAccount'],
    message: 'contributions.validation.bothAccounts',
  });
type MappingValues = z.input<typeof mappingSchema>;

/** One type's accounts, saved on its own: the coordinator adapts the chart of accounts to the network's accountant. */
function MappingRow({ row, onSaved }: { row: InKindAccount; onSaved: () => void }) {
  const t = useT();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
    reset,
  } = useForm<MappingValues, unknown, z.output<typeof mappingSchema>>({
    resolver: zodResolver(mappingSchema),
    defaultValues: {
      chargeAccount: row.chargeAccount ?? '',
      chargeLabel: row.chargeLabel ?? '',
      productAccount: row.productAccount ?? '',
      productLabel: row.productLabel ?? '',
    },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      const saved = await inKindApi.updateAccount(row.type, values);
      reset({
        chargeAccount: saved.chargeAccount ?? '',
        chargeLabel: saved.chargeLabel ?? '',
        productAccount: saved.productAccount ?? '',
        productLabel: saved.productLabel ?? '',
      });
      notifySuccess(t('contributions.statement.mappingSaved', { type: t(`contributions.type.${row.type}`) }));
      onSaved();
    } catch (error) {
      applyApiFieldErrors(error, setError);
      setFormError(errorText(t, error));
    }
  });
  const cell = (name: keyof MappingValues, width: number) => (
    <TextInput
      size="xs"
      w={width}
      form={`mapping-${row.type}`}
      aria-label={`${t(`contributions.type.${row.type}`)} — ${t(`contributions.statement.${name}`)}`}
      error={fieldError(errors[name])}
      {...register(name)}
    />
  );
  return (
    <Table.Tr>
      <Table.Td>
        {t(`contributions.type.${row.type}`)}
        {formError && (
          <Text size="xs" c="red">
            {formError}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          {cell('chargeAccount', 70)}
          {cell('chargeLabel', 220)}
        </Group>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          {cell('productAccount', 70)}
          {cell('productLabel', 200)}
        </Group>
      </Table.Td>
      <Table.Td>
        <form id={`mapping-${row.type}`} onSubmit={(e) => void onSubmit(e)} noValidate>
          <Button type="submit" size="xs" variant="light" disabled={!isDirty} loading={isSubmitting}>
            {t('common.save')}
          </Button>
        </form>
      </Table.Td>
    </Table.Tr>
  );
}

export function AccountMapping({ accounts, onSaved }: { accounts: InKindAccount[]; onSaved: () => void }) {
  const t = useT();
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('contributions.statement.mappingIntro')}
      </Text>
      <Table.ScrollContainer minWidth={860}>
        <Table aria-label={t('contributions.statement.mapping')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contributions.field.type')}</Table.Th>
              <Table.Th>{t('contributions.statement.charges')}</Table.Th>
              <Table.Th>{t('contributions.statement.products')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {accounts.map((row) => (
              <MappingRow key={row.type} row={row} onSaved={onSaved} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
