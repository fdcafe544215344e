'use client';

import { useT } from '@/lib/i18n/provider';
import { PageHeader } from '@/components/page-header';
import { MissionForm } from '@/features/contractors/components/mission-form';

export default function NewMissionPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('contractors.mission.new')} />
      <MissionForm />
    </>
  );
}
