'use client';

import { Button, Select, SimpleGrid, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { DayInput } from '@/components/day-input';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { errorText } from '@/lib/notify';
import { DataTable, type Column } from '@/components/data-table';
import { ExportButton } from '@/components/export-button';
import { PageHeader } from '@/components/page-header';
import { FormAlert } from '@/components/form-alert';
import { AccountSelect } from '@/features/accounts/components/account-select';
import { auditApi } from '@/features/audit/api';
import { AuditChanges } from '@/features/audit/components/audit-changes';
import { useAuditLabels } from '@/features/audit/labels';
import { AUDIT_ENTITY_TYPES, type AuditEntry, type AuditQuery } from '@/features/audit/types';

const PAGE_SIZE = 50;

export default function AuditPage() {
  const t = useT();
  const format = useFormat();
  const labels = useAuditLabels();
  const [query, setQuery] = useUrlQuery({ entityType: '', entityId: '', actorId: '', from: '', to: '', page: '1' });
  const auditQuery: AuditQuery = { ...query, page: Number(query.page) || 1, pageSize: PAGE_SIZE };
  const list = useApiData((signal) => auditApi.list(auditQuery, signal), [JSON.stringify(auditQuery)]);

  // No route gives an account by id: the entries already name the actor filtered on.
  const actor = list.data?.items.find((e) => e.actorId === query.actorId && e.actorName);
  const actorLabel = actor ? [{ value: query.actorId, label: actor.actorName! }] : [];

  const columns: Column<AuditEntry>[] = [
    {
      key: 'at',
      header: t('audit.field.at'),
      render: (e) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {format.dateTime(e.at)}
        </Text>
      ),
    },
    {
      key: 'actor',
      header: t('audit.field.actor'),
      render: (e) =>
        e.actorName ?? (
          <Text size="sm" c="dimmed">
            {t('audit.system')}
          </Text>
        ),
    },
    { key: 'action', header: t('audit.field.action'), render: (e) => labels.action(e.action) },
    {
      key: 'entity',
      header: t('audit.field.entity'),
      render: (e) => (
        <>
          <Text size="sm">{labels.entity(e.entityType)}</Text>
          {e.entityName && <Text size="sm">{e.entityName}</Text>}
          {e.entityId && !e.entityName && (
            <Text size="xs" c="dimmed" ff="monospace">
              {e.entityId}
            </Text>
          )}
        </>
      ),
    },
    { key: 'changes', header: t('audit.field.changes'), render: (e) => <AuditChanges entry={e} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.audit')}
        description={t('audit.intro')}
        actions={<ExportButton path="/audit/export" file="journal-audit" query={auditQuery} testId="audit-export" />}
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mb="md" role="search" aria-label={t('common.filters')}>
        <Select
          label={t('audit.field.entityType')}
          placeholder={t('common.all')}
          clearable
          data={AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: labels.entity(type) }))}
          value={query.entityType || null}
          onChange={(value) => setQuery({ entityType: value ?? '' })}
        />
        <AccountSelect
          label={t('audit.field.actor')}
          placeholder={t('common.all')}
          clearable
          known={actorLabel}
          value={query.actorId || null}
          onChange={(value) => setQuery({ actorId: value ?? '' })}
        />
        <DayInput
          label={t('audit.field.from')}
          value={query.from}
          onChange={(e) => setQuery({ from: e.target.value })}
        />
        <DayInput label={t('audit.field.to')} value={query.to} onChange={(e) => setQuery({ to: e.target.value })} />
      </SimpleGrid>
      {query.entityId && (
        <Button
          variant="light"
          size="xs"
          mb="md"
          rightSection={<IconX size={14} aria-hidden />}
          onClick={() => setQuery({ entityId: '' })}
        >
          {t('audit.entityFilter', { id: query.entityId })}
        </Button>
      )}
      <FormAlert message={list.error && errorText(t, list.error)} />
      <DataTable
        caption={t('nav.audit')}
        testId="audit-table"
        columns={columns}
        rows={list.data?.items}
        rowKey={(e) => e.id}
        loading={list.loading}
        pagination={{
          page: auditQuery.page ?? 1,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onPage: (page) => setQuery({ page: String(page) }),
        }}
      />
    </>
  );
}
