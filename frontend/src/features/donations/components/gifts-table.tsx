'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Anchor, Badge, Button } from '@mantine/core';
import { useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { notifyError, notifySuccess } from '@/lib/notify';
import { DataTable, type Column, type PageState } from '@/components/data-table';
import { donationsApi } from '../api';
import type { Gift } from '../types';

/** Gifts with who gave, how, and their receipt; a paid gift without one can get it here. */
export function GiftsTable({
  gifts,
  loading,
  pagination,
  onChanged,
  hide = [],
}: {
  gifts: Gift[] | undefined;
  loading?: boolean;
  pagination?: PageState;
  onChanged: () => void;
  /** Columns the page already says (the donor on their page, the campaign on its page). */
  hide?: ('donor' | 'campaign')[];
}) {
  const t = useT();
  const format = useFormat();
  const ability = useAppAbility();
  const [busy, setBusy] = useState<string>();
  const issue = async (gift: Gift) => {
    setBusy(gift.id);
    try {
      const { receipts } = await donationsApi.issueReceipts({ kind: 'gift', giftIds: [gift.id] });
      notifySuccess(t('donations.receipt.issued', { count: receipts.length }));
      onChanged();
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(undefined);
    }
  };
  const columns: Column<Gift>[] = [
    { key: 'receivedOn', header: t('donations.gift.field.receivedOn'), render: (g) => format.date(g.receivedOn) },
    {
      key: 'donor',
      header: t('donations.gift.field.donor'),
      render: (g) => (
        <Anchor component={Link} href={`/donations/donors/${g.donorId}`}>
          {g.donorName}
        </Anchor>
      ),
    },
    {
      key: 'campaign',
      header: t('donations.gift.field.campaign'),
      render: (g) =>
        g.campaignId && (
          <Anchor component={Link} href={`/donations/campaigns/${g.campaignId}`}>
            {g.campaignName}
          </Anchor>
        ),
    },
    { key: 'amount', header: t('donations.gift.field.amount'), render: (g) => format.cents(g.amountCents) },
    {
      key: 'how',
      header: t('donations.gift.field.paymentMethod'),
      render: (g) =>
        `${t(`donations.paymentMethod.${g.paymentMethod}`)} · ${t(`donations.frequency.${g.frequency}`)}` +
        (g.reference ? ` · ${g.reference}` : ''),
    },
    { key: 'source', header: t('donations.gift.field.source'), render: (g) => t(`donations.giftSource.${g.source}`) },
    {
      key: 'status',
      header: t('donations.gift.field.status'),
      render: (g) => (
        <Badge variant="light" color={g.status === 'paid' ? 'teal' : 'gray'}>
          {t(`donations.giftStatus.${g.status}`)}
        </Badge>
      ),
    },
    {
      key: 'receipt',
      header: t('donations.gift.field.receipt'),
      render: (g) =>
        g.receiptNumber ??
        (g.status === 'paid' && ability.can('issue', 'TaxReceipt') && (
          <Button
            size="compact-xs"
            variant="light"
            loading={busy === g.id}
            onClick={() => void issue(g)}
            data-testid="gift-issue-receipt"
          >
            {t('donations.gift.issueReceipt')}
          </Button>
        )),
    },
  ];
  return (
    <DataTable
      caption={t('donations.tab.gifts')}
      testId="gifts-table"
      columns={columns.filter((c) => !hide.includes(c.key as 'donor'))}
      rows={gifts}
      rowKey={(g) => g.id}
      loading={loading}
      empty={t('donations.gift.none')}
      pagination={pagination}
    />
  );
}
