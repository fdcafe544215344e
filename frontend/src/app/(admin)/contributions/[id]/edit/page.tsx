'use client';

import { useParams } from 'next/navigation';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { FormAlert } from '@/components/form-alert';
import { contributionsApi } from '@/features/contributions/api';
import { ContributionForm } from '@/features/contributions/components/contribution-form';
import { EDITABLE_STATUSES } from '@/features/contributions/types';

export default function EditContributionPage() {
  const t = useT();
  const ability = useAppAbility();
  const { id } = useParams<{ id: string }>();
  const contribution = useApiData((signal) => contributionsApi.get(id, signal), [id]);
  const c = contribution.data;
  if (!c) return <PageState {...contribution} />;
  return (
    <>
      <PageHeader title={t('contributions.editTitle')} />
      {EDITABLE_STATUSES.includes(c.status) && ability.can('update', asSubject('Contribution', c)) ? (
        <ContributionForm contribution={c} mode="edit" />
      ) : (
        <FormAlert message={t('contributions.locked')} />
      )}
    </>
  );
}
