'use client';

import { useState } from 'react';
import { Badge, Text } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { DataTable } from '@/components/data-table';
import { FormAlert } from '@/components/form-alert';
import { errorText } from '@/lib/notify';
import { splitsApi } from '../api';
import type { LedgerEntry, LedgerKind } from '../types';

const COLORS: Record<LedgerKind, string> = {
  allocated: 'blue',
  paid: 'teal',
  reversed: 'red',
  settled: 'green',
  reopened: 'orange',
};
const PAGE_SIZE = 20;

/** The journal of what was decided and paid, newest first, as it was written (entries never change). */
export function LedgerTable({
  splitId,
  organisationId,
  version = 0,
}: {
  splitId?: string;
  organisationId?: string;
  version?: number;
}) {
  const t = useT();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const ledger = useApiData(
    (signal) => splitsApi.ledger({ splitId, organisationId, page, pageSize: PAGE_SIZE }, signal),
    [splitId, organisationId, page, version],
  );
  return (
    <>
      <FormAlert message={ledger.error && errorText(t, ledger.error)} />
      <DataTable<LedgerEntry>
        caption={t('splits.ledger')}
        testId="split-ledger"
        minWidth={640}
        rows={ledger.data?.items}
        loading={ledger.loading}
        rowKey={(e) => e.id}
        columns={[
          {
            key: 'at',
            header: t('splits.ledgerAt'),
            render: (e) => (
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {format.dateTime(e.at)}
              </Text>
            ),
          },
          {
            key: 'kind',
            header: t('splits.ledgerKind'),
            render: (e) => (
              <Badge size="sm" variant="light" color={COLORS[e.kind]}>
                {t(`splits.ledgerKinds.${e.kind}`)}
              </Badge>
            ),
          },
          { key: 'summary', header: t('splits.ledgerSummary'), render: (e) => <Text size="sm">{e.summary}</Text> },
          {
            key: 'amount',
            header: t('splits.payment.amount'),
            render: (e) =>
              e.amountCents === null ? (
                ''
              ) : (
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {format.cents(e.amountCents)}
                </Text>
              ),
          },
          { key: 'actor', header: t('splits.ledgerActor'), render: (e) => e.actorName },
        ]}
        pagination={{ page, pageSize: PAGE_SIZE, total: ledger.data?.total ?? 0, onPage: setPage }}
      />
    </>
  );
}
