'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Card, Checkbox, Group, Stack, TextInput, Title } from '@mantine/core';
import { Can } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { errorText, notifyError, notifySuccess } from '@/lib/notify';
import { useApiData } from '@/lib/use-api-data';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { ConfirmButton } from '@/components/confirm-button';
import { DataTable, type Column } from '@/components/data-table';
import { FormAlert } from '@/components/form-alert';
import { PageHeader } from '@/components/page-header';
import { listsApi } from '@/features/newsletters/api';
import { NewslettersTabs } from '@/features/newsletters/components/newsletters-tabs';
import { listSchema, type ListFormValues } from '@/features/newsletters/schemas';
import type { NewsletterList } from '@/features/newsletters/types';

export default function ListsPage() {
  const t = useT();
  const lists = useApiData((signal) => listsApi.list(signal), []);
  const columns: Column<NewsletterList>[] = [
    {
      key: 'name',
      header: t('newsletters.field.name'),
      render: (l) => (
        <Group gap="xs">
          {l.name}
          {l.isPublic && (
            <Badge size="xs" variant="light">
              {t('newsletters.lists.public')}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: 'key', header: t('newsletters.field.key'), render: (l) => <code>{l.key}</code> },
    { key: 'confirmed', header: t('newsletters.lists.confirmed'), render: (l) => l.confirmed },
    { key: 'pending', header: t('newsletters.lists.pending'), render: (l) => l.pending },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (l) => (
        <Can I="archive" a="NewsletterList">
          <ConfirmButton
            size="xs"
            variant="subtle"
            color="red"
            title={t('newsletters.lists.archiveTitle', { name: l.name })}
            message={t('newsletters.lists.archiveMessage')}
            confirmLabel={t('common.archive')}
            onConfirm={() => listsApi.archive(l.id).then(lists.reload, (e) => notifyError(t, e))}
          >
            {t('common.archive')}
          </ConfirmButton>
        </Can>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('newsletters.tabs.lists')} />
      <NewslettersTabs />
      <Stack gap="xl">
        <DataTable
          caption={t('newsletters.tabs.lists')}
          testId="lists-table"
          columns={columns}
          rows={lists.data}
          rowKey={(l) => l.id}
          loading={lists.loading}
        />
        <Can I="create" a="NewsletterList">
          <ListForm onCreated={lists.reload} />
        </Can>
      </Stack>
    </>
  );
}

function ListForm({ onCreated }: { onCreated: () => void }) {
  const t = useT();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ListFormValues, unknown, Parameters<typeof listsApi.create>[0]>({
    resolver: zodResolver(listSchema),
    defaultValues: { key: '', name: '', description: '', isPublic: false },
  });
  const save = handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      const l = await listsApi.create(values);
      notifySuccess(t('newsletters.lists.created', { name: l.name }));
      reset();
      onCreated();
    } catch (error) {
      applyApiFieldErrors(error, setError);
      setFormError(errorText(t, error));
    }
  });
  return (
    <Card withBorder maw={640} component="form" onSubmit={(e) => void save(e)} noValidate>
      <Title order={2} size="h4" mb="sm">
        {t('newsletters.lists.new')}
      </Title>
      <Stack>
        <FormAlert message={formError} />
        <Group grow>
          <TextInput
            label={t('newsletters.field.name')}
            required
            error={fieldError(errors.name)}
            {...register('name')}
          />
          <TextInput
            label={t('newsletters.field.key')}
            description={t('newsletters.help.key')}
            required
            error={fieldError(errors.key)}
            {...register('key')}
          />
        </Group>
        <TextInput
          label={t('newsletters.field.description')}
          error={fieldError(errors.description)}
          {...register('description')}
        />
        <Checkbox label={t('newsletters.lists.isPublic')} {...register('isPublic')} />
        <Group justify="flex-end">
          <Button type="submit" loading={isSubmitting}>
            {t('newsletters.lists.create')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
