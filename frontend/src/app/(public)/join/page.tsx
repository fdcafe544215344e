'use client';

import { Suspense } from 'react';
import { useSearchParams } from 'next/navigation';
import { Stack, Text, Title } from '@mantine/core';
import { useLocale, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { PageState } from '@/components/page-state';
import { signupApi } from '@/features/working-groups/api';
import { SignupForm } from '@/features/working-groups/components/signup-form';

/** Public: anyone may offer to join a working group (`?group=<id>` chooses one beforehand). */
export default function JoinPage() {
  return (
    <Suspense>
      <Join />
    </Suspense>
  );
}

function Join() {
  const t = useT();
  const [locale] = useLocale();
  const group = useSearchParams().get('group') ?? undefined;
  // The consent text is in the page's language: reload it when the visitor switches (what they typed stays).
  const form = useApiData((signal) => signupApi.form(signal), [locale]);
  return (
    <Stack>
      <title>{`${t('join.title')} · Maillage`}</title>
      <Title order={1} size="h2">
        {t('join.title')}
      </Title>
      <Text>{t('join.intro')}</Text>
      {form.data ? (
        <SignupForm key={form.data.consent.version} form={form.data} initialGroupId={group} />
      ) : (
        <PageState {...form} />
      )}
    </Stack>
  );
}
