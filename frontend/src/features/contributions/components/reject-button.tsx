'use client';

import { useState } from 'react';
import { Button, Group, Modal, Textarea, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconX } from '@tabler/icons-react';
import { useT } from '@/lib/i18n/provider';

/** Rejecting asks why: the author sees the reason and corrects the contribution. */
export function RejectButton({
  count,
  onReject,
  ...props
}: Omit<ButtonProps, 'children'> & { count?: number; onReject: (reason: string) => Promise<unknown> }) {
  const t = useT();
  // On a page of one contribution, no count; in the queue, the number selected.
  const label = count === undefined ? t('contributions.reject') : t('contributions.rejectSelected', { count });
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onReject(reason.trim());
      setReason('');
      close();
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        color="red"
        variant="light"
        leftSection={<IconX size={16} aria-hidden />}
        onClick={open}
        data-testid="contribution-reject"
        {...props}
      >
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={t('contributions.rejectTitle', { count: count ?? 1 })} centered>
        <Textarea
          label={t('contributions.field.rejectionReason')}
          description={t('contributions.help.rejectionReason')}
          required
          autosize
          minRows={3}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-testid="contribution-reject-reason"
          data-autofocus
        />
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            onClick={() => void confirm()}
            loading={busy}
            disabled={!reason.trim()}
            data-testid="contribution-reject-confirm"
          >
            {label}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
