'use client';

import { useParams } from 'next/navigation';
import { Box } from '@mantine/core';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { splitsApi } from '@/features/splits/api';
import { SplitEditor } from '@/features/splits/components/split-editor';
import { SplitStatusBadge } from '@/features/splits/components/split-status-badge';
import { SplitView } from '@/features/splits/components/split-view';
import { transparencyApi } from '@/features/transparency/api';
import { PublishSwitch } from '@/features/transparency/components/publish-switch';

/** A draft opens in the editor; an approved split is shown as it was frozen, with its payments. */
export default function SplitPage() {
  const t = useT();
  const ability = useAppAbility();
  const { id } = useParams<{ id: string }>();
  const split = useApiData((signal) => splitsApi.get(id, signal), [id]);
  const s = split.data;
  if (!s) return <PageState {...split} />;
  const editable = s.status === 'draft' && ability.can('update', asSubject('Split', s));

  return (
    <>
      <PageHeader
        title={s.title}
        badges={<SplitStatusBadge status={s.status} />}
        description={s.status === 'draft' ? t('splits.draftIntro') : t('splits.frozenIntro')}
      />
      {ability.can('publish', 'Split') && s.status !== 'draft' && (
        <Box mb="lg">
          <PublishSwitch
            published={s.published}
            publish={(published) => transparencyApi.publishSplit(s.id, published)}
            onSaved={split.setData}
            hint={t('transparency.publish.splitHint')}
          />
        </Box>
      )}
      {editable ? <SplitEditor split={s} onChange={split.setData} /> : <SplitView split={s} onChange={split.setData} />}
    </>
  );
}
