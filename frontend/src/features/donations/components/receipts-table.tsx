'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { notifyError, notifySuccess } from '@/lib/notify';
import { DataTable, type Column, type PageState } from '@/components/data-table';
import { CheckboxField, TextField } from '@/components/form-fields';
import { ModalForm } from '@/components/modal-form';
import { donationsApi } from '../api';
import { cancelReceiptSchema } from '../schemas';
import type { Receipt } from '../types';

/** Receipts with their state: the PDF, and a cancellation (with its reason, and a reissue if asked) kept as a trace. */
export function ReceiptsTable({
  receipts,
  loading,
  pagination,
  onChanged,
  hideDonor = false,
}: {
  receipts: Receipt[] | undefined;
  loading?: boolean;
  pagination?: PageState;
  onChanged: () => void;
  hideDonor?: boolean;
}) {
  const t = useT();
  const format = useFormat();
  const ability = useAppAbility();
  const [cancelling, setCancelling] = useState<Receipt>();
  const columns: Column<Receipt>[] = [
    {
      key: 'number',
      header: t('donations.receipt.field.number'),
      render: (r) => <Text ff="monospace">{r.number}</Text>,
    },
    {
      key: 'donor',
      header: t('donations.donor.field.name'),
      render: (r) => (
        <Anchor component={Link} href={`/donations/donors/${r.donorId}`}>
          {r.donorName}
        </Anchor>
      ),
    },
    { key: 'kind', header: t('donations.receipt.field.kind'), render: (r) => t(`donations.receipt.kind.${r.kind}`) },
    { key: 'amount', header: t('donations.receipt.field.amount'), render: (r) => format.cents(r.amountCents) },
    { key: 'issuedOn', header: t('donations.receipt.field.issuedOn'), render: (r) => format.date(r.issuedOn) },
    {
      key: 'state',
      header: t('donations.receipt.field.state'),
      render: (r) => (
        <Group gap={4}>
          {r.cancelledAt ? (
            <Badge color="red" variant="light" title={r.cancelReason ?? ''}>
              {t('donations.receipt.cancelled', { reason: r.cancelReason ?? '' })}
            </Badge>
          ) : (
            <Badge color="teal" variant="light">
              {t('donations.receipt.inForce')}
            </Badge>
          )}
          {r.replacesId && (
            <Badge color="gray" variant="outline">
              {t('donations.receipt.replaces')}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: 'mailed', header: t('donations.receipt.field.mailed'), render: (r) => format.dateTime(r.mailedAt) },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (r) => (
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-xs"
            variant="default"
            onClick={() => void donationsApi.receiptPdf(r.id, r.number).catch((e: unknown) => notifyError(t, e))}
          >
            {t('donations.receipt.pdf')}
          </Button>
          {!r.cancelledAt && ability.can('update', 'TaxReceipt') && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              onClick={() => setCancelling(r)}
              data-testid="receipt-cancel"
            >
              {t('donations.receipt.cancel')}
            </Button>
          )}
        </Group>
      ),
    },
  ];
  return (
    <>
      <DataTable
        caption={t('donations.tab.receipts')}
        testId="receipts-table"
        columns={hideDonor ? columns.filter((c) => c.key !== 'donor') : columns}
        rows={receipts}
        rowKey={(r) => r.id}
        loading={loading}
        empty={t('donations.receipt.none')}
        pagination={pagination}
      />
      <ModalForm
        opened={cancelling !== undefined}
        onClose={() => setCancelling(undefined)}
        title={t('donations.receipt.cancelTitle', { number: cancelling?.number ?? '' })}
        schema={cancelReceiptSchema}
        defaultValues={{ reason: '', reissue: true }}
        submitLabel={t('donations.receipt.cancel')}
        testId="receipt-cancel-form"
        onSubmit={async (values) => {
          await donationsApi.cancelReceipt(cancelling!.id, values);
          notifySuccess(t('donations.receipt.cancelled.done', { number: cancelling!.number }));
          onChanged();
        }}
      >
        {(form) => (
          <>
            <Text size="sm" c="dimmed">
              {t('donations.receipt.cancelHelp')}
            </Text>
            <TextField form={form} name="reason" label={t('donations.receipt.reason')} required />
            <CheckboxField form={form} name="reissue" label={t('donations.receipt.reissue')} />
          </>
        )}
      </ModalForm>
    </>
  );
}
