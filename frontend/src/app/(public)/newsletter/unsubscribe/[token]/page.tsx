'use client';

import { useState } from 'react';
import { useParams } from 'next/navigation';
import { Alert, Button, Checkbox, Stack, Text, Title } from '@mantine/core';
import { PageState } from '@/components/page-state';
import { useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { useApiData } from '@/lib/use-api-data';
import { publicNewsletterApi } from '@/features/newsletters/api';

/** Where an unsubscribe link opened in a browser lands: it asks before doing anything (mail scanners open links). */
export default function UnsubscribePage() {
  const t = useT();
  const { token } = useParams<{ token: string }>();
  const info = useApiData((signal) => publicNewsletterApi.unsubscribeInfo(token, signal), [token]);
  const [all, setAll] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (!info.data) return <PageState {...info} />;
  const leave = async () => {
    setBusy(true);
    try {
      await publicNewsletterApi.unsubscribe(token, all);
      setDone(true);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack>
      <title>{`${t('newsletters.public.unsubscribeTitle')} · Maillage`}</title>
      <Title order={1} size="h2">
        {t('newsletters.public.unsubscribeTitle')}
      </Title>
      {done || !info.data.subscribed ? (
        <Alert color="teal" data-testid="unsubscribe-done">
          {t('newsletters.public.unsubscribed', { list: info.data.list, email: info.data.maskedEmail })}
        </Alert>
      ) : (
        <>
          <Text>
            {t('newsletters.public.unsubscribeQuestion', { list: info.data.list, email: info.data.maskedEmail })}
          </Text>
          <Checkbox
            label={t('newsletters.public.allLists')}
            checked={all}
            onChange={(e) => setAll(e.currentTarget.checked)}
          />
          {error && (
            <Alert color="red" role="status">
              {error}
            </Alert>
          )}
          <Button color="red" onClick={() => void leave()} loading={busy} data-testid="unsubscribe-confirm">
            {t('newsletters.public.unsubscribe')}
          </Button>
        </>
      )}
    </Stack>
  );
}
