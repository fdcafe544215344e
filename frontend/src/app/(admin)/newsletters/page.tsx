'use client';

import Link from 'next/link';
import { Alert, Anchor, Button, Select } from '@mantine/core';
import { IconCalendarDue, IconPlus } from '@tabler/icons-react';
import { Can, useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { errorText } from '@/lib/notify';
import { DataTable, type Column } from '@/components/data-table';
import { FormAlert } from '@/components/form-alert';
import { PageHeader } from '@/components/page-header';
import { issuesApi } from '@/features/newsletters/api';
import { IssueStatusBadge } from '@/features/newsletters/components/issue-status-badge';
import { NewslettersTabs } from '@/features/newsletters/components/newsletters-tabs';
import { ISSUE_STATUSES, type Issue, type IssueStatus } from '@/features/newsletters/types';

const PAGE_SIZE = 20;

export default function NewslettersPage() {
  const t = useT();
  const { date: formatDate, dateTime: formatDateTime } = useFormat();
  const ability = useAppAbility();
  const [query, setQuery] = useUrlQuery({ status: '', page: '1' });
  const page = Number(query.page) || 1;
  const list = useApiData(
    (signal) =>
      issuesApi.list(
        { status: (query.status || undefined) as IssueStatus | undefined, page, pageSize: PAGE_SIZE },
        signal,
      ),
    [query.status, page],
  );
  const canCompose = ability.can('update', 'NewsletterIssue');
  const cadence = useApiData(
    (signal) => (canCompose ? issuesApi.cadence(signal) : Promise.resolve(undefined)),
    [canCompose],
  );

  const columns: Column<Issue>[] = [
    { key: 'number', header: t('newsletters.field.number'), render: (i) => `n° ${i.number}` },
    {
      key: 'title',
      header: t('newsletters.field.issueTitle'),
      render: (i) => (
        <Anchor
          component={Link}
          href={i.status === 'sent' && !canCompose ? `/newsletter/archive/${i.number}` : `/newsletters/${i.id}`}
          fw={500}
        >
          {i.title}
        </Anchor>
      ),
    },
    { key: 'status', header: t('newsletters.field.status'), render: (i) => <IssueStatusBadge status={i.status} /> },
    {
      key: 'sendAt',
      header: t('newsletters.field.sendAt'),
      render: (i) => (i.sentAt ? formatDateTime(i.sentAt) : i.sendAt ? formatDateTime(i.sendAt) : '—'),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.newsletters')}
        actions={
          <Can I="create" a="NewsletterIssue">
            <Button
              component={Link}
              href="/newsletters/new"
              leftSection={<IconPlus size={16} aria-hidden />}
              data-testid="issue-new"
            >
              {t('newsletters.new')}
            </Button>
          </Can>
        }
      />
      <NewslettersTabs />
      {cadence.data?.nextDueOn && (
        <Alert icon={<IconCalendarDue aria-hidden />} color="teal" mb="md" data-testid="cadence">
          {t('newsletters.cadence', {
            number: cadence.data.nextNumber,
            date: formatDate(cadence.data.nextDueOn),
            reminder: formatDate(cadence.data.reminderOn),
          })}
        </Alert>
      )}
      {canCompose && (
        <Select
          mb="md"
          maw={260}
          label={t('newsletters.field.status')}
          placeholder={t('common.all')}
          clearable
          data={ISSUE_STATUSES.map((s) => ({ value: s, label: t(`newsletters.status.${s}`) }))}
          value={query.status || null}
          onChange={(v) => setQuery({ status: v ?? '' })}
        />
      )}
      <FormAlert message={list.error && errorText(t, list.error)} />
      <DataTable
        caption={t('nav.newsletters')}
        testId="issues-table"
        columns={columns}
        rows={list.data?.items}
        rowKey={(i) => i.id}
        loading={list.loading}
        pagination={{
          page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onPage: (p) => setQuery({ page: String(p) }),
        }}
      />
    </>
  );
}
