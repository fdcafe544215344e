'use client';

import { useParams } from 'next/navigation';
import { useApiData } from '@/lib/use-api-data';
import { PageState } from '@/components/page-state';
import { grantsApi } from '@/features/funding/api';
import { ActivityReportEditor } from '@/features/funding/components/activity-report-editor';

/** A grant's activity report ("bilan d'activité"): the draft, edited, exported as PDF and .docx. */
export default function ActivityReportPage() {
  const { id } = useParams<{ id: string }>();
  const grant = useApiData((signal) => grantsApi.get(id, signal), [id]);
  if (!grant.data) return <PageState {...grant} />;
  return <ActivityReportEditor grant={grant.data} />;
}
