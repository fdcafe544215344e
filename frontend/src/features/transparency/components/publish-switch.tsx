'use client';

import { useState } from 'react';
import { Paper, Switch } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { notifyError, notifySuccess } from '@/lib/notify';

/**
 * The coordinator's choice, on a grant's or a split's page, to show it on the public transparency page. Shown only
 * to those who may publish; `disabledReason` says why it cannot be published yet (a grant not granted, a draft).
 */
export function PublishSwitch<T>({
  published,
  publish,
  onSaved,
  hint,
  disabledReason,
}: {
  published: boolean;
  publish: (published: boolean) => Promise<T>;
  onSaved: (record: T) => void;
  hint: string;
  disabledReason?: string;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const toggle = (next: boolean) => {
    setBusy(true);
    publish(next)
      .then((record) => {
        onSaved(record);
        notifySuccess(t(next ? 'transparency.publish.on' : 'transparency.publish.off'));
      })
      .catch((error: unknown) => notifyError(t, error))
      .finally(() => setBusy(false));
  };
  return (
    <Paper withBorder p="md">
      <Switch
        label={t('transparency.publish.label')}
        description={disabledReason ?? hint}
        checked={published}
        disabled={busy || Boolean(disabledReason)}
        onChange={(event) => toggle(event.currentTarget.checked)}
        data-testid="publish-switch"
      />
    </Paper>
  );
}
