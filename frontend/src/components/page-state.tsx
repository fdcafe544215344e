'use client';

import { Center, Loader } from '@mantine/core';
import type { ApiError } from '@/lib/api';
import { useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { FormAlert } from './form-alert';
import { NoAccess } from './no-access';

/** What a page shows before its data is there: a loader, or why it could not be loaded (a refusal: its own page). */
export function PageState({ error }: { error?: ApiError }) {
  const t = useT();
  if (error?.status === 403) return <NoAccess />;
  if (error) return <FormAlert message={error.status === 404 ? t('errors.notFound') : errorText(t, error)} />;
  return (
    <Center py="xl">
      <Loader size="sm" aria-label={t('common.loading')} />
    </Center>
  );
}
