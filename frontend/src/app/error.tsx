'use client';

import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';

/** Also catches the (admin) layout failing to reach the API, hence at the root. */
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  const t = useT();
  return (
    <Center mih="60vh" p="lg">
      <Stack align="center" maw={560}>
        <Title order={1} size="h2">
          {t('errors.pageTitle')}
        </Title>
        <Text ta="center">{t('errors.page')}</Text>
        <Button onClick={retry}>{t('common.retry')}</Button>
      </Stack>
    </Center>
  );
}
