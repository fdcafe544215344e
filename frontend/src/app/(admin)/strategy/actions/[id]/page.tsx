'use client';

import { useParams } from 'next/navigation';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { trailApi } from '@/features/trail/api';
import { TrailChain } from '@/features/trail/components/trail-chain';

/** A strategy action's page: the trail from the decisions that serve it to the payments its money became. */
export default function StrategyActionPage() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const trail = useApiData((signal) => trailApi.ofAction(id, signal), [id]);
  if (!trail.data) return <PageState {...trail} />;
  const [action] = trail.data.actions;
  return (
    <>
      <PageHeader title={action.title} description={t('trail.intro')} />
      <TrailChain trail={trail.data} />
    </>
  );
}
