'use client';

import { useState } from 'react';
import { Anchor, Button, Group } from '@mantine/core';
import { IconPlus, IconSend, IconTrash } from '@tabler/icons-react';
import { useFormat, useT } from '@/lib/i18n/provider';
import { notifyError } from '@/lib/notify';
import { ConfirmButton } from '@/components/confirm-button';
import { DataTable } from '@/components/data-table';
import { grantsApi } from '../api';
import { todayInParis } from '../dates';
import { reportSchema, reportSentSchema } from '../schemas';
import { ACTIVE_STATUSES, REPORT_KINDS, type Report } from '../types';
import { OverdueBadge, ReportStatusBadge } from './badges';
import { DateField, EnumField, NotesField, TextField } from '@/components/form-fields';
import type { PanelProps } from './instalments-panel';
import { ModalForm } from '@/components/modal-form';

/** What the funder requires back (interim, final financial report…): due, then sent with the document. */
export function ReportsPanel({ grant, canEdit, onSaved }: PanelProps) {
  const t = useT();
  const format = useFormat();
  const [adding, setAdding] = useState(false);
  const [sending, setSending] = useState<Report | null>(null);
  const api = grantsApi.reports(grant.id);

  return (
    <>
      <DataTable<Report>
        caption={t('funding.reports.title')}
        testId="reports-table"
        minWidth={640}
        rows={grant.reports}
        rowKey={(r) => r.id}
        empty={t('funding.reports.empty')}
        columns={[
          { key: 'kind', header: t('funding.reports.kind'), render: (r) => t(`funding.reportKind.${r.kind}`) },
          { key: 'title', header: t('funding.reports.reportTitle'), render: (r) => r.title },
          { key: 'due', header: t('funding.reports.dueOn'), render: (r) => format.date(r.dueOn) },
          {
            key: 'status',
            header: t('funding.reports.status'),
            render: (r) => (
              <Group gap="xs">
                <ReportStatusBadge status={r.status} />
                {r.overdue && <OverdueBadge />}
                {r.sentOn && format.date(r.sentOn)}
              </Group>
            ),
          },
          {
            key: 'document',
            header: t('funding.reports.document'),
            render: (r) =>
              r.documentUrl && (
                <Anchor href={r.documentUrl} target="_blank" rel="noreferrer" size="sm">
                  {t('funding.reports.open')}
                </Anchor>
              ),
          },
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  header: t('common.actions'),
                  render: (r: Report) => (
                    <Group gap="xs" wrap="nowrap">
                      {r.status === 'due' && (
                        <Button
                          size="compact-sm"
                          variant="light"
                          leftSection={<IconSend size={14} aria-hidden />}
                          onClick={() => setSending(r)}
                          data-testid="report-sent"
                        >
                          {t('funding.reports.markSent')}
                        </Button>
                      )}
                      <ConfirmButton
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        title={t('funding.reports.removeTitle')}
                        message={t('funding.reports.removeConfirm', { title: r.title })}
                        confirmLabel={t('funding.remove')}
                        onConfirm={() => api.remove(r.id).then(onSaved, (e) => notifyError(t, e))}
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
      {canEdit && ACTIVE_STATUSES.includes(grant.status) && (
        <Group mt="sm">
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setAdding(true)}
            data-testid="report-add"
          >
            {t('funding.reports.add')}
          </Button>
        </Group>
      )}
      <ModalForm
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('funding.reports.add')}
        schema={reportSchema}
        defaultValues={{ kind: '', title: '', dueOn: grant.endsOn ?? '', notes: '' }}
        submitLabel={t('common.save')}
        testId="report-form"
        onSubmit={(values) => api.add(values).then(onSaved)}
      >
        {(form) => (
          <>
            <EnumField
              form={form}
              name="kind"
              label={t('funding.reports.kind')}
              required
              values={REPORT_KINDS}
              prefix="funding.reportKind."
            />
            <TextField form={form} name="title" label={t('funding.reports.reportTitle')} required />
            <DateField form={form} name="dueOn" label={t('funding.reports.dueOn')} required />
            <NotesField form={form} name="notes" label={t('funding.grant.field.notes')} />
          </>
        )}
      </ModalForm>
      <ModalForm
        opened={sending !== null}
        onClose={() => setSending(null)}
        title={t('funding.reports.sentTitle', { title: sending?.title ?? '' })}
        schema={reportSentSchema}
        defaultValues={{ status: 'sent', sentOn: todayInParis(), documentUrl: '' }}
        submitLabel={t('common.save')}
        testId="report-sent-form"
        onSubmit={(values) => api.update(sending!.id, values).then(onSaved)}
      >
        {(form) => (
          <>
            <DateField form={form} name="sentOn" label={t('funding.reports.sentOn')} required />
            <TextField form={form} name="documentUrl" type="url" label={t('funding.reports.documentUrl')} />
          </>
        )}
      </ModalForm>
    </>
  );
}
