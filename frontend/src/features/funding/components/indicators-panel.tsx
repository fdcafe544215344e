'use client';

import { useState } from 'react';
import { Group, Progress, Text } from '@mantine/core';
import { useLocale, useT } from '@/lib/i18n/provider';
import { DataTable } from '@/components/data-table';
import { grantsApi } from '../api';
import { indicatorSchema } from '../schemas';
import type { Indicator } from '../types';
import { TextField } from '@/components/form-fields';
import type { PanelProps } from './instalments-panel';
import { ModalForm } from '@/components/modal-form';
import { AddRowButton, useActionsColumn } from './row-actions';

/** A value as a form field shows it: the French way ("87,5"), as the schema reads it back. */
const toInput = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

/** What the funder follows: each indicator's target and the value measured so far. */
export function IndicatorsPanel({ grant, canEdit, onSaved }: PanelProps) {
  const t = useT();
  const [locale] = useLocale();
  const [editing, setEditing] = useState<Indicator | 'new' | null>(null);
  const api = grantsApi.indicators(grant.id);
  const current = editing === 'new' ? null : editing;
  const actions = useActionsColumn<Indicator>({
    canEdit,
    testId: 'indicator',
    name: (i) => i.label,
    onEdit: setEditing,
    onRemove: (i) => api.remove(i.id).then(onSaved),
  });
  const number = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);

  return (
    <>
      <DataTable<Indicator>
        caption={t('funding.indicators.title')}
        testId="indicators-table"
        minWidth={560}
        rows={grant.indicators}
        rowKey={(i) => i.id}
        empty={t('funding.indicators.empty')}
        columns={[
          { key: 'label', header: t('funding.indicators.label'), render: (i) => i.label },
          { key: 'target', header: t('funding.indicators.target'), render: (i) => `${number(i.target)} ${i.unit}` },
          {
            key: 'measured',
            header: t('funding.indicators.measured'),
            render: (i) =>
              i.measured === null ? (
                <Text size="sm" c="dimmed">
                  {t('funding.indicators.notMeasured')}
                </Text>
              ) : (
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm">{`${number(i.measured)} ${i.unit}`}</Text>
                  {i.target > 0 && <Progress value={Math.min(100, (i.measured / i.target) * 100)} w={80} aria-hidden />}
                </Group>
              ),
          },
          ...actions,
        ]}
      />
      {canEdit && (
        <AddRowButton label={t('funding.indicators.add')} testId="indicator-add" onClick={() => setEditing('new')} />
      )}
      <ModalForm
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={current ? current.label : t('funding.indicators.add')}
        schema={indicatorSchema}
        defaultValues={{
          label: current?.label ?? '',
          target: toInput(current?.target ?? null),
          measured: toInput(current?.measured ?? null),
          unit: current?.unit ?? '',
        }}
        submitLabel={t('common.save')}
        testId="indicator-form"
        onSubmit={(values) => (current ? api.update(current.id, values) : api.add(values)).then(onSaved)}
      >
        {(form) => (
          <>
            <TextField form={form} name="label" label={t('funding.indicators.label')} required />
            <Group grow align="flex-start">
              <TextField form={form} name="target" label={t('funding.indicators.target')} required />
              <TextField form={form} name="measured" label={t('funding.indicators.measured')} />
              <TextField
                form={form}
                name="unit"
                label={t('funding.indicators.unit')}
                required
                description={t('funding.indicators.unitHint')}
              />
            </Group>
          </>
        )}
      </ModalForm>
    </>
  );
}
