'use client';

import { useT } from '@/lib/i18n/provider';
import { PageHeader } from '@/components/page-header';
import { PersonForm } from '@/features/people/components/person-form';

export default function NewPersonPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('people.new')} />
      <PersonForm />
    </>
  );
}
