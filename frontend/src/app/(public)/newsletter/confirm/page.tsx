'use client';

import { Suspense, useEffect, useRef, useState } from 'react';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Alert, Anchor, Loader, Stack, Title } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { publicNewsletterApi } from '@/features/newsletters/api';

function Confirm() {
  const t = useT();
  const token = useSearchParams().get('token') ?? '';
  const [state, setState] = useState<{ lists?: string[]; error?: string }>();
  const asked = useRef(false);
  // The link confirms once; a second render (strict mode) must not spend the token twice.
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    publicNewsletterApi.confirm(token).then(
      (r) => setState({ lists: r.lists }),
      (e) => setState({ error: errorText(t, e) }),
    );
  }, [token, t]);
  return (
    <Stack>
      <title>{`${t('newsletters.public.confirmTitle')} · Maillage`}</title>
      <Title order={1} size="h2">
        {t('newsletters.public.confirmTitle')}
      </Title>
      {!state && <Loader size="sm" />}
      {state?.lists && (
        <Alert color="teal" data-testid="confirm-done">
          {t('newsletters.public.confirmed', { lists: state.lists.join(', ') })}
        </Alert>
      )}
      {state?.error && (
        <Alert color="red" role="status">
          {state.error}
        </Alert>
      )}
      <Anchor component={Link} href="/newsletter/archive" size="sm">
        {t('newsletters.public.archiveLink')}
      </Anchor>
    </Stack>
  );
}

export default function ConfirmPage() {
  return (
    <Suspense>
      <Confirm />
    </Suspense>
  );
}
