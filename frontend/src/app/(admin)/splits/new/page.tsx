'use client';

import { useT } from '@/lib/i18n/provider';
import { PageHeader } from '@/components/page-header';
import { SplitEditor } from '@/features/splits/components/split-editor';

export default function NewSplitPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('splits.new')} description={t('splits.newIntro')} />
      <SplitEditor />
    </>
  );
}
