'use client';

import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { download, type Query } from '@/lib/api';
import { useT } from '@/lib/i18n/provider';
import { notifyError } from '@/lib/notify';

/**
 * Exports a list with the filters it shows (all its pages): CSV, and xlsx where the list offers it. The API checks
 * who may export and asks for the password again when the file names people; the page hides the button from those
 * who may not.
 */
export function ExportButton({
  path,
  file,
  query,
  xlsx = false,
  label,
  testId,
}: {
  /** The export route, e.g. `/organisations/export`. */
  path: string;
  /** The downloaded file's base name, e.g. `organisations`. */
  file: string;
  /** The list's filters and order (its paging is left out). */
  query: object;
  xlsx?: boolean;
  /** The button's text, when « Exporter » alone would not say which file. */
  label?: string;
  testId: string;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const { page: _page, pageSize: _pageSize, ...filters } = query as Query;
  const run = (format: 'csv' | 'xlsx') => {
    setBusy(true);
    download(path, `${file}.${format}`, { ...filters, format })
      .catch((error: unknown) => notifyError(t, error))
      .finally(() => setBusy(false));
  };
  if (!xlsx)
    return (
      <Button
        variant="default"
        leftSection={<IconDownload size={16} aria-hidden />}
        loading={busy}
        onClick={() => run('csv')}
        data-testid={testId}
      >
        {label ?? t('common.export')}
      </Button>
    );
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          rightSection={<IconChevronDown size={16} aria-hidden />}
          loading={busy}
          data-testid={testId}
        >
          {label ?? t('common.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => run('csv')} data-testid={`${testId}-csv`}>
          {t('common.exportCsv')}
        </Menu.Item>
        <Menu.Item onClick={() => run('xlsx')} data-testid={`${testId}-xlsx`}>
          {t('common.exportXlsx')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
