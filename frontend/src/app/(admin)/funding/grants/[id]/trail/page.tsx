'use client';

import { useParams } from 'next/navigation';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { trailApi } from '@/features/trail/api';
import { TrailChain } from '@/features/trail/components/trail-chain';

/** A grant's trail: the decisions and actions it finances, what came in, and how it was shared out and paid. */
export default function GrantTrailPage() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const trail = useApiData((signal) => trailApi.ofGrant(id, signal), [id]);
  if (!trail.data) return <PageState {...trail} />;
  const [grant] = trail.data.grants;
  return (
    <>
      <PageHeader title={`${t('trail.title')} — ${grant.title}`} description={t('trail.intro')} />
      <TrailChain trail={trail.data} />
    </>
  );
}
