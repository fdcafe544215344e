'use client';
import Link from 'next/link';
import { Button } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { useSession } from '@/lib/session';
import type { ImportKind } from '../types';

/** A list's way into the import flow for its kind; shown only to who may import that kind (their own uploads). */
export function ImportButton({ kind }: { kind: ImportKind }) {
  const t = useT();
  const ability = useAppAbility();
  const { user } = useSession();
  if (!ability.can('create', asSubject('Import', { kind, createdById: user.id }))) return null;
  return (
    <Button
      component={Link}
      href={`/imports/${kind}`}
      variant="light"
      leftSection={<IconUpload size={16} aria-hidden />}
      data-testid={`${kind}-import`}
    >
      {t('imports.action')}
    </Button>
  );
}
