'use client';

import { Controller, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { Checkbox, Select, Textarea, TextInput } from '@mantine/core';
import { DayInput } from '@/components/day-input';
import { useT } from '@/lib/i18n/provider';
import type { MessageKey } from '@/lib/i18n/keys';
import { useFieldError } from '@/components/form-error';

type Form<V extends FieldValues> = Pick<UseFormReturn<V, unknown, unknown>, 'register' | 'control' | 'formState'>;

interface FieldProps<V extends FieldValues> {
  form: Form<V>;
  name: Path<V>;
  label: string;
  required?: boolean;
  description?: string;
}

function errorAt<V extends FieldValues>(form: Form<V>, name: Path<V>) {
  // Nested paths (contacts.0.name) walk the errors object the way react-hook-form builds it.
  return name
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], form.formState.errors) as
    { message?: unknown } | undefined;
}

/** An amount in euros, typed as text (decimal comma or point) and turned into cents by the schema. */
export function MoneyField<V extends FieldValues>({ form, name, label, required, description }: FieldProps<V>) {
  const fieldError = useFieldError();
  return (
    <TextInput
      label={label}
      required={required}
      description={description}
      inputMode="decimal"
      rightSection="€"
      autoComplete="off"
      error={fieldError(errorAt(form, name))}
      {...form.register(name)}
    />
  );
}

export function DateField<V extends FieldValues>({ form, name, label, required, description }: FieldProps<V>) {
  const fieldError = useFieldError();
  return (
    <DayInput
      label={label}
      required={required}
      description={description}
      error={fieldError(errorAt(form, name))}
      {...form.register(name)}
    />
  );
}

export function TextField<V extends FieldValues>({
  form,
  name,
  label,
  required,
  description,
  type,
}: FieldProps<V> & { type?: string }) {
  const fieldError = useFieldError();
  return (
    <TextInput
      type={type}
      label={label}
      required={required}
      description={description}
      error={fieldError(errorAt(form, name))}
      {...form.register(name)}
    />
  );
}

export function NotesField<V extends FieldValues>({ form, name, label }: FieldProps<V>) {
  const fieldError = useFieldError();
  return (
    <Textarea
      label={label}
      autosize
      minRows={2}
      maxRows={10}
      error={fieldError(errorAt(form, name))}
      {...form.register(name)}
    />
  );
}

/** A choice among values, each labelled by `<prefix><value>` in the dictionaries, or by `labels` (rows of the
 *  grant). */
export function EnumField<V extends FieldValues>({
  form,
  name,
  label,
  required,
  values,
  prefix,
  labels,
  testId,
}: FieldProps<V> & { values: readonly string[]; testId?: string } & (
    { prefix: string; labels?: never } | { labels: Record<string, string>; prefix?: never }
  )) {
  const t = useT();
  const fieldError = useFieldError();
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Select
          label={label}
          required={required}
          placeholder={t('common.choose')}
          data={values.map((value) => ({
            value,
            label: labels ? labels[value] : t(`${prefix}${value}` as MessageKey),
          }))}
          value={field.value || null}
          onChange={(value) => field.onChange(value ?? '')}
          onBlur={field.onBlur}
          ref={field.ref}
          name={field.name}
          allowDeselect={false}
          error={fieldError(errorAt(form, name))}
          data-testid={testId}
        />
      )}
    />
  );
}

/** A yes/no field: the form holds a boolean. */
export function CheckboxField<V extends FieldValues>({ form, name, label, description }: FieldProps<V>) {
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Checkbox
          label={label}
          description={description}
          checked={Boolean(field.value)}
          onChange={(e) => field.onChange(e.currentTarget.checked)}
          onBlur={field.onBlur}
          name={field.name}
          ref={field.ref}
        />
      )}
    />
  );
}
