'use client';

import { Suspense, useState } from 'react';
import { useSearchParams } from 'next/navigation';
import { Button, Stack, Text, Title } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { FormAlert } from '@/components/form-alert';
import { publicEventsApi } from '@/features/events/api';

/** Public: the cancellation link of the registration mails. A click confirms it (mail scanners follow links). */
export default function CancelPage() {
  return (
    <Suspense>
      <Cancel />
    </Suspense>
  );
}

function Cancel() {
  const t = useT();
  const token = useSearchParams().get('token') ?? '';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [cancelled, setCancelled] = useState<string>();
  const cancel = async () => {
    setBusy(true);
    try {
      setCancelled((await publicEventsApi.cancel(token)).eventTitle);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('events.cancel.title')}
      </Title>
      {cancelled ? (
        <Text role="status" data-testid="cancel-done">
          {t('events.cancel.done', { title: cancelled })}
        </Text>
      ) : (
        <>
          <FormAlert message={error} />
          <Text>{t('events.cancel.intro')}</Text>
          <Button onClick={() => void cancel()} loading={busy} color="red" data-testid="cancel-confirm">
            {t('events.cancel.confirm')}
          </Button>
        </>
      )}
    </Stack>
  );
}
