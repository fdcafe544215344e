'use client';

import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCheck } from '@tabler/icons-react';
import { useFormat, useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { FormAlert } from '@/components/form-alert';
import type { SplitDetail } from '../types';
import { DecisionSelect } from '@/features/governance/components/decision-select';

/**
 * Approves a saved draft after a confirmation that says what will be frozen, optionally citing the COPIL decision that
 * adopted it. The fingerprint of the result on screen goes along: if contributions moved since, the API refuses.
 */
export function ApproveButton({
  split,
  disabled,
  onApprove,
}: {
  split: SplitDetail;
  disabled: boolean;
  onApprove: (copilDecisionId: string | null) => Promise<void>;
}) {
  const t = useT();
  const format = useFormat();
  const [opened, { open, close }] = useDisclosure(false);
  const [decisionId, setDecisionId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onApprove(decisionId);
      close();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        variant={disabled ? 'default' : 'filled'}
        disabled={disabled}
        leftSection={<IconCheck size={16} aria-hidden />}
        onClick={open}
        data-testid="split-approve"
      >
        {t('splits.approve')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('splits.approveTitle')} centered>
        <Stack>
          <FormAlert message={error} />
          <Text size="sm">
            {t('splits.approveConfirm', {
              title: split.title,
              amount: format.cents(split.result?.distributedCents ?? 0),
              count: split.result?.lines.length ?? 0,
            })}
          </Text>
          <DecisionSelect
            label={t('splits.copilDecision')}
            description={t('splits.copilDecisionHelp')}
            placeholder={t('common.search')}
            clearable
            value={decisionId}
            onChange={setDecisionId}
            data-testid="split-decision"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void confirm()} loading={busy} data-testid="split-approve-confirm">
              {t('splits.approve')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
