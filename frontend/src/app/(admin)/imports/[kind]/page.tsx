'use client';

import Link from 'next/link';
import { notFound, useParams } from 'next/navigation';
import { Button } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useT } from '@/lib/i18n/provider';
import { PageHeader } from '@/components/page-header';
import { ImportWizard } from '@/features/imports/components/import-wizard';
import { IMPORT_KINDS, LIST_OF, type ImportKind } from '@/features/imports/types';

export default function ImportPage() {
  const t = useT();
  const { kind } = useParams<{ kind: string }>();
  if (!IMPORT_KINDS.includes(kind as ImportKind)) notFound();
  const k = kind as ImportKind;
  return (
    <>
      <PageHeader
        title={t(`imports.title.${k}`)}
        actions={
          <Button
            component={Link}
            href={LIST_OF[k]}
            variant="subtle"
            leftSection={<IconArrowLeft size={16} aria-hidden />}
          >
            {t('imports.back')}
          </Button>
        }
      />
      <ImportWizard kind={k} />
    </>
  );
}
