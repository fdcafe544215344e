'use client';

import { useT } from '@/lib/i18n/provider';
import { PageHeader } from '@/components/page-header';
import { IssueForm } from '@/features/newsletters/components/issue-form';

export default function NewIssuePage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('newsletters.new')} />
      <IssueForm />
    </>
  );
}
