'use client';

import { useState } from 'react';
import { Anchor, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useFormat, useT } from '@/lib/i18n/provider';
import { notifyError, notifySuccess } from '@/lib/notify';
import { contributionsApi } from '../api';
import { EvidenceContentType } from '@/lib/generated/api';
import type { ContributionDetail } from '../types';

const ACCEPT = Object.values(EvidenceContentType).join(',');
const MAX_BYTES = 2 * 1024 * 1024;

const base64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    // readAsDataURL gives a string.
    reader.onload = () => resolve((reader.result as string).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });

/** The justifying file (PDF or image, 2 MB at most) and the link, if any; replaceable while the contribution can
 *  change. */
export function EvidencePanel({
  contribution,
  canChange,
  onChange,
}: {
  contribution: ContributionDetail;
  canChange: boolean;
  onChange: (c: ContributionDetail) => void;
}) {
  const t = useT();
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const upload = async (file: File | null) => {
    if (!file) return;
    if (file.size > MAX_BYTES)
      return void notifications.show({ color: 'red', message: t('contributions.evidence.tooBig') });
    setBusy(true);
    try {
      onChange(
        await contributionsApi.attach(contribution.id, {
          fileName: file.name,
          contentType: file.type as EvidenceContentType,
          data: await base64(file),
        }),
      );
      notifySuccess(t('contributions.evidence.attached', { name: file.name }));
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    setBusy(true);
    try {
      onChange(await contributionsApi.detach(contribution.id));
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(false);
    }
  };
  const file = contribution.evidence;
  return (
    <Stack gap="xs">
      {contribution.evidenceUrl && (
        <Anchor href={contribution.evidenceUrl} target="_blank" rel="noreferrer">
          {contribution.evidenceUrl}
        </Anchor>
      )}
      {file ? (
        <Group gap="xs">
          <IconPaperclip size={16} aria-hidden />
          <Anchor href={contributionsApi.evidenceUrl(contribution.id)} data-testid="evidence-file">
            {file.fileName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {t('contributions.evidence.meta', {
              size: Math.ceil(file.size / 1024),
              date: format.dateTime(file.uploadedAt),
            })}
          </Text>
          {canChange && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} aria-hidden />}
              onClick={() => void remove()}
              loading={busy}
            >
              {t('contributions.evidence.remove')}
            </Button>
          )}
        </Group>
      ) : (
        !contribution.evidenceUrl && (
          <Text size="sm" c="dimmed">
            {t('contributions.evidence.none')}
          </Text>
        )
      )}
      {canChange && (
        <FileInput
          accept={ACCEPT}
          placeholder={t(file ? 'contributions.evidence.replace' : 'contributions.evidence.add')}
          leftSection={<IconPaperclip size={16} aria-hidden />}
          aria-label={t('contributions.evidence.add')}
          onChange={(v) => void upload(v)}
          disabled={busy}
          clearable={false}
          value={null}
          maw={360}
        />
      )}
    </Stack>
  );
}
