'use client';
import Link from 'next/link';
import { Button } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { Can } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import type { ImportKind } from '../types';

/** A list's way into the import flow for its kind; shown only to who may import. */
export function ImportButton({ kind }: { kind: ImportKind }) {
  const t = useT();
  return (
    <Can I="create" a="Import">
      <Button
        component={Link}
        href={`/imports/${kind}`}
        variant="light"
        leftSection={<IconUpload size={16} aria-hidden />}
        data-testid={`${kind}-import`}
      >
        {t('imports.action')}
      </Button>
    </Can>
  );
}
