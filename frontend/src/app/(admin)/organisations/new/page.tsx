'use client';

import { useT } from '@/lib/i18n/provider';
import { PageHeader } from '@/components/page-header';
import { OrganisationForm } from '@/features/organisations/components/organisation-form';

export default function NewOrganisationPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('organisations.new')} />
      <OrganisationForm />
    </>
  );
}
