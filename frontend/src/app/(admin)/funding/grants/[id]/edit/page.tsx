'use client';

import { useParams } from 'next/navigation';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { FormAlert } from '@/components/form-alert';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { grantsApi } from '@/features/funding/api';
import { GrantForm } from '@/features/funding/components/grant-form';

export default function EditGrantPage() {
  const t = useT();
  const ability = useAppAbility();
  const { id } = useParams<{ id: string }>();
  const grant = useApiData((signal) => grantsApi.get(id, signal), [id]);
  if (!grant.data) return <PageState {...grant} />;
  return (
    <>
      <PageHeader title={t('funding.grant.editTitle', { title: grant.data.title })} />
      {ability.can('update', asSubject('Grant', grant.data)) ? (
        <GrantForm grant={grant.data} />
      ) : (
        <FormAlert message={t('errors.forbidden')} />
      )}
    </>
  );
}
