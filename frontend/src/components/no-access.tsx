import Link from 'next/link';
import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useT } from '@/lib/i18n/provider';

/** In place of a page the user's roles do not open: says so plainly, with a way back (no tabs, filters or table). */
export function NoAccess() {
  const t = useT();
  return (
    <Center py={64} data-testid="no-access">
      <Stack align="center" gap="sm" maw={460} ta="center">
        <title>{`${t('noAccess.title')} · Maillage`}</title>
        <ThemeIcon size={56} radius="xl" variant="light" color="gray">
          <IconLock size={28} aria-hidden />
        </ThemeIcon>
        <Title order={1} size="h2">
          {t('noAccess.title')}
        </Title>
        <Text c="dimmed">{t('noAccess.text')}</Text>
        <Button component={Link} href="/" variant="light">
          {t('noAccess.home')}
        </Button>
      </Stack>
    </Center>
  );
}
