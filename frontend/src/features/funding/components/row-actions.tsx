'use client';

import { Button, Group } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useT } from '@/lib/i18n/provider';
import { ConfirmButton } from '@/components/confirm-button';
import type { Column } from '@/components/data-table';
import { notifyError } from '@/lib/notify';

/** Edit and remove buttons of a row the coordinator keeps (a deliverable, an indicator). */
function RowActions({
  name,
  testId,
  onEdit,
  onRemove,
}: {
  name: string;
  testId: string;
  onEdit: () => void;
  onRemove: () => Promise<unknown>;
}) {
  const t = useT();
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="compact-sm"
        variant="light"
        leftSection={<IconPencil size={14} aria-hidden />}
        onClick={onEdit}
        data-testid={`${testId}-edit`}
      >
        {t('common.edit')}
      </Button>
      <ConfirmButton
        size="compact-sm"
        variant="subtle"
        color="red"
        title={t('funding.content.removeTitle')}
        message={t('funding.content.removeConfirm', { name })}
        confirmLabel={t('funding.remove')}
        onConfirm={onRemove}
        leftSection={<IconTrash size={14} aria-hidden />}
      >
        {t('funding.remove')}
      </ConfirmButton>
    </Group>
  );
}

interface EditableRows<T> {
  canEdit: boolean;
  /** Prefixes the buttons' test ids (`<testId>-edit`, `<testId>-add`). */
  testId: string;
  name: (row: T) => string;
  onEdit: (row: T) => void;
  /** Answers the grant, its rows updated. */
  onRemove: (row: T) => Promise<unknown>;
}

/** The table's actions column for whoever may edit the rows; none for the others. */
export function useActionsColumn<T>({ canEdit, testId, name, onEdit, onRemove }: EditableRows<T>): Column<T>[] {
  const t = useT();
  if (!canEdit) return [];
  return [
    {
      key: 'actions',
      header: t('common.actions'),
      render: (row) => (
        <RowActions
          name={name(row)}
          testId={testId}
          onEdit={() => onEdit(row)}
          onRemove={() => onRemove(row).catch((e: unknown) => notifyError(t, e))}
        />
      ),
    },
  ];
}

/** Under the table: add a row. */
export function AddRowButton({ label, testId, onClick }: { label: string; testId: string; onClick: () => void }) {
  return (
    <Group mt="sm">
      <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={onClick} data-testid={testId}>
        {label}
      </Button>
    </Group>
  );
}
