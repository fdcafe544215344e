'use client';

import { useParams } from 'next/navigation';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { FormAlert } from '@/components/form-alert';
import { PersonForm } from '@/features/people/components/person-form';
import { peopleApi } from '@/features/people/api';

export default function EditPersonPage() {
  const t = useT();
  const ability = useAppAbility();
  const { id } = useParams<{ id: string }>();
  const person = useApiData((signal) => peopleApi.get(id, signal), [id]);
  if (!person.data) return <PageState {...person} />;
  const { firstName, lastName } = person.data;
  return (
    <>
      <PageHeader title={t('people.editTitle', { name: `${firstName} ${lastName}` })} />
      {ability.can('update', asSubject('Person', person.data)) ? (
        <PersonForm person={person.data} />
      ) : (
        <FormAlert message={t('errors.forbidden')} />
      )}
    </>
  );
}
