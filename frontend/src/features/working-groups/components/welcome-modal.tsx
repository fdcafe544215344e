'use client';

import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import type { BoardCard, WorkingGroup } from '../types';

interface Props {
  group: WorkingGroup;
  card: BoardCard;
  onClose: () => void;
  onConfirm: (options: { sendWelcomeEmail: boolean; note: string | null }) => Promise<void>;
}

/** Moving a card to "welcomed": send the group's links to the volunteer? Only possible when the group has them. */
export function WelcomeModal({ group, card, onClose, onConfirm }: Props) {
  const t = useT();
  const canSend = Boolean(group.mailingList && group.chatChannel && card.email);
  const [send, setSend] = useState(canSend);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm({ sendWelcomeEmail: send && canSend, note: note.trim() || null });
    } catch {
      // reported by the board; the modal stays open to try again
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('groups.welcome.title', { name: `${card.firstName} ${card.lastName}` })}
      centered
    >
      <Stack>
        <Checkbox
          label={t('groups.welcome.send')}
          checked={send && canSend}
          disabled={!canSend}
          onChange={(event) => setSend(event.currentTarget.checked)}
          name="sendWelcomeEmail"
          data-autofocus
        />
        {!canSend && (
          <Alert color="yellow" role="status">
            {card.email ? t('groups.welcome.missingLinks') : t('groups.welcome.noEmail')}
          </Alert>
        )}
        <Textarea
          label={t('groups.welcome.note')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={500}
          autosize
          minRows={2}
          name="note"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void confirm()} loading={busy} data-testid="welcome-confirm">
            {t('groups.welcome.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
