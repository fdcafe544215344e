'use client';

import { useSearchParams } from 'next/navigation';
import { Badge, Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconDownload, IconEraser } from '@tabler/icons-react';
import { useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { displayName } from '@/lib/person-name';
import { errorText, notifyError, notifySuccess } from '@/lib/notify';
import { useApiData } from '@/lib/use-api-data';
import { ConfirmButton } from '@/components/confirm-button';
import { DataTable, type Column } from '@/components/data-table';
import { FormAlert } from '@/components/form-alert';
import { PageHeader } from '@/components/page-header';
import { privacyApi } from '@/features/privacy/api';
import { PrivacyRequestForm } from '@/features/privacy/components/privacy-request-form';
import type { PrivacyRequest } from '@/features/privacy/types';

export default function PrivacyPage() {
  const t = useT();
  const format = useFormat();
  const ability = useAppAbility();
  const personId = useSearchParams().get('personId') ?? undefined;
  const pending = useApiData((signal) => privacyApi.list({ status: 'pending', pageSize: 200 }, signal), []);
  const done = useApiData((signal) => privacyApi.list({ status: 'done', order: 'desc', pageSize: 50 }, signal), []);
  const reload = () => {
    pending.reload();
    done.reload();
  };

  const exportData = async (r: PrivacyRequest) => {
    try {
      await privacyApi.export(r.id);
      reload();
    } catch (error) {
      notifyError(t, error);
    }
  };
  const erase = async (r: PrivacyRequest) => {
    try {
      await privacyApi.erase(r.id);
      notifySuccess(t('privacy.erased', { name: r.personName }));
      reload();
    } catch (error) {
      notifyError(t, error);
    }
  };

  const columns: Column<PrivacyRequest>[] = [
    { key: 'person', header: t('privacy.field.person'), render: (r) => displayName(t, r.personName) },
    { key: 'kind', header: t('privacy.field.kind'), render: (r) => t(`privacy.kind.${r.kind}`) },
    { key: 'received', header: t('privacy.field.receivedAt'), render: (r) => format.date(r.receivedAt) },
    {
      key: 'deadline',
      header: t('privacy.field.deadline'),
      render: (r) => (
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" c={r.overdue ? 'red' : undefined} fw={r.overdue ? 700 : undefined}>
            {format.date(r.deadline)}
          </Text>
          {r.overdue && (
            <Badge color="red" variant="filled" size="sm">
              {t('privacy.overdue')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'status',
      header: t('privacy.field.status'),
      render: (r) =>
        r.status === 'done' ? (
          <Text size="sm">
            {t('privacy.status.done')}{' '}
            {r.handledAt &&
              t('privacy.handledBy', { date: format.date(r.handledAt), name: displayName(t, r.handledByName ?? '') })}
          </Text>
        ) : (
          t('privacy.status.pending')
        ),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (r) =>
        !ability.can('update', 'PrivacyRequest') ? null : r.kind === 'erasure' ? (
          r.status === 'pending' && (
            <ConfirmButton
              size="xs"
              color="red"
              leftSection={<IconEraser size={14} aria-hidden />}
              title={t('privacy.eraseTitle', { name: r.personName })}
              message={t('privacy.eraseConfirm')}
              confirmLabel={t('privacy.erase')}
              onConfirm={() => erase(r)}
              testId={`privacy-erase-${r.id}`}
            >
              {t('privacy.erase')}
            </ConfirmButton>
          )
        ) : (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconDownload size={14} aria-hidden />}
            onClick={() => void exportData(r)}
            data-testid={`privacy-export-${r.id}`}
          >
            {t('privacy.download')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('nav.privacy')} description={t('privacy.intro')} />
      {ability.can('create', 'PrivacyRequest') && (
        <Paper withBorder p="md" mb="lg">
          <Title order={2} size="h4" mb="sm">
            {t('privacy.new')}
          </Title>
          <PrivacyRequestForm key={personId} personId={personId} onSaved={reload} />
        </Paper>
      )}
      <Title order={2} size="h4" mb="sm">
        {t('privacy.pending')}
      </Title>
      <FormAlert message={pending.error && errorText(t, pending.error)} />
      <DataTable
        caption={t('privacy.pending')}
        testId="privacy-pending"
        columns={columns}
        rows={pending.data?.items}
        rowKey={(r) => r.id}
        loading={pending.loading}
        empty={t('privacy.none')}
      />
      <Title order={2} size="h4" mt="xl" mb="sm">
        {t('privacy.done')}
      </Title>
      <DataTable
        caption={t('privacy.done')}
        testId="privacy-done"
        columns={columns}
        rows={done.data?.items}
        rowKey={(r) => r.id}
        loading={done.loading}
        empty={t('privacy.none')}
      />
    </>
  );
}
