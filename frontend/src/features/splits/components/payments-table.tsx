'use client';

import { useState } from 'react';
import { Badge, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useFormat, useT } from '@/lib/i18n/provider';
import { errorText, notifySuccess } from '@/lib/notify';
import { DataTable } from '@/components/data-table';
import { FormAlert } from '@/components/form-alert';
import { splitsApi } from '../api';
import type { Payment, SplitDetail } from '../types';

/** Payments and reversals, oldest first; a payment can be cancelled by a reversal (never edited). */
export function PaymentsTable({
  split,
  canPay,
  onChange,
}: {
  split: SplitDetail;
  canPay: boolean;
  onChange: (split: SplitDetail) => void;
}) {
  const t = useT();
  const format = useFormat();
  const [target, setTarget] = useState<Payment>();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [opened, { open, close }] = useDisclosure(false);

  const start = (p: Payment) => {
    setTarget(p);
    setReason('');
    setError(undefined);
    open();
  };
  const reverse = async () => {
    setBusy(true);
    try {
      const saved = await splitsApi.reversePayment(split.id, target!.id, { reason });
      notifySuccess(t('splits.payment.reversed'));
      close();
      onChange(saved);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <DataTable<Payment>
        caption={t('splits.payments')}
        testId="split-payments"
        minWidth={640}
        rows={split.payments}
        rowKey={(p) => p.id}
        empty={t('splits.payment.none')}
        columns={[
          { key: 'paidOn', header: t('splits.payment.paidOn'), render: (p) => format.date(p.paidOn) },
          { key: 'organisation', header: t('splits.line.organisation'), render: (p) => p.organisationName },
          {
            key: 'amount',
            header: t('splits.payment.amount'),
            render: (p) => (
              <Group gap={6} wrap="nowrap">
                <Text
                  size="sm"
                  fw={500}
                  td={p.reversedById ? 'line-through' : undefined}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {format.cents(p.amountCents)}
                </Text>
                {p.reversesId && (
                  <Badge size="xs" color="red" variant="light">
                    {t('splits.payment.reversal')}
                  </Badge>
                )}
                {p.reversedById && (
                  <Badge size="xs" color="gray" variant="light">
                    {t('splits.payment.cancelled')}
                  </Badge>
                )}
              </Group>
            ),
          },
          { key: 'reference', header: t('splits.payment.reference'), render: (p) => p.reference },
          { key: 'note', header: t('splits.payment.note'), render: (p) => <Text size="xs">{p.note}</Text> },
          ...(canPay
            ? [
                {
                  key: 'actions',
                  header: t('common.actions'),
                  render: (p: Payment) =>
                    !p.reversesId &&
                    !p.reversedById && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => start(p)}
                        data-testid="payment-reverse"
                      >
                        {t('splits.payment.reverse')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <Modal opened={opened} onClose={close} title={t('splits.payment.reverseTitle')} centered>
        <Stack>
          <FormAlert message={error} />
          <Text size="sm">
            {target &&
              t('splits.payment.reverseConfirm', {
                amount: format.cents(target.amountCents),
                name: target.organisationName,
                reference: target.reference,
              })}
          </Text>
          <Textarea
            label={t('splits.payment.reason')}
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={2}
            data-testid="payment-reverse-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={busy}
              disabled={!reason.trim()}
              onClick={() => void reverse()}
              data-testid="payment-reverse-confirm"
            >
              {t('splits.payment.reverse')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
