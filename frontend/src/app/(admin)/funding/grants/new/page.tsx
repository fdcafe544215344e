'use client';

import { useSearchParams } from 'next/navigation';
import { useT } from '@/lib/i18n/provider';
import { PageHeader } from '@/components/page-header';
import { GrantForm } from '@/features/funding/components/grant-form';

export default function NewGrantPage() {
  const t = useT();
  // From a funder's page, the funder is already chosen.
  const funderId = useSearchParams().get('funderId') ?? undefined;
  return (
    <>
      <PageHeader title={t('funding.grant.new')} />
      <GrantForm funderId={funderId} />
    </>
  );
}
