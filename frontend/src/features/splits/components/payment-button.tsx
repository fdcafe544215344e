'use client';

import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { DayInput } from '@/components/day-input';
import { useDisclosure } from '@mantine/hooks';
import { IconCash } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useFormat, useT } from '@/lib/i18n/provider';
import { TIME_ZONE } from '@/lib/i18n/dates';
import { errorText, notifySuccess } from '@/lib/notify';
import { optionalText, requiredText } from '@/lib/schema';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { splitsApi } from '../api';
import type { SplitDetail, SplitLine } from '../types';
import { MoneyInput } from './money-input';

const paymentSchema = z.object({
  amountCents: z
    .number()
    .int()
    .min(1, 'validation.required')
    .nullable()
    .refine((v) => v !== null, 'validation.required'),
  paidOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date'),
  reference: requiredText(120),
  note: optionalText(1000),
});
type PaymentValues = z.input<typeof paymentSchema>;
type PaymentOutput = z.output<typeof paymentSchema>;

/** Records a payment to one organisation: the remaining amount is proposed; the API refuses more. */
export function PaymentButton({
  split,
  line,
  onDone,
}: {
  split: SplitDetail;
  line: SplitLine;
  onDone: (split: SplitDetail) => void;
}) {
  const t = useT();
  const format = useFormat();
  const fieldError = useFieldError();
  const [opened, { open, close }] = useDisclosure(false);
  const [formError, setFormError] = useState<string>();
  const {
    control,
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<PaymentValues, unknown, PaymentOutput>({
    resolver: zodResolver(paymentSchema),
  });
  const start = () => {
    reset({
      amountCents: line.remainingCents ?? null,
      paidOn: dayjs().tz(TIME_ZONE).format('YYYY-MM-DD'),
      reference: '',
      note: '',
    });
    setFormError(undefined);
    open();
  };
  const onSubmit = handleSubmit(async (v) => {
    try {
      const saved = await splitsApi.recordPayment(split.id, {
        organisationId: line.organisationId,
        amountCents: v.amountCents,
        paidOn: v.paidOn,
        reference: v.reference,
        note: v.note ?? null,
      });
      notifySuccess(t('splits.payment.recorded', { amount: format.cents(v.amountCents), name: line.organisationName }));
      close();
      onDone(saved);
    } catch (error) {
      applyApiFieldErrors(error, setError);
      setFormError(errorText(t, error));
    }
  });

  return (
    <>
      <Button
        size="compact-xs"
        variant="light"
        leftSection={<IconCash size={14} aria-hidden />}
        onClick={start}
        disabled={!line.remainingCents}
        data-testid="split-pay"
      >
        {t('splits.payment.record')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('splits.payment.title', { name: line.organisationName })}
        centered
      >
        <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="payment-form">
          <Stack>
            <FormAlert message={formError} />
            <Text size="sm" c="dimmed">
              {t('splits.payment.remaining', { amount: format.cents(line.remainingCents ?? 0) })}
            </Text>
            <Controller
              control={control}
              name="amountCents"
              render={({ field }) => (
                <MoneyInput
                  label={t('splits.payment.amount')}
                  required
                  name={field.name}
                  value={field.value}
                  onChange={field.onChange}
                  error={fieldError(errors.amountCents)}
                  data-testid="payment-amount"
                />
              )}
            />
            <DayInput
              label={t('splits.payment.paidOn')}
              required
              error={fieldError(errors.paidOn)}
              {...register('paidOn')}
            />
            <TextInput
              label={t('splits.payment.reference')}
              description={t('splits.payment.referenceHelp')}
              required
              error={fieldError(errors.reference)}
              {...register('reference')}
              data-testid="payment-reference"
            />
            <TextInput label={t('splits.payment.note')} error={fieldError(errors.note)} {...register('note')} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={isSubmitting} data-testid="payment-submit">
                {t('splits.payment.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
