'use client';

import type { ReactNode } from 'react';
import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react';
import { useT } from '@/lib/i18n/provider';

/** On paper, only the statement: the app's header, navigation and these buttons are left out. */
const PRINT_CSS = `@media print {
  .mantine-AppShell-header, .mantine-AppShell-navbar, [data-no-print] { display: none !important; }
  .mantine-AppShell-main { padding: 0 !important; min-height: 0 !important; }
  body { background: white; }
}`;

/** A printable statement: print and download buttons on screen, the document itself on paper. */
export function PrintPage({ csvUrl, children }: { csvUrl: string; children: ReactNode }) {
  const t = useT();
  return (
    <>
      <style>{PRINT_CSS}</style>
      <Group data-no-print mb="md">
        <Button
          leftSection={<IconPrinter size={16} aria-hidden />}
          onClick={() => window.print()}
          data-testid="statement-print"
        >
          {t('splits.statement.print')}
        </Button>
        <Button
          component="a"
          href={csvUrl}
          variant="default"
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          data-testid="statement-csv"
        >
          {t('splits.statement.csv')}
        </Button>
      </Group>
      <article data-testid="statement">{children}</article>
    </>
  );
}
