'use client';

import { useState } from 'react';
import { Button, Modal, Paper, Title, VisuallyHidden } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Can } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { errorText } from '@/lib/notify';
import { DataTable } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import { FormAlert } from '@/components/form-alert';
import { ratesApi } from '@/features/contributions/api';
import { RateForm } from '@/features/contributions/components/rate-form';
import type { Rate } from '@/features/contributions/types';

/** The dated table contributions are valued with; everyone reads it, the coordinator keeps it. */
export default function RatesPage() {
  const t = useT();
  const format = useFormat();
  const rates = useApiData((signal) => ratesApi.list(signal), []);
  const [editing, setEditing] = useState<Rate>();
  return (
    <>
      <PageHeader title={t('contributions.rates.title')} description={t('contributions.rates.intro')} />
      <Can I="create" a="ContributionRate">
        <Paper withBorder p="md" mb="lg">
          <Title order={2} size="h4" mb="sm">
            {t('contributions.rates.add')}
          </Title>
          <RateForm onSaved={rates.reload} />
        </Paper>
      </Can>
      <FormAlert message={rates.error && errorText(t, rates.error)} />
      <DataTable<Rate>
        caption={t('contributions.rates.title')}
        testId="rates-table"
        rows={rates.data}
        rowKey={(r) => r.id}
        loading={rates.loading}
        columns={[
          { key: 'type', header: t('contributions.field.type'), render: (r) => t(`contributions.type.${r.type}`) },
          { key: 'unit', header: t('contributions.field.unit'), render: (r) => t(`contributions.unit.${r.unit}`) },
          { key: 'from', header: t('contributions.field.validFrom'), render: (r) => format.date(r.validFrom) },
          { key: 'rate', header: t('contributions.field.rateEuros'), render: (r) => format.cents(r.rateCents) },
          { key: 'label', header: t('contributions.field.rateLabel'), render: (r) => r.label },
          {
            key: 'actions',
            header: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
            render: (r) => (
              <Can I="update" a="ContributionRate">
                <Button
                  size="compact-sm"
                  variant="subtle"
                  leftSection={<IconPencil size={14} aria-hidden />}
                  onClick={() => setEditing(r)}
                >
                  {t('common.edit')}
                </Button>
              </Can>
            ),
          },
        ]}
      />
      <Modal
        opened={Boolean(editing)}
        onClose={() => setEditing(undefined)}
        size="lg"
        title={
          editing &&
          t('contributions.rates.editTitle', {
            type: t(`contributions.type.${editing.type}`),
            unit: t(`contributions.unit.${editing.unit}`),
          })
        }
      >
        {editing && (
          <RateForm
            rate={editing}
            onSaved={() => {
              setEditing(undefined);
              rates.reload();
            }}
          />
        )}
      </Modal>
    </>
  );
}
