'use client';

import { useState } from 'react';
import Link from 'next/link';
import { Alert, Anchor, Button, Checkbox, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { errorText, notifyError, notifySuccess } from '@/lib/notify';
import { DataTable, type Column } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import { FormAlert } from '@/components/form-alert';
import { contributionsApi } from '@/features/contributions/api';
import { RejectButton } from '@/features/contributions/components/reject-button';
import type { Contribution } from '@/features/contributions/types';

const PAGE_SIZE = 50;

/** Submitted contributions, oldest first: validate or reject one, or several at once. */
export default function ValidationQueuePage() {
  const t = useT();
  const format = useFormat();
  const ability = useAppAbility();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const queue = useApiData(
    (signal) =>
      contributionsApi.list({ status: 'submitted', sort: 'startsOn', order: 'asc', page, pageSize: PAGE_SIZE }, signal),
    [page],
  );
  const rows = queue.data?.items ?? [];
  // Four eyes: what the user entered or gave is not theirs to validate; it stays in the list for someone else.
  const mayValidate = (c: Contribution) => ability.can('validate', asSubject('Contribution', c));
  const selectable = rows.filter(mayValidate);
  const reviewer = ability.can('validate', 'Contribution');
  const ownRows = rows.length - selectable.length;
  // Why a row's box is off: not a reviewer at all (a COPIL member), or their own entry (four eyes).
  const whyNot = reviewer ? 'contributions.fourEyes' : 'contributions.queue.notReviewer';
  const chosen = selectable.filter((c) => selected.has(c.id)).map((c) => c.id);

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const review = async (decision: 'validate' | 'reject', reason?: string) => {
    setBusy(true);
    try {
      await contributionsApi.review(chosen, decision, reason);
      notifySuccess(
        t(decision === 'validate' ? 'contributions.validated' : 'contributions.rejected', { count: chosen.length }),
      );
      setSelected(new Set());
      queue.reload();
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(false);
    }
  };

  const columns: Column<Contribution>[] = [
    {
      key: 'select',
      header: (
        <Checkbox
          aria-label={t('contributions.queue.selectAll')}
          checked={selectable.length > 0 && chosen.length === selectable.length}
          indeterminate={chosen.length > 0 && chosen.length < selectable.length}
          onChange={(e) => setSelected(new Set(e.currentTarget.checked ? selectable.map((c) => c.id) : []))}
          data-testid="queue-select-all"
        />
      ),
      render: (c) =>
        mayValidate(c) ? (
          <Checkbox
            aria-label={t('contributions.queue.select', { description: c.description })}
            checked={selected.has(c.id)}
            onChange={(e) => toggle(c.id, e.currentTarget.checked)}
            data-testid={`queue-select-${c.id}`}
          />
        ) : (
          <Tooltip label={t(whyNot)} multiline w={260}>
            <Checkbox aria-label={t(whyNot)} disabled />
          </Tooltip>
        ),
    },
    {
      key: 'date',
      header: t('contributions.field.startsOn'),
      render: (c) => (
        <Anchor component={Link} href={`/contributions/${c.id}`} style={{ whiteSpace: 'nowrap' }}>
          {format.date(c.startsOn)}
        </Anchor>
      ),
    },
    { key: 'who', header: t('contributions.field.giver'), render: (c) => c.organisationName ?? c.personName },
    { key: 'type', header: t('contributions.field.type'), render: (c) => t(`contributions.type.${c.type}`) },
    {
      key: 'value',
      header: t('contributions.field.value'),
      render: (c) => (
        <Text size="sm" fw={500}>
          {format.cents(c.valueCents)}
        </Text>
      ),
    },
    {
      key: 'description',
      header: t('contributions.field.description'),
      render: (c) => (
        <Text size="sm" lineClamp={2}>
          {c.description}
        </Text>
      ),
    },
    {
      key: 'submitted',
      header: t('contributions.field.submittedAt'),
      render: (c) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {format.date(c.submittedAt)}
        </Text>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('contributions.queue.title')} description={t('contributions.queue.intro')} />
      {!reviewer && (
        <Alert color="blue" mb="md" data-testid="queue-why">
          {t('contributions.queue.notReviewer')}
        </Alert>
      )}
      {reviewer && ownRows > 0 && (
        <Alert color="yellow" mb="md" data-testid="queue-why">
          {t('contributions.queue.ownRows', { count: ownRows })}
        </Alert>
      )}
      <Group mb="md" data-testid="queue-actions">
        {reviewer && (
          <>
            <Button
              color="teal"
              leftSection={<IconCheck size={16} aria-hidden />}
              disabled={chosen.length === 0}
              loading={busy}
              onClick={() => void review('validate')}
              data-testid="queue-validate"
            >
              {t('contributions.validateSelected', { count: chosen.length })}
            </Button>
            <RejectButton
              count={chosen.length}
              disabled={chosen.length === 0 || busy}
              onReject={(reason) => review('reject', reason)}
            />
          </>
        )}
        <Text size="sm" c="dimmed">
          {t('contributions.queue.waiting', {
            count: queue.data?.total ?? 0,
            value: format.cents(queue.data?.totalValueCents ?? 0),
          })}
        </Text>
      </Group>
      <FormAlert message={queue.error && errorText(t, queue.error)} />
      <DataTable
        caption={t('contributions.queue.title')}
        testId="queue-table"
        columns={columns}
        rows={queue.data?.items}
        rowKey={(c) => c.id}
        loading={queue.loading}
        empty={t('contributions.queue.empty')}
        minWidth={860}
        pagination={{ page, pageSize: PAGE_SIZE, total: queue.data?.total ?? 0, onPage: setPage }}
      />
    </>
  );
}
