'use client';

import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconFileZip } from '@tabler/icons-react';
import { download } from '@/lib/api';
import { useT } from '@/lib/i18n/provider';
import { notifyError } from '@/lib/notify';

/**
 * Every list of the network in one zip, with a README of the columns: for the coordinator and the admin (the page
 * checks `read NetworkExport`); the API asks for the password again when the sign-in is old.
 */
export function NetworkExportButton() {
  const t = useT();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="default"
      leftSection={<IconFileZip size={16} aria-hidden />}
      loading={busy}
      onClick={() => {
        setBusy(true);
        download('/network-export', `maillage-export-${new Date().toISOString().slice(0, 10)}.zip`)
          .catch((error: unknown) => notifyError(t, error))
          .finally(() => setBusy(false));
      }}
      data-testid="network-export"
    >
      {t('common.networkExport')}
    </Button>
  );
}
