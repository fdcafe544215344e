'use client';

import { useT } from '@/lib/i18n/provider';
import { PageHeader } from '@/components/page-header';
import { GroupForm } from '@/features/working-groups/components/group-form';

export default function NewWorkingGroupPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('groups.new')} />
      <GroupForm />
    </>
  );
}
