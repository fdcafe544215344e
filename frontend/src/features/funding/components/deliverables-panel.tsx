'use client';

import { useState } from 'react';
import { Badge, Group } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import { DataTable } from '@/components/data-table';
import { grantsApi } from '../api';
import { deliverableSchema } from '../schemas';
import { DELIVERABLE_STATUSES, type Deliverable, type DeliverableStatus } from '../types';
import { OverdueBadge } from './badges';
import { DateField, EnumField, TextField } from '@/components/form-fields';
import type { PanelProps } from './instalments-panel';
import { ModalForm } from '@/components/modal-form';
import { AddRowButton, useActionsColumn } from './row-actions';

const COLORS: Record<DeliverableStatus, string> = {
  planned: 'gray',
  in_progress: 'blue',
  delivered: 'teal',
  cancelled: 'dark',
};

/** What the application promised to deliver, each due on a day: planned, in progress, delivered or given up. */
export function DeliverablesPanel({ grant, canEdit, onSaved }: PanelProps) {
  const t = useT();
  const format = useFormat();
  const [editing, setEditing] = useState<Deliverable | 'new' | null>(null);
  const api = grantsApi.deliverables(grant.id);
  const current = editing === 'new' ? null : editing;
  const actions = useActionsColumn<Deliverable>({
    canEdit,
    testId: 'deliverable',
    name: (d) => d.title,
    onEdit: setEditing,
    onRemove: (d) => api.remove(d.id).then(onSaved),
  });

  return (
    <>
      <DataTable<Deliverable>
        caption={t('funding.deliverables.title')}
        testId="deliverables-table"
        minWidth={560}
        rows={grant.deliverables}
        rowKey={(d) => d.id}
        empty={t('funding.deliverables.empty')}
        columns={[
          { key: 'title', header: t('funding.deliverables.name'), render: (d) => d.title },
          { key: 'due', header: t('funding.deliverables.dueOn'), render: (d) => format.date(d.dueOn) },
          {
            key: 'status',
            header: t('funding.deliverables.status'),
            render: (d) => (
              <Group gap="xs">
                <Badge color={COLORS[d.status]} variant="light">
                  {t(`funding.deliverableStatus.${d.status}`)}
                </Badge>
                {d.overdue && <OverdueBadge />}
              </Group>
            ),
          },
          ...actions,
        ]}
      />
      {canEdit && (
        <AddRowButton
          label={t('funding.deliverables.add')}
          testId="deliverable-add"
          onClick={() => setEditing('new')}
        />
      )}
      <ModalForm
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={current ? current.title : t('funding.deliverables.add')}
        schema={deliverableSchema}
        defaultValues={{
          title: current?.title ?? '',
          dueOn: current?.dueOn ?? grant.endsOn ?? '',
          status: current?.status ?? 'planned',
        }}
        submitLabel={t('common.save')}
        testId="deliverable-form"
        onSubmit={(values) => (current ? api.update(current.id, values) : api.add(values)).then(onSaved)}
      >
        {(form) => (
          <>
            <TextField form={form} name="title" label={t('funding.deliverables.name')} required />
            <DateField form={form} name="dueOn" label={t('funding.deliverables.dueOn')} required />
            <EnumField
              form={form}
              name="status"
              label={t('funding.deliverables.status')}
              required
              values={DELIVERABLE_STATUSES}
              prefix="funding.deliverableStatus."
            />
          </>
        )}
      </ModalForm>
    </>
  );
}
