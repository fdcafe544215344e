'use client';

import Link from 'next/link';
import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';

export default function NotFound() {
  const t = useT();
  return (
    <Center mih="60vh" p="lg">
      <Stack align="center">
        <Title order={1} size="h2">
          {t('errors.notFoundTitle')}
        </Title>
        <Text>{t('errors.notFound')}</Text>
        <Button component={Link} href="/">
          {t('nav.home')}
        </Button>
      </Stack>
    </Center>
  );
}
