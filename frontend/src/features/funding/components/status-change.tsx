'use client';

import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { centsToInput } from '@/lib/i18n/money';
import { useLocale, useT } from '@/lib/i18n/provider';
import { notifySuccess } from '@/lib/notify';
import { grantsApi } from '../api';
import { todayInParis } from '../dates';
import { statusChangeSchema } from '../schemas';
import { STATUS_TRANSITIONS, type GrantDetail, type GrantStatus } from '../types';
import { DateField, MoneyField, NotesField } from '@/components/form-fields';
import { ModalForm } from '@/components/modal-form';

/** Moves the grant to one of the statuses its life allows, dated (and, to grant it, with the amount). */
export function StatusChange({ grant, onSaved }: { grant: GrantDetail; onSaved: (g: GrantDetail) => void }) {
  const t = useT();
  const [locale] = useLocale();
  const [target, setTarget] = useState<GrantStatus | null>(null);
  const next = STATUS_TRANSITIONS[grant.status];
  if (next.length === 0) return null;

  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button rightSection={<IconChevronDown size={16} aria-hidden />} data-testid="grant-status-change">
            {t('funding.grant.changeStatus')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {next.map((status) => (
            <Menu.Item key={status} onClick={() => setTarget(status)} data-testid={`grant-status-to-${status}`}>
              {t(`funding.statusAction.${status}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <ModalForm
        opened={target !== null}
        onClose={() => setTarget(null)}
        title={target ? t(`funding.statusAction.${target}`) : ''}
        schema={statusChangeSchema}
        defaultValues={{
          status: target ?? '',
          on: todayInParis(),
          amountGrantedCents: centsToInput(grant.amountGrantedCents ?? grant.amountRequestedCents, locale),
          note: '',
        }}
        submitLabel={t('common.save')}
        testId="status-form"
        onSubmit={async (values) => {
          const saved = await grantsApi.changeStatus(grant.id, {
            ...values,
            amountGrantedCents: values.status === 'granted' ? values.amountGrantedCents! : undefined,
          });
          onSaved(saved);
          notifySuccess(t('funding.grant.statusChanged', { status: t(`funding.status.${saved.status}`) }));
        }}
      >
        {(form) => (
          <>
            <DateField form={form} name="on" label={t('funding.grant.field.statusOn')} required />
            {target === 'granted' && (
              <MoneyField
                form={form}
                name="amountGrantedCents"
                label={t('funding.grant.field.amountGranted')}
                required
              />
            )}
            <NotesField form={form} name="note" label={t('funding.grant.field.statusNote')} />
          </>
        )}
      </ModalForm>
    </>
  );
}
