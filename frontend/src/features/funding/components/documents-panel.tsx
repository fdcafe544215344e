'use client';

import { useState } from 'react';
import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconExternalLink, IconPlus, IconTrash } from '@tabler/icons-react';
import { useT } from '@/lib/i18n/provider';
import { notifyError } from '@/lib/notify';
import { ConfirmButton } from '@/components/confirm-button';
import { grantsApi } from '../api';
import { documentSchema } from '../schemas';
import { DOCUMENT_KINDS } from '../types';
import { EnumField, TextField } from '@/components/form-fields';
import type { PanelProps } from './instalments-panel';
import { ModalForm } from '@/components/modal-form';

/** Links to the documents kept elsewhere: the application, the signed agreement, the budget… */
export function DocumentsPanel({ grant, canEdit, onSaved }: PanelProps) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const api = grantsApi.documents(grant.id);
  return (
    <Stack gap="xs" data-testid="documents">
      {grant.documents.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('funding.documents.empty')}
        </Text>
      )}
      {grant.documents.map((d) => (
        <Group key={d.id} gap="sm" wrap="nowrap">
          <Badge variant="outline" color="gray">
            {t(`funding.documentKind.${d.kind}`)}
          </Badge>
          <Anchor href={d.url} target="_blank" rel="noreferrer" style={{ minWidth: 0 }}>
            <Group gap={4} wrap="nowrap">
              <Text truncate>{d.label}</Text>
              <IconExternalLink size={14} aria-hidden />
            </Group>
          </Anchor>
          {canEdit && (
            <ConfirmButton
              size="compact-sm"
              variant="subtle"
              color="red"
              title={t('funding.documents.removeTitle')}
              message={t('funding.documents.removeConfirm', { label: d.label })}
              confirmLabel={t('funding.remove')}
              onConfirm={() => api.remove(d.id).then(onSaved, (e) => notifyError(t, e))}
              leftSection={<IconTrash size={14} aria-hidden />}
            >
              {t('funding.remove')}
            </ConfirmButton>
          )}
        </Group>
      ))}
      {canEdit && (
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setAdding(true)}
            data-testid="document-add"
          >
            {t('funding.documents.add')}
          </Button>
        </Group>
      )}
      <ModalForm
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('funding.documents.add')}
        schema={documentSchema}
        defaultValues={{ kind: '', label: '', url: '' }}
        submitLabel={t('common.save')}
        testId="document-form"
        onSubmit={(values) => api.add(values).then(onSaved)}
      >
        {(form) => (
          <>
            <EnumField
              form={form}
              name="kind"
              label={t('funding.documents.kind')}
              required
              values={DOCUMENT_KINDS}
              prefix="funding.documentKind."
            />
            <TextField form={form} name="label" label={t('funding.documents.label')} required />
            <TextField form={form} name="url" type="url" label={t('funding.documents.url')} required />
          </>
        )}
      </ModalForm>
    </Stack>
  );
}
