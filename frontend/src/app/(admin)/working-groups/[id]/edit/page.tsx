'use client';

import { useParams } from 'next/navigation';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { FormAlert } from '@/components/form-alert';
import { GroupForm } from '@/features/working-groups/components/group-form';
import { groupsApi } from '@/features/working-groups/api';

export default function EditWorkingGroupPage() {
  const t = useT();
  const ability = useAppAbility();
  const { id } = useParams<{ id: string }>();
  const group = useApiData((signal) => groupsApi.get(id, signal), [id]);
  if (!group.data) return <PageState {...group} />;
  return (
    <>
      <PageHeader title={t('groups.editTitle', { name: group.data.name })} />
      {ability.can('update', asSubject('WorkingGroup', group.data)) ? (
        <GroupForm group={group.data} />
      ) : (
        <FormAlert message={t('errors.forbidden')} />
      )}
    </>
  );
}
