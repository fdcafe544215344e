'use client';

import { useParams } from 'next/navigation';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { FormAlert } from '@/components/form-alert';
import { OrganisationForm } from '@/features/organisations/components/organisation-form';
import { organisationsApi } from '@/features/organisations/api';

export default function EditOrganisationPage() {
  const t = useT();
  const ability = useAppAbility();
  const { id } = useParams<{ id: string }>();
  const organisation = useApiData((signal) => organisationsApi.get(id, signal), [id]);
  if (!organisation.data) return <PageState {...organisation} />;
  return (
    <>
      <PageHeader title={t('organisations.editTitle', { name: organisation.data.name })} />
      {ability.can('update', asSubject('Organisation', organisation.data)) ? (
        <OrganisationForm organisation={organisation.data} />
      ) : (
        <FormAlert message={t('errors.forbidden')} />
      )}
    </>
  );
}
