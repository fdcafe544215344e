'use client';

import { useParams } from 'next/navigation';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { FormAlert } from '@/components/form-alert';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { fundersApi } from '@/features/funding/api';
import { FunderForm } from '@/features/funding/components/funder-form';

export default function EditFunderPage() {
  const t = useT();
  const ability = useAppAbility();
  const { id } = useParams<{ id: string }>();
  const funder = useApiData((signal) => fundersApi.get(id, signal), [id]);
  if (!funder.data) return <PageState {...funder} />;
  return (
    <>
      <PageHeader title={t('funding.funder.editTitle', { name: funder.data.name })} />
      {ability.can('update', asSubject('Funder', funder.data)) ? (
        <FunderForm funder={funder.data} />
      ) : (
        <FormAlert message={t('errors.forbidden')} />
      )}
    </>
  );
}
