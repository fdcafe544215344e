'use client';

import { useParams } from 'next/navigation';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { meetingsApi } from '@/features/governance/api';
import { MeetingForm } from '@/features/governance/components/meeting-form';

export default function EditMeetingPage() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const meeting = useApiData((signal) => meetingsApi.get(id, signal), [id]);
  if (!meeting.data) return <PageState {...meeting} />;
  return (
    <>
      <PageHeader title={t('governance.meeting.editTitle', { title: meeting.data.title })} />
      <MeetingForm meeting={meeting.data} />
    </>
  );
}
