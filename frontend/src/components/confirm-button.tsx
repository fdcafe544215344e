'use client';

import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Text, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useT } from '@/lib/i18n/provider';

interface ConfirmButtonProps extends Omit<ButtonProps, 'children'> {
  children: ReactNode;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  /** The modal stays open, its button loading, until this settles; a failure is left to the caller to report. */
  onConfirm: () => Promise<unknown>;
  testId?: string;
}

/** A button for a consequential action (archive, disable…) that asks first, in a modal. */
export function ConfirmButton({
  children,
  title,
  message,
  confirmLabel,
  onConfirm,
  color,
  testId,
  ...buttonProps
}: ConfirmButtonProps) {
  const t = useT();
  const [opened, { open, close }] = useDisclosure(false);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
      close();
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button color={color} onClick={open} data-testid={testId} {...buttonProps}>
        {children}
      </Button>
      <Modal opened={opened} onClose={close} title={title} centered>
        <Text size="sm">{message}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button
            color={color}
            onClick={() => void confirm()}
            loading={busy}
            data-testid={testId && `${testId}-confirm`}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
