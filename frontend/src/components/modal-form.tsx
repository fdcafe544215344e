'use client';

import { useState, type ReactNode } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack } from '@mantine/core';
import type { z } from 'zod';
import { useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { applyApiFieldErrors } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';

interface ModalFormProps<V extends FieldValues, O> {
  opened: boolean;
  onClose: () => void;
  title: string;
  schema: z.ZodType<O, V>;
  defaultValues: V;
  submitLabel: string;
  testId: string;
  /** Saves; a failure stays in the modal, its field errors at the fields. */
  onSubmit: (values: O) => Promise<unknown>;
  children: (form: UseFormReturn<V, unknown, O>) => ReactNode;
}

/**
 * Small forms in a modal (a grant’s instalment, a budget line, a gift…): typed from a zod schema,
 * server field errors shown at the fields, closed once saved. Fresh values each time it opens.
 */
export function ModalForm<V extends FieldValues, O>({ opened, onClose, title, ...rest }: ModalFormProps<V, O>) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered size="lg">
      {opened && <ModalFormBody onClose={onClose} {...rest} />}
    </Modal>
  );
}

function ModalFormBody<V extends FieldValues, O>({
  onClose,
  schema,
  defaultValues,
  submitLabel,
  testId,
  onSubmit,
  children,
}: Omit<ModalFormProps<V, O>, 'opened' | 'title'>) {
  const t = useT();
  const [formError, setFormError] = useState<string>();
  const form = useForm<V, unknown, O>({
    // zodResolver's overloads cannot follow a generic schema: the types are tied by the props above.
    resolver: zodResolver(schema as never) as never,
    defaultValues: defaultValues as DefaultValues<V>,
  });
  const submit = form.handleSubmit(
    async (values) => {
      setFormError(undefined);
      try {
        await onSubmit(values);
        onClose();
      } catch (error) {
        applyApiFieldErrors(error, form.setError);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid={testId}>
      <Stack>
        <FormAlert message={formError} />
        {children(form)}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting} data-testid={`${testId}-submit`}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
