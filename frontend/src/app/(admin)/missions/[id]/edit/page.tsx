'use client';

import { useParams } from 'next/navigation';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { missionsApi } from '@/features/contractors/api';
import { MissionForm } from '@/features/contractors/components/mission-form';

export default function EditMissionPage() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const mission = useApiData((signal) => missionsApi.get(id, signal), [id]);
  if (!mission.data) return <PageState {...mission} />;
  return (
    <>
      <PageHeader title={t('contractors.mission.editTitle', { title: mission.data.title })} />
      <MissionForm mission={mission.data} />
    </>
  );
}
