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

/** The coordinator's correction of a validated contribution: it stays validated, the reason goes to the audit log. */
export default function CorrectContributionPage() {
  const t = useT();
  const ability = useAppAbility();
  const { id } = useParams<{ id: string }>();
  const contribution = useApiData((signal) => contributionsApi.get(id, signal), [id]);
  const c = contribution.data;
  if (!c) return <PageState {...contribution} />;
  return (
    <>
      <PageHeader title={t('contributions.correctTitle')} description={t('contributions.correctIntro')} />
      {c.status === 'validated' && ability.can('correct', asSubject('Contribution', c)) ? (
        <ContributionForm contribution={c} mode="correct" />
      ) : (
        <FormAlert message={t('errors.forbidden')} />
      )}
    </>
  );
}
