'use client';

import { useT } from '@/lib/i18n/provider';
import { PageHeader } from '@/components/page-header';
import { ContributionForm } from '@/features/contributions/components/contribution-form';

export default function NewContributionPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('contributions.new')} description={t('contributions.newIntro')} />
      <ContributionForm mode="create" />
    </>
  );
}
