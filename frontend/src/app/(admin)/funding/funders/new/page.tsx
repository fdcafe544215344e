'use client';

import { useT } from '@/lib/i18n/provider';
import { PageHeader } from '@/components/page-header';
import { FunderForm } from '@/features/funding/components/funder-form';

export default function NewFunderPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('funding.funder.new')} />
      <FunderForm />
    </>
  );
}
