'use client';

import { useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useT } from '@/lib/i18n/provider';
import { grantsApi } from '../api';
import { contentSchema } from '../schemas';
import { DeliverablesPanel } from './deliverables-panel';
import { NotesField } from '@/components/form-fields';
import { IndicatorsPanel } from './indicators-panel';
import type { PanelProps } from './instalments-panel';
import { ModalForm } from '@/components/modal-form';

/** What the application promises: objectives and expected results, deliverables, indicators. The activity report's
 *  draft starts from them. */
export function ContentPanel(panel: PanelProps) {
  const t = useT();
  const { grant, canEdit, onSaved } = panel;
  const [editing, setEditing] = useState(false);
  const text = (value: string | null) => (
    <Text size="sm" style={{ whiteSpace: 'pre-line' }} c={value ? undefined : 'dimmed'}>
      {value ?? t('funding.content.none')}
    </Text>
  );

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" data-testid="grant-content">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h5">
            {t('funding.content.application')}
          </Title>
          {canEdit && (
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={() => setEditing(true)}
              data-testid="content-edit"
            >
              {t('common.edit')}
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <div>
            <Text fw={600} size="sm" mb={4}>
              {t('funding.content.objectives')}
            </Text>
            {text(grant.objectives)}
          </div>
          <div>
            <Text fw={600} size="sm" mb={4}>
              {t('funding.content.expectedResults')}
            </Text>
            {text(grant.expectedResults)}
          </div>
        </SimpleGrid>
      </Paper>
      <DeliverablesPanel {...panel} />
      <IndicatorsPanel {...panel} />
      <ModalForm
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('funding.content.application')}
        schema={contentSchema}
        defaultValues={{ objectives: grant.objectives ?? '', expectedResults: grant.expectedResults ?? '' }}
        submitLabel={t('common.save')}
        testId="content-form"
        onSubmit={(values) => grantsApi.update(grant.id, values).then(onSaved)}
      >
        {(form) => (
          <>
            <NotesField form={form} name="objectives" label={t('funding.content.objectives')} />
            <NotesField form={form} name="expectedResults" label={t('funding.content.expectedResults')} />
          </>
        )}
      </ModalForm>
    </Stack>
  );
}
