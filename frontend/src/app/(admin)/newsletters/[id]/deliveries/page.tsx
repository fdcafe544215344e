'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { useState } from 'react';
import { Anchor, Button, Checkbox, Group, Select, SimpleGrid, Text } from '@mantine/core';
import { IconArrowLeft, IconSend } from '@tabler/icons-react';
import { Can } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { errorText, notifyError, notifySuccess } from '@/lib/notify';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { DataTable, type Column } from '@/components/data-table';
import { FormAlert } from '@/components/form-alert';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { SearchInput } from '@/components/search-input';
import { issuesApi } from '@/features/newsletters/api';
import { DeliveryStatusBadge } from '@/features/newsletters/components/delivery-status-badge';
import { DELIVERY_STATUSES, type DeliveryRow, type DeliveryStatus } from '@/features/newsletters/types';

const PAGE_SIZE = 50;
/** What the API lets a team send again (see ResendDto). */
const RESENDABLE = new Set<DeliveryStatus>(['failed', 'uncertain']);

/** One issue's recipients: status, the relay's answer, filters, and resending to a chosen set. */
export default function DeliveriesPage() {
  const t = useT();
  const { dateTime } = useFormat();
  const { id } = useParams<{ id: string }>();
  const [query, setQuery] = useUrlQuery({ q: '', status: '', page: '1' });
  const page = Number(query.page) || 1;
  const issue = useApiData((signal) => issuesApi.get(id, signal), [id]);
  const stats = useApiData((signal) => issuesApi.stats(id, signal), [id]);
  const rows = useApiData(
    (signal) =>
      issuesApi.deliveries(
        id,
        { q: query.q, status: (query.status || undefined) as DeliveryStatus | undefined, page, pageSize: PAGE_SIZE },
        signal,
      ),
    [id, query.q, query.status, page],
  );
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState<string>();

  if (!issue.data) return <PageState {...issue} />;
  const counts = stats.data;
  const selectable = (rows.data?.items ?? []).filter((d) => RESENDABLE.has(d.status));
  const toggle = (deliveryId: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(deliveryId);
      else next.delete(deliveryId);
      return next;
    });
  const resend = async (name: string, body: { deliveryIds?: string[]; status?: 'failed' | 'uncertain' }) => {
    setBusy(name);
    try {
      const { queued } = await issuesApi.resend(id, body);
      notifySuccess(t('newsletters.deliveries.resent', { count: queued }));
      setChosen(new Set());
      rows.reload();
      stats.reload();
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(undefined);
    }
  };

  const columns: Column<DeliveryRow>[] = [
    {
      key: 'select',
      header: (
        <Checkbox
          aria-label={t('newsletters.deliveries.selectPage')}
          checked={selectable.length > 0 && selectable.every((d) => chosen.has(d.id))}
          indeterminate={selectable.some((d) => chosen.has(d.id)) && !selectable.every((d) => chosen.has(d.id))}
          disabled={selectable.length === 0}
          onChange={(e) => selectable.forEach((d) => toggle(d.id, e.currentTarget.checked))}
          data-testid="deliveries-select-page"
        />
      ),
      render: (d) => (
        <Checkbox
          aria-label={t('newsletters.deliveries.select', { email: d.email })}
          checked={chosen.has(d.id)}
          disabled={!RESENDABLE.has(d.status)}
          onChange={(e) => toggle(d.id, e.currentTarget.checked)}
          data-testid={`delivery-select-${d.id}`}
        />
      ),
    },
    {
      key: 'email',
      header: t('newsletters.field.email'),
      render: (d) => (
        <Anchor component={Link} href={`/newsletters/subscribers/${d.subscriberId}`}>
          {d.email}
        </Anchor>
      ),
    },
    {
      key: 'name',
      header: t('newsletters.field.name'),
      render: (d) => [d.firstName, d.lastName].filter(Boolean).join(' ') || '—',
    },
    { key: 'status', header: t('newsletters.field.status'), render: (d) => <DeliveryStatusBadge status={d.status} /> },
    { key: 'attempts', header: t('newsletters.deliveries.attempts'), render: (d) => d.attempts },
    {
      key: 'at',
      header: t('newsletters.deliveries.at'),
      render: (d) => (d.sentAt ? <span style={{ whiteSpace: 'nowrap' }}>{dateTime(d.sentAt)}</span> : '—'),
    },
    {
      key: 'answer',
      header: t('newsletters.deliveries.answer'),
      render: (d) => (
        <Text size="xs" ff="monospace" style={{ wordBreak: 'break-word' }}>
          {d.smtpResponse ?? '—'}
        </Text>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('newsletters.deliveries.title', { number: issue.data.number, title: issue.data.title })}
        actions={
          <Button
            component={Link}
            href={`/newsletters/${id}`}
            variant="default"
            leftSection={<IconArrowLeft size={16} />}
          >
            {t('newsletters.deliveries.back')}
          </Button>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md" role="search" aria-label={t('common.filters')}>
        <SearchInput
          label={t('common.search')}
          placeholder={t('newsletters.deliveries.search')}
          value={query.q}
          onSearch={(q) => setQuery({ q, page: '1' })}
        />
        <Select
          label={t('newsletters.field.status')}
          placeholder={counts ? t('newsletters.deliveries.all', { count: counts.recipients }) : t('common.all')}
          clearable
          data={DELIVERY_STATUSES.filter((s) => s !== 'claimed').map((s) => ({
            value: s,
            label: counts
              ? t('newsletters.deliveries.statusCount', {
                  label: t(`newsletters.deliveryStatus.${s}`),
                  count: counts[s],
                })
              : t(`newsletters.deliveryStatus.${s}`),
          }))}
          value={query.status || null}
          onChange={(v) => setQuery({ status: v ?? '', page: '1' })}
          data-testid="deliveries-status"
        />
      </SimpleGrid>
      <Can I="send" a="NewsletterIssue">
        <Group mb="xs">
          <Button
            leftSection={<IconSend size={16} />}
            disabled={chosen.size === 0}
            loading={busy === 'chosen'}
            onClick={() => void resend('chosen', { deliveryIds: [...chosen] })}
            data-testid="deliveries-resend-chosen"
          >
            {t('newsletters.deliveries.resendChosen', { count: chosen.size })}
          </Button>
          <Button
            variant="default"
            disabled={!counts?.failed}
            loading={busy === 'failed'}
            onClick={() => void resend('failed', { status: 'failed' })}
            data-testid="deliveries-resend-failed"
          >
            {t('newsletters.deliveries.resendFailed', { count: counts?.failed ?? 0 })}
          </Button>
          <Button
            variant="default"
            disabled={!counts?.uncertain}
            loading={busy === 'uncertain'}
            onClick={() => void resend('uncertain', { status: 'uncertain' })}
            data-testid="deliveries-resend-uncertain"
          >
            {t('newsletters.deliveries.resendUncertain', { count: counts?.uncertain ?? 0 })}
          </Button>
        </Group>
        <Text size="sm" c="dimmed" mb="md">
          {t('newsletters.deliveries.resendHelp')}
        </Text>
      </Can>
      <FormAlert message={rows.error && errorText(t, rows.error)} />
      <DataTable
        caption={t('newsletters.deliveries.table')}
        testId="deliveries-table"
        columns={columns}
        rows={rows.data?.items}
        rowKey={(d) => d.id}
        loading={rows.loading}
        empty={t('newsletters.deliveries.empty')}
        minWidth={900}
        pagination={{
          page,
          pageSize: PAGE_SIZE,
          total: rows.data?.total ?? 0,
          onPage: (p) => setQuery({ page: String(p) }),
        }}
      />
    </>
  );
}
