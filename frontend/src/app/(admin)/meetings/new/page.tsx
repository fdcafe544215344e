'use client';

import { useT } from '@/lib/i18n/provider';
import { PageHeader } from '@/components/page-header';
import { MeetingForm } from '@/features/governance/components/meeting-form';

export default function NewMeetingPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('governance.meeting.new')} />
      <MeetingForm />
    </>
  );
}
