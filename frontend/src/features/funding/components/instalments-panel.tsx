'use client';

import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { IconCash, IconPlus, IconTrash } from '@tabler/icons-react';
import { centsToInput } from '@/lib/i18n/money';
import { useFormat, useLocale, useT } from '@/lib/i18n/provider';
import { notifyError } from '@/lib/notify';
import { ConfirmButton } from '@/components/confirm-button';
import { DataTable } from '@/components/data-table';
import { grantsApi } from '../api';
import { todayInParis } from '../dates';
import { instalmentSchema, receiptSchema } from '../schemas';
import { ACTIVE_STATUSES, type GrantDetail, type Instalment } from '../types';
import { OverdueBadge } from './badges';
import { DateField, MoneyField, NotesField, TextField } from '@/components/form-fields';
import { ModalForm } from '@/components/modal-form';

interface PanelProps {
  grant: GrantDetail;
  canEdit: boolean;
  onSaved: (g: GrantDetail) => void;
}

/** What the funder pays and when: expected, then received; late ones flagged. */
export function InstalmentsPanel({ grant, canEdit, onSaved }: PanelProps) {
  const t = useT();
  const format = useFormat();
  const [locale] = useLocale();
  const [adding, setAdding] = useState(false);
  const [receiving, setReceiving] = useState<Instalment | null>(null);
  const api = grantsApi.instalments(grant.id);
  const active = ACTIVE_STATUSES.includes(grant.status);

  return (
    <>
      <DataTable<Instalment>
        caption={t('funding.instalments.title')}
        testId="instalments-table"
        minWidth={640}
        rows={grant.instalments}
        rowKey={(i) => i.id}
        empty={active ? t('funding.instalments.empty') : t('funding.instalments.notYet')}
        columns={[
          { key: 'label', header: t('funding.instalments.label'), render: (i) => i.label },
          {
            key: 'expected',
            header: t('funding.instalments.expected'),
            render: (i) => `${format.cents(i.expectedCents)} · ${format.date(i.expectedOn)}`,
          },
          {
            key: 'received',
            header: t('funding.instalments.received'),
            render: (i) =>
              i.receivedOn ? (
                `${format.cents(i.receivedCents)} · ${format.date(i.receivedOn)}`
              ) : (
                <Group gap="xs">
                  <Text size="sm" c="dimmed">
                    {t('funding.instalments.pending')}
                  </Text>
                  {i.overdue && <OverdueBadge />}
                </Group>
              ),
          },
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  header: t('common.actions'),
                  render: (i: Instalment) => (
                    <Group gap="xs" wrap="nowrap">
                      {!i.receivedOn && (
                        <Button
                          size="compact-sm"
                          variant="light"
                          leftSection={<IconCash size={14} aria-hidden />}
                          onClick={() => setReceiving(i)}
                          data-testid="instalment-receive"
                        >
                          {t('funding.instalments.markReceived')}
                        </Button>
                      )}
                      <ConfirmButton
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        title={t('funding.instalments.removeTitle')}
                        message={t('funding.instalments.removeConfirm', { label: i.label })}
                        confirmLabel={t('funding.remove')}
                        onConfirm={() => api.remove(i.id).then(onSaved, (e) => notifyError(t, e))}
                        leftSection={<IconTrash size={14} aria-hidden />}
                      >
                        {t('funding.remove')}
                      </ConfirmButton>
                    </Group>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canEdit && active && (
        <Group mt="sm">
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setAdding(true)}
            data-testid="instalment-add"
          >
            {t('funding.instalments.add')}
          </Button>
        </Group>
      )}
      <ModalForm
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('funding.instalments.add')}
        schema={instalmentSchema}
        defaultValues={{ label: '', expectedCents: '', expectedOn: '', notes: '' }}
        submitLabel={t('common.save')}
        testId="instalment-form"
        onSubmit={(values) => api.add(values).then(onSaved)}
      >
        {(form) => (
          <>
            <TextField form={form} name="label" label={t('funding.instalments.label')} required />
            <Group grow align="flex-start">
              <MoneyField form={form} name="expectedCents" label={t('funding.instalments.expectedAmount')} required />
              <DateField form={form} name="expectedOn" label={t('funding.instalments.expectedOn')} required />
            </Group>
            <NotesField form={form} name="notes" label={t('funding.grant.field.notes')} />
          </>
        )}
      </ModalForm>
      <ModalForm
        opened={receiving !== null}
        onClose={() => setReceiving(null)}
        title={t('funding.instalments.receivedTitle', { label: receiving?.label ?? '' })}
        schema={receiptSchema}
        defaultValues={{ receivedCents: centsToInput(receiving?.expectedCents, locale), receivedOn: todayInParis() }}
        submitLabel={t('common.save')}
        testId="receipt-form"
        onSubmit={(values) => api.update(receiving!.id, values).then(onSaved)}
      >
        {(form) => (
          <Group grow align="flex-start">
            <MoneyField form={form} name="receivedCents" label={t('funding.instalments.receivedAmount')} required />
            <DateField form={form} name="receivedOn" label={t('funding.instalments.receivedOn')} required />
          </Group>
        )}
      </ModalForm>
    </>
  );
}

export type { PanelProps };
